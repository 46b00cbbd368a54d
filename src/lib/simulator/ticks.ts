/**
 * Axis ticks on round numbers (1, 2 or 5 × 10ᵏ apart), from 0 to the first tick at or above the
 * data's maximum: 0/100/200/300/400 people, 0/20/40/60/80 %, never 0/96/193/289/385.
 * After Heckbert, “Nice numbers for graph labels”, Graphics Gems (1990).
 */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  // The smallest round step that needs at most `target` intervals.
  const raw = max / Math.max(1, target);
  const k = Math.floor(Math.log10(raw));
  const base = 10 ** k;
  const step = ([1, 2, 5, 10].map((m) => m * base).find((s) => s >= raw - 1e-12 * base) ?? 10 * base);
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
