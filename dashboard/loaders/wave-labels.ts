/** How the dashboard names a survey wave: core's `waveLabels`, one definition with the figures and the CLI. */
export { waveLabels } from "@vernetzt/core/model";
