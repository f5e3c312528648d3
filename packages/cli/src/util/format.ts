/** Numbers for people, in German (de-DE) or English (en-GB) conventions. */
import { formatNumberDe, formatNumberEn } from "@vernetzt/core/gaps";
import type { Lang } from "./lang.js";

const locale = (lang: Lang) => (lang === "de" ? "de-DE" : "en-GB");

/** A number with at most one decimal. */
export function formatNumber(lang: Lang, value: number): string {
  return lang === "de" ? formatNumberDe(value) : formatNumberEn(value);
}

/** A share or score with at most two decimals (de-DE `0,72`, en-GB `0.72`); `null` as `fallback`. */
export function formatShare(lang: Lang, value: number | null, fallback = "–"): string {
  if (value === null) return fallback;
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A whole number with thousands separators. */
export function formatCount(lang: Lang, value: number): string {
  return value.toLocaleString(locale(lang));
}

/** A p-value: three decimals, and "< 0.001" below that; `null` as "–". */
export function formatPValue(lang: Lang, p: number | null): string {
  if (p === null) return "–";
  const format = (value: number) => value.toLocaleString(locale(lang), { maximumFractionDigits: 3 });
  return p < 0.001 ? `< ${format(0.001)}` : format(p);
}
