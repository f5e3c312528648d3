/** `measureNetwork` and `actorMetrics` live in analysis/, the path engine in graph/: re-exported here for callers of `@vernetzt/core/centrality`. */
export * from "../analysis/measure-network.js";
export * from "../graph/path-metrics.js";
export * from "./betweenness.js";
export * from "./betweenness-directed.js";
export * from "./closeness.js";
export * from "./closeness-directed.js";
export * from "./degree.js";
export * from "./directed-path-metrics.js";
export * from "./edge-betweenness.js";
export * from "./eigenvector.js";
export * from "./harmonic.js";
export * from "./pagerank.js";
