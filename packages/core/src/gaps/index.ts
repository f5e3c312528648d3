export * from "./category.js";
export * from "./errors.js";
export * from "./gaps.js";
