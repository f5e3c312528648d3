export * from "./layout.js";
export { type Position, seededPositions } from "./seeded-positions.js";
