export * from "./errors.js";
export * from "./neighbouring-districts.js";
export * from "./normalise-item.js";
export * from "./recommend.js";
