export * from "./compare-waves.js";
