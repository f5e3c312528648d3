export * from "./handouts.js";
export * from "./html.js";
