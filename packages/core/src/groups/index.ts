export * from "./assortativity.js";
export * from "./brokerage.js";
export * from "./categories.js";
export * from "./ei-index.js";
export * from "./errors.js";
export * from "./messages.js";
export * from "./mixing-matrix.js";
export type { TieList } from "./tie-list.js";
