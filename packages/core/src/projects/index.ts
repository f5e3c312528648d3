export { projectsMessagesDe } from "../i18n/de/projects.js";
export { type ProjectsMessages, projectsMessagesEn } from "../i18n/en/projects.js";
export * from "./errors.js";
export * from "./transfer-projects.js";
export * from "./wave-years.js";
