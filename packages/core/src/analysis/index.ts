export { analysisMessagesDe } from "../i18n/de/analysis.js";
export { type AnalysisMessages, analysisMessagesEn } from "../i18n/en/analysis.js";
export * from "./analyze.js";
export * from "./errors.js";
