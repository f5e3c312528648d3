/**
 * Data loader: `seating.json` for its dashboard page. Writes JSON to stdout; the computation is `seatingData` in
 * `loaders/seating-data.ts`, the same function the upload worker calls in the browser.
 * The part is computed once per build before Framework runs this loader (`loaders/built-parts.ts`).
 */

import { writeBuiltPart } from "../../loaders/write-part.js";

await writeBuiltPart("seating");
