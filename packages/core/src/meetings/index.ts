export { meetingsMessagesDe } from "../i18n/de/meetings.js";
export { type MeetingsMessages, meetingsMessagesEn } from "../i18n/en/meetings.js";
export * from "./errors.js";
export * from "./evenness.js";
export type { NewTies } from "./new-ties.js";
export * from "./trend.js";
export * from "./working-groups.js";
