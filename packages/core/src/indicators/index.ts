export { indicatorMessagesDe } from "../i18n/de/indicator.js";
export { type IndicatorMessages, indicatorMessagesEn } from "../i18n/en/indicator.js";
export * from "./bootstrap.js";
export * from "./components.js";
export * from "./errors.js";
export * from "./indicator.js";
export * from "./levels.js";
