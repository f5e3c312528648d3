/**
 * Moves label positions apart so that neighbours are at least `gap` apart, keeping their order and staying
 * within [`low`, `high`] where possible (a one-dimensional version of label de-cluttering: sweep down, then
 * up). Used for line-end labels and map labels.
 */
export function spreadPositions(
  positions: readonly number[],
  gap: number,
  low: number,
  high: number,
): number[] {
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const placed = order.map(([p]) => Math.min(Math.max(p, low), high));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  if (placed.length > 0 && placed.at(-1)! > high) placed[placed.length - 1] = high;
  for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - gap);
  const result = new Array<number>(positions.length);
  order.forEach(([, index], k) => {
    result[index] = placed[k]!;
  });
  return result;
}
