export * from "./detect.js";
export * from "./edge-list.js";
export * from "./errors.js";
export * from "./gephi-spreadsheet.js";
export type { InteropLoadOptions } from "./interop-tables.js";
export * from "./kumu.js";
export * from "./network-canvas.js";
export * from "./node-edge-csv.js";
export * from "./parse-any.js";
