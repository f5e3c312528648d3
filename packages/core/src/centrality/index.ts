export * from "./actor-metrics.js";
export * from "./betweenness.js";
export * from "./closeness.js";
export * from "./degree.js";
export * from "./eigenvector.js";
export * from "./harmonic.js";
export * from "./pagerank.js";
export * from "./path-metrics.js";
