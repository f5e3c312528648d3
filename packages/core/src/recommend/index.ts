export { recommendMessagesDe } from "../i18n/de/recommend.js";
export {
  type RecommendMessages,
  type RecommendReasonTexts,
  recommendMessagesEn,
} from "../i18n/en/recommend.js";
export * from "./errors.js";
export * from "./neighbouring-districts.js";
export * from "./normalise-item.js";
export * from "./reason-text.js";
export type { ActorRef, RecommendReason, RecommendReasonCode } from "./reasons.js";
export * from "./recommend.js";
