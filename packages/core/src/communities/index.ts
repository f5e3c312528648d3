export * from "./girvan-newman.js";
export * from "./louvain.js";
export * from "./modularity.js";
export * from "./partition-agreement.js";
