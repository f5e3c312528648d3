/** How the dashboard names a survey wave: one copy with the figures and `vernetzt report` (`@vernetzt/figures`). */
export { waveLabels } from "@vernetzt/figures";
