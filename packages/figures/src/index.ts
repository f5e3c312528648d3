export { districtNames, unionOfWaves, waveGraphs, wavesOfUnionEdge } from "./data/dataset-graphs.js";
export {
  DEFAULT_WAVE_CHANGES_OF_OPTIONS,
  type WaveChangesOf,
  type WaveChangesOfOptions,
  waveChangesOf,
} from "./data/wave-changes.js";
export { waveLabels } from "./data/wave-labels.js";
export { DEFAULT_FIGURE_OPTIONS, type Figure, type FigureOptions, resolveFigureOptions } from "./figure.js";
export { type BodySize, type FrameSpec, frame } from "./frame.js";
export { biggestGap, type GapGridData, type GapPair, MAP_GAP_P, tieRatio } from "./gap-data.js";
export { type GapMapData, type GapPlace, gapMapFigure } from "./gap-map.js";
export { gapMatrixFigure, RATIO_STEPS, ratioStep } from "./gap-matrix.js";
export { type IndicatorOverWavesData, indicatorOverWavesFigure } from "./indicator-over-waves.js";
export { type LegendBlock, type LegendItem, rampLegend, type Swatch, swatchLegend } from "./legend.js";
export { type NetworkFigureData, networkByDistrictFigure } from "./network-by-district.js";
export * from "./palette.js";
export { type PlotFigureSpec, plotFigure } from "./plot-figure.js";
export { type DeckContent, deckSlides, type FigureMaker } from "./report/deck-slides.js";
export {
  type ReportFigures,
  ReportOptionError,
  type ReportOptions,
  reportFigures,
  type SkippedFigure,
} from "./report/report-figures.js";
export { type ReportHtmlOptions, reportHtml } from "./report/report-html.js";
export { type SchematicGapMapData, schematicGapMapFigure } from "./schematic-gap-map.js";
export { figureSlide, SLIDE, slideFigureHeight, svgInner, titleSlide } from "./slide.js";
export { FONT_FAMILY, TYPE } from "./style.js";
export {
  INTRODUCTIONS_SHOWN,
  type IntroductionsFigureData,
  strongestPairs,
  topIntroductionsFigure,
} from "./top-introductions.js";
export { type DistrictChangeData, type WaveChangesFigureData, whatChangedFigure } from "./what-changed.js";
