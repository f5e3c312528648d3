export * from "./errors.js";
export * from "./load-dataset.js";
