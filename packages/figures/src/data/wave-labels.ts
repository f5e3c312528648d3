/**
 * How a survey wave is named on every figure: core's `waveLabels` (one definition for the dashboard, the
 * figures and the CLI's text), re-exported here for the figures' callers.
 */
export { waveLabels } from "@vernetzt/core/model";
