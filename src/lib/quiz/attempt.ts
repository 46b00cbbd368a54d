/**
 * The order in which one attempt shows a question's parts: options, ordering items and
 * matching choices, shuffled from the attempt's seed and the question's key — so a stored seed
 * reproduces the same order after a reload, a new attempt (new seed) reshuffles, and the order
 * of one question does not depend on which other questions the attempt holds.
 */
import type { Question } from '../../schemas/quiz';
import { createRng, shuffle, type Rng } from '../random';
import { matchingChoices } from './grade';

/** The order in which one question's parts are shown in an attempt (ids or right values). */
export interface Layout {
  /** single/multiple/scenario: option ids; truefalse: [] */
  options: string[];
  /** ordering: the starting order of item ids (never already correct when avoidable). */
  items: string[];
  /** matching: the order of the right-hand choices. */
  choices: string[];
}

function layoutWith(q: Question, rng: Rng): Layout {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return { options: shuffle(q.options.map((o) => o.id), rng), items: [], choices: [] };
    case 'ordering': {
      const ids = q.items.map((i) => i.id);
      let items = shuffle(ids, rng);
      // A starting order that is already the answer would give the question away: rotate it.
      if (items.every((id, i) => id === ids[i])) items = [...items.slice(1), items[0]!];
      return { options: [], items, choices: [] };
    }
    case 'matching':
      return { options: [], items: [], choices: shuffle(matchingChoices(q), rng) };
    default:
      return { options: [], items: [], choices: [] };
  }
}

/** The layout of one question in the attempt with `seed`. */
export function layoutFor(q: Question, seed: string, key: string): Layout {
  return layoutWith(q, createRng(`layout:${seed}:${key}`));
}

/** The layouts of an attempt's questions (keys in the same order). */
export function layoutAttempt(questions: readonly { key: string; question: Question }[], seed: string): Layout[] {
  return questions.map((q) => layoutFor(q.question, seed, q.key));
}
