/**
 * Data loader: the gaps between districts and between sectors and the district centres, for the Lückenkarte page. Writes JSON to stdout; the computation is `gapsData` in
 * `loaders/gaps-data.ts`, the same function the upload worker calls in the browser.
 * The part is computed once per build before Framework runs this loader (`loaders/built-parts.ts`).
 */

import { writeBuiltPart } from "../../loaders/write-part.js";

await writeBuiltPart("gaps");
