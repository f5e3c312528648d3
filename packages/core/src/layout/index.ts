export { GROUP_SPREAD, groupedPositions } from "./grouped-positions.js";
export * from "./layout.js";
export { type Position, seededPositions } from "./seeded-positions.js";
