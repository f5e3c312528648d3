/** `networkMetrics` lives in analysis/ (it runs the registry): re-exported here for callers of `@vernetzt/core/structure`. */
export * from "../analysis/network-metrics.js";
export * from "./centralization.js";
export * from "./clustering.js";
export * from "./clustering-weighted.js";
export * from "./components.js";
export * from "./core-number.js";
export * from "./cut-points.js";
export * from "./density.js";
export * from "./distances.js";
export * from "./minimum-cut.js";
export * from "./reciprocity.js";
export * from "./structural-holes.js";
export * from "./structural-holes-directed.js";
export * from "./transitivity.js";
export * from "./triangles.js";
