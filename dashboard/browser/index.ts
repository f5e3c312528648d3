/**
 * The dashboard's browser code, bundled by `scripts/build.mjs` (esbuild) into `src/lib/vernetzt.js`, the one
 * local module pages import: no CDN, and Node's `events` (used by sigma and graphology) bundled in.
 */

export { meetingsMessagesDe, projectsMessagesDe } from "@vernetzt/core";
export {
  gapMapFigure,
  gapMatrixFigure,
  indicatorOverWavesFigure,
  networkByDistrictFigure,
  schematicGapMapFigure,
  strongestPairs,
  topIntroductionsFigure,
  whatChangedFigure,
} from "@vernetzt/figures";
export { dashboardMessagesDe as texts } from "../../packages/core/src/i18n/de/dashboard.js";
export { bestIntroductions } from "../loaders/first-screen-data.js";
export { accessiblePlot } from "./accessible-plot.js";
export { actorsView } from "./actors-view.js";
export { chartWidth } from "./chart-width.js";
export { dashboardFigureMakers, pageFigureOptions, reportSection } from "./dashboard-figures.js";
export { dashboardPartOf, dashboardSource, datasetBanner } from "./data-source.js";
export { errorText, failureText } from "./error-text.js";
export { dashboardFigureOptions, figureButtons, openDeck, plotWithExport, withExport } from "./export.js";
export { figureElement } from "./figure-element.js";
export { firstScreenView } from "./first-screen-view.js";
export { formatNumber, formatPercent } from "./format.js";
export { formatPoints, indicatorReading } from "./indicator-reading.js";
export { levelsView } from "./levels-view.js";
export type { NetworkData } from "./network-data.js";
export { type NetworkView, type NetworkViewState, networkView } from "./network-view.js";
export { categoryScale, OKABE_ITO } from "./palette.js";
export { installPresentationMode } from "./presentation.js";
export { surveyView } from "./survey-view.js";
export { computeTablePlan, planCsv, tablePlanActions, tablePlanView } from "./table-plan-view.js";
export { uploadView } from "./upload-view.js";
export { waveChangesAbsence, waveChangesReading } from "./wave-changes-reading.js";
export { waveLabelOf } from "./wave-label.js";
