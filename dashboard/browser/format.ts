/** German number formats for the dashboard (de-DE: `1.234,5`). */
const decimal = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 3 });

export const formatNumber = (value: number): string => decimal.format(value);

/** German collation for sorting names and categories. */
export const compareDe = (a: string, b: string): number => a.localeCompare(b, "de");
