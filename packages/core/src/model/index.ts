export * from "./build-graph.js";
export * from "./co-attendance.js";
export * from "./errors.js";
export * from "./member-names.js";
export * from "./tie-levels.js";
export * from "./two-mode-graph.js";
export * from "./types.js";
export * from "./waves.js";
