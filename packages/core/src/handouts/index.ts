export { handoutsMessagesDe } from "../i18n/de/handouts.js";
export { type HandoutsMessages, handoutsMessagesEn } from "../i18n/en/handouts.js";
export * from "./handouts.js";
export * from "./html.js";
export * from "./seating-sheets.js";
