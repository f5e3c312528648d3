export * from "./bootstrap.js";
export * from "./components.js";
export * from "./errors.js";
export * from "./indicator.js";
