export * from "./errors.js";
export * from "./load-column-dataset.js";
export * from "./load-dataset.js";
export * from "./read-dataset-note.js";
