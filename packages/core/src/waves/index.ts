export * from "./compare-waves.js";
export * from "./errors.js";
