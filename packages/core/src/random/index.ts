export * from "./rng.js";
export * from "./shuffle.js";
