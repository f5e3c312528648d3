export { DEFAULT_FIGURE_OPTIONS, type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
export { type BodySize, type FrameSpec, frame } from "./frame.js";
export { type IndicatorOverWavesData, indicatorOverWavesFigure } from "./indicator-over-waves.js";
export { type LegendBlock, type LegendItem, rampLegend, type Swatch, swatchLegend } from "./legend.js";
export * from "./palette.js";
export { FONT_FAMILY, TYPE } from "./style.js";
