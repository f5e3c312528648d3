/** German number formats for the dashboard (de-DE: `1.234,5`). */
const decimal = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 3 });

export const formatNumber = (value: number): string => decimal.format(value);

const percent = new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 0 });

/** A share in [0, 1] as a German percentage: `0.625` → `63 %`. */
export const formatPercent = (share: number): string => percent.format(share);

/** German collation for sorting names and categories. */
export const compareDe = (a: string, b: string): number => a.localeCompare(b, "de");
