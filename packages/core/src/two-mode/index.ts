export * from "./errors.js";
export * from "./project-two-mode.js";
export * from "./two-mode-degree.js";
export * from "./two-mode-network.js";
