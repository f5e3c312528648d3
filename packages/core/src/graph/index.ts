export * from "./csr.js";
export * from "./degree-order.js";
export * from "./errors.js";
export * from "./leaves.js";
export * from "./parallel-sweep.js";
export * from "./path-sweep.js";
export * from "./sample-sources.js";
