/** Small validators shared by the metrics' options: each throws `MetricOptionError` naming the option. */

import { setOwn } from "../model/member-names.js";
import { MetricOptionError } from "./errors.js";

export function checkBoolean(module: string, option: string, value: unknown): void {
  if (typeof value !== "boolean") throw new MetricOptionError(module, option, value, "true or false");
}

/** An integer ≥ `min`. */
export function checkInteger(module: string, option: string, value: unknown, min: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new MetricOptionError(module, option, value, `an integer ≥ ${min}`);
  }
}

/** A number strictly between `low` and `high`. */
export function checkOpenRange(
  module: string,
  option: string,
  value: unknown,
  low: number,
  high: number,
): void {
  if (typeof value !== "number" || !(value > low && value < high)) {
    throw new MetricOptionError(module, option, value, `a number greater than ${low} and less than ${high}`);
  }
}

/** Per-actor values keyed by actor id, in actor order. */
export function toRecord<T>(ids: readonly string[], values: ArrayLike<T>): Record<string, T> {
  const record: Record<string, T> = {};
  for (let i = 0; i < ids.length; i++) setOwn(record, ids[i]!, values[i]!);
  return record;
}
