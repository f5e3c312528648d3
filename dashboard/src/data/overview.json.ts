/**
 * Data loader: what the chosen dataset contains, for the Überblick page and the dataset banner of every
 * page. Writes JSON to stdout; the computation is `overviewData` in `loaders/overview-data.ts` (the same
 * function the upload worker calls), plus the folder's optional `dataset.json` note (title, notice, story,
 * wave names).
 * The part is computed once per build before Framework runs this loader (`loaders/built-parts.ts`).
 */

import { writeBuiltPart } from "../../loaders/write-part.js";

await writeBuiltPart("overview");
