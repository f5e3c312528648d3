/** The graphs of a dataset as figures and the dashboard draw them: from `@vernetzt/figures` (one copy). */
export { districtNames, unionOfWaves, waveGraphs, wavesOfUnionEdge } from "@vernetzt/figures";
