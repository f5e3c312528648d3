/**
 * Data loader: recommended introductions in the latest wave, for the Empfehlungen page. Writes JSON to stdout; the computation is `recommendationsData` in
 * `loaders/recommendations-data.ts`, the same function the upload worker calls in the browser.
 * The part is computed once per build before Framework runs this loader (`loaders/built-parts.ts`).
 */

import { writeBuiltPart } from "../../loaders/write-part.js";

await writeBuiltPart("recommendations");
