/**
 * Drawing the final assessment from the pool of every module's quiz questions.
 *
 * Stratified by track: tracks take turns giving one question each (in course order) until the
 * assessment is full, so each track is represented as evenly as its pool allows; within a
 * track, modules take turns the same way. Which questions a track gives, and the final order,
 * come from the seed, so one attempt is reproducible and the next one differs. With fewer
 * questions in the pool than the assessment's size, all of them are used.
 */
import type { Question } from '../../schemas/quiz';
import { createRng, shuffle, type Rng } from '../random';

export interface PoolQuestion {
  /** Module slug the question belongs to. */
  module: string;
  track: string;
  question: Question;
}

export const ASSESSMENT_SIZE = 20;

/** A question's key across the whole course: "<module>/<question id>". */
export function questionKey(p: { module: string; question: { id: string } }): string {
  return `${p.module}/${p.question.id}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Take one from each queue in turn until `limit` are taken or every queue is empty. */
function roundRobin<T>(queues: T[][], limit: number): T[] {
  const out: T[] = [];
  const qs = queues.map((q) => q.slice());
  while (out.length < limit && qs.some((q) => q.length > 0)) {
    for (const q of qs) {
      if (out.length >= limit) break;
      const next = q.shift();
      if (next !== undefined) out.push(next);
    }
  }
  return out;
}

/**
 * Draw `size` questions (default 20) from the pool, stratified by track and module.
 * `trackOrder` lists track slugs in course order; unknown tracks go last, by name.
 */
export function drawAssessment(pool: readonly PoolQuestion[], seed: string | number, trackOrder: readonly string[] = [], size = ASSESSMENT_SIZE): PoolQuestion[] {
  const rng: Rng = createRng(`assessment:${seed}`);
  // Sort first so the draw never depends on the order the pool was listed in.
  const sorted = pool.slice().sort((a, b) => (questionKey(a) < questionKey(b) ? -1 : questionKey(a) > questionKey(b) ? 1 : 0));
  const rank = (t: string) => {
    const i = trackOrder.indexOf(t);
    return i < 0 ? trackOrder.length : i;
  };
  const tracks = [...groupBy(sorted, (p) => p.track).entries()].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const trackQueues = tracks.map(([, items]) => {
    const modules = [...groupBy(items, (p) => p.module).values()].map((qs) => shuffle(qs, rng));
    return roundRobin(shuffle(modules, rng), Infinity);
  });
  const drawn = roundRobin(trackQueues, Math.max(0, size));
  return shuffle(drawn, rng);
}
