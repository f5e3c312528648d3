export { seatingMessagesDe } from "../i18n/de/seating.js";
export { type SeatingMessages, seatingMessagesEn } from "../i18n/en/seating.js";
export * from "./errors.js";
export * from "./pair-values.js";
export * from "./participant-list.js";
export * from "./plan-rows.js";
export type { RandomSeating } from "./random-seating.js";
export * from "./seating-context.js";
export * from "./table-plan.js";
