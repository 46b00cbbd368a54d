/**
 * Drawing the final assessment from its bank: the questions written for the assessment only
 * (never shown in a module quiz) and the generated exercises, which get fresh numbers in every
 * attempt.
 *
 * Stratified by track: tracks take turns giving one question each (in course order) until the
 * assessment is full, so each track is represented as evenly as its bank allows; within a
 * track, modules take turns the same way. Which questions a track gives, and the final order,
 * come from the attempt's seed — a random value drawn for each learner and attempt and stored
 * with the attempt — so two learners (or two attempts) get different sets, and one stored seed
 * reproduces its set exactly after a reload. With fewer questions in the bank than the
 * assessment's size, all of them are used.
 */
import { createRng, shuffle, type Rng } from '../random';

/** What the draw needs to know of a bank item. */
export interface BankItem {
  /** Unique across the bank (the key the attempt and the review queue store). */
  key: string;
  /** Module slug the item belongs to. */
  module: string;
  track: string;
}

export const ASSESSMENT_SIZE = 20;
/** Minutes allowed for the timed assessment: 1.5 per question, at least 10. */
export function assessmentMinutes(size: number): number {
  return Math.max(10, Math.ceil(size * 1.5));
}

/** A module quiz question's key across the whole course: "<module>/<question id>". */
export function questionKey(p: { module: string; question: { id: string } }): string {
  return `${p.module}/${p.question.id}`;
}

/** An assessment-only question's key: "as:<module>/<question id>". */
export function bankKey(module: string, id: string): string {
  return `as:${module}/${id}`;
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

const byKey = (a: BankItem, b: BankItem) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Draw `size` items (default 20) from the bank, stratified by track and module.
 * `trackOrder` lists track slugs in course order; unknown tracks go last, by name.
 */
export function drawAssessment<T extends BankItem>(bank: readonly T[], seed: string | number, trackOrder: readonly string[] = [], size = ASSESSMENT_SIZE): T[] {
  const rng: Rng = createRng(`assessment:${seed}`);
  // Sort first so the draw never depends on the order the bank was listed in.
  const sorted = bank.slice().sort(byKey);
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
