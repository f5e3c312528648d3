export * from "./context.js";
export * from "./needs.js";
export * from "./settings.js";
export type * from "./types.js";
