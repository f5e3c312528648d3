/**
 * The options a caller actually set: `{...DEFAULTS, ...definedOnly(options)}` keeps a default where the caller
 * passed `undefined` (as `{ seed: flags.seed }` does when a flag is not given). Internal: shared by the
 * option resolvers of several areas.
 */
export function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
