import { loadDataset } from "@vernetzt/core/node";
import { pseudonymize } from "@vernetzt/core";
import { overviewData } from "../dashboard/loaders/overview-data.js";
const { dataset } = await loadDataset(process.argv[2] ?? "data/sample", { lang: "de" });
const t = performance.now();
const o = overviewData(pseudonymize(dataset!));
console.log(JSON.stringify({ waves: o.waves, changes: o.changes, firstScreen: o.firstScreen }, null, 1));
console.error("ms", performance.now() - t);
