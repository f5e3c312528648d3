export * from "./pseudonymize.js";
export * from "./suppress.js";
