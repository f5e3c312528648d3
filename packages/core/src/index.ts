/**
 * @vernetzt/core — networks of a city's social actors.
 *
 * Areas (each also a subpath export, e.g. `@vernetzt/core/io`):
 * model, io, node (Node only), measures, analysis, centrality, structure, groups, communities, gaps, indicators,
 * waves, recommend, handouts, privacy, layout, generate, interop, two-mode, meetings, seating, projects. See the
 * package README.
 */

export * from "./analysis/index.js";
export * from "./centrality/index.js";
export * from "./communities/index.js";
export * from "./gaps/index.js";
export * from "./generate/index.js";
export * from "./graph/index.js";
export * from "./groups/index.js";
export * from "./handouts/index.js";
export * from "./indicators/index.js";
export * from "./interop/index.js";
export * from "./io/index.js";
export * from "./layout/index.js";
export * from "./measures/index.js";
export * from "./meetings/index.js";
export * from "./model/index.js";
export * from "./privacy/index.js";
export * from "./projects/index.js";
export * from "./random/index.js";
export * from "./recommend/index.js";
export * from "./seating/index.js";
export * from "./structure/index.js";
export * from "./survey/index.js";
export * from "./two-mode/index.js";
export * from "./waves/index.js";
