/**
 * Data loader: the 6.3.3 indicator per wave with components and districts, for the Entwicklung page. Writes JSON to stdout; the computation is `indicatorData` in
 * `loaders/indicator-data.ts`, the same function the upload worker calls in the browser.
 * The part is computed once per build before Framework runs this loader (`loaders/built-parts.ts`).
 */

import { writeBuiltPart } from "../../loaders/write-part.js";

await writeBuiltPart("indicator");
