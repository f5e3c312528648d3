/**
 * Data loader: the network (layout, measures, communities) for the Netzwerk, Akteure and Methodik pages. Writes JSON to stdout; the computation is `networkDataOf` in
 * `browser/network-data-of.ts`, the same function the upload worker calls in the browser.
 * The part is computed once per build before Framework runs this loader (`loaders/built-parts.ts`).
 */

import { writeBuiltPart } from "../../loaders/write-part.js";

await writeBuiltPart("network");
