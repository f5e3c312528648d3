export { analysisMessagesDe } from "../i18n/de/analysis.js";
export { type AnalysisMessages, analysisMessagesEn } from "../i18n/en/analysis.js";
export * from "./analyze.js";
export * from "./catalog.js";
export * from "./errors.js";
export * from "./measure-network.js";
export * from "./network-metrics.js";
export * from "./registry.js";
export * from "./schema.js";
