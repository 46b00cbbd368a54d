/**
 * Axis ticks for the simulator's charts: from 0 to the first round tick at or above the data's
 * maximum (0/100/200/300/400 people, 0/20/40/60/80 %). The rule itself has one home,
 * src/lib/charts/scale.ts (round steps of 1, 2 or 5 × 10ᵏ, Heckbert 1990).
 */
import { niceTicks as roundTicks } from '../charts/scale';

export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  return roundTicks(0, max, target).ticks;
}
