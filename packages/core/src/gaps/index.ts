export { formatNumberDe, gapsMessagesDe } from "../i18n/de/gaps.js";
export {
  formatNumberEn,
  type GapReasonTexts,
  type GapsMessages,
  gapsMessagesEn,
} from "../i18n/en/gaps.js";
export * from "./category.js";
export * from "./errors.js";
export * from "./gaps.js";
export * from "./reasons.js";
export type { Snapshot } from "./snapshot.js";
