export * from "./compare-waves.js";
export * from "./errors.js";
export * from "./tie-origins.js";
