/**
 * The plain-language reading of the 6.3.3 indicator on the Überblick page: where it stands in the latest wave,
 * how it changed since the wave before, which component moved most and which is weakest. German; numbers in
 * de-DE percentages and percentage points. Only describes the figures core computed (`indicator.json`).
 */
import type { IndicatorData } from "../loaders/indicator-data.js";
import { formatNumber, formatPercent } from "./format.js";
import { asWritten, type WaveLabel } from "./wave-label.js";

/** A change in percentage points, signed: `+12`, `−3`, `±0`. */
export function formatPoints(change: number): string {
  const points = Math.round(change * 100);
  if (points === 0) return "±0";
  return `${points > 0 ? "+" : "−"}${formatNumber(Math.abs(points))}`;
}

/** The sentences of the reading; empty when the latest wave has no value. */
export function indicatorReading(indicator: IndicatorData, waveLabel: WaveLabel = asWritten): string[] {
  const latest = indicator.waves.at(-1);
  if (!latest || latest.value === null) return [];
  const label = (key: string) => indicator.components.find((c) => c.key === key)?.label ?? key;
  const sentences = [
    `In Welle ${waveLabel(latest.wave)} erreicht der Indikator 6.3.3 ${formatPercent(latest.value)}.`,
  ];
  const previous = indicator.waves.at(-2);
  if (previous && previous.value !== null) {
    const change = latest.value - previous.value;
    const direction =
      Math.round(change * 100) === 0 ? "kaum verändert" : change > 0 ? "gestiegen" : "gesunken";
    sentences.push(
      `Seit Welle ${waveLabel(previous.wave)} ist er ${direction} (${formatPoints(change)} Prozentpunkte, von ${formatPercent(previous.value)}).`,
    );
    const moves = indicator.components
      .map(({ key }) => {
        const before = previous.components[key as keyof typeof previous.components];
        const now = latest.components[key as keyof typeof latest.components];
        return before === null || now === null ? null : { key, change: now - before };
      })
      .filter((move) => move !== null)
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
    const biggest = moves[0];
    if (biggest && Math.round(biggest.change * 100) !== 0) {
      sentences.push(
        `Am stärksten verändert hat sich „${label(biggest.key)}“ (${formatPoints(biggest.change)} Prozentpunkte).`,
      );
    }
  }
  const applicable = indicator.components
    .map(({ key }) => ({ key, value: latest.components[key as keyof typeof latest.components] }))
    .filter((entry): entry is { key: string; value: number } => entry.value !== null)
    .sort((a, b) => a.value - b.value);
  const weakest = applicable[0];
  if (weakest) {
    sentences.push(
      `Am meisten Luft nach oben hat „${label(weakest.key)}“ mit ${formatPercent(weakest.value)}: hier lohnt es sich, anzusetzen.`,
    );
  }
  return sentences;
}
