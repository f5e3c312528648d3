export * from "./pseudonymize.js";
export * from "./suppress.js";
export * from "./withhold.js";
