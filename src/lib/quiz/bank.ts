/**
 * The items a quiz, the assessment and the review queue are made of — an authored question or
 * a generated-exercise template — and turning one into the question an attempt shows.
 *
 * Keys (stored in attempts and in the review queue, so they never change):
 * - "<module>/<id>": a module quiz question;
 * - "as:<module>/<id>": an assessment-only question;
 * - "ex:<module>/<template id>": a generated exercise.
 */
import type { Question } from '../../schemas/quiz';
import { exerciseKey, instantiate, type ExerciseTemplate } from './exercise';
import type { SessionQuestion } from './session';

export type PracticeItem =
  | { key: string; module: string; track: string; kind: 'question'; question: Question }
  | { key: string; module: string; track: string; kind: 'exercise'; template: ExerciseTemplate };

/** The data file behind /assessment/ and /review/ (fetched when needed, not in the HTML). */
export interface PracticeBankFile {
  /** Track slugs in course order. */
  tracks: string[];
  /** Module slug → title, for "来自「…」" and "回看本节". */
  titles: Record<string, string>;
  items: PracticeItem[];
}

/** A question ready to be shown in an attempt. */
export interface RunItem extends SessionQuestion {
  module: string;
  /** A generated exercise (its worked solution uses the learner's numbers). */
  generated: boolean;
  solution: string | null;
}

export function exerciseItem(module: string, track: string, template: ExerciseTemplate): PracticeItem {
  return { key: exerciseKey(module, template.id), module, track, kind: 'exercise', template };
}

/** The question `item` shows in the attempt with `seed` (a generated one draws its numbers). */
export function runItem(item: PracticeItem, seed: string): RunItem | null {
  if (item.kind === 'question') {
    return { key: item.key, module: item.module, question: item.question, hints: item.question.hints ?? [], generated: false, solution: null };
  }
  const r = instantiate(item.template, item.key, seed);
  if (!r.ok) return null;
  return { key: item.key, module: item.module, question: r.value.question, hints: r.value.hints, generated: true, solution: r.value.solution };
}

/** The questions for `keys` from `items`, or null when one no longer exists (content changed). */
export function runItems(items: readonly PracticeItem[], keys: readonly string[], seed: string): RunItem[] | null {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const out: RunItem[] = [];
  for (const k of keys) {
    const item = byKey.get(k);
    const run = item ? runItem(item, seed) : null;
    if (!run) return null;
    out.push(run);
  }
  return out;
}
