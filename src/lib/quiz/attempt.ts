/**
 * One attempt at a quiz: the seeded order of options, items and matching choices, and the score.
 *
 * The seed is the quiz and the attempt number ("retention-basics#2"), so attempt 2 always shows
 * the same order — a learner who retries sees options reshuffled, and a test can predict it.
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

/** Pass threshold: a quiz (or the assessment) is passed at 80% or more. */
export const PASS_THRESHOLD = 0.8;

export function attemptSeed(quizId: string, attempt: number): string {
  return `${quizId}#${attempt}`;
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

/** The layout of every question for one attempt, deterministic for (quizId, attempt). */
export function layoutAttempt(questions: readonly Question[], quizId: string, attempt: number): Layout[] {
  const rng = createRng(attemptSeed(quizId, attempt));
  return questions.map((q) => layoutWith(q, rng));
}

export interface Score {
  correct: number;
  total: number;
  /** correct / total, 0 … 1 (0 for an empty quiz). */
  fraction: number;
  /** Whole percent, rounded down so that 79.9% never shows as 80%. */
  percent: number;
  passed: boolean;
}

/** Score from the number of right questions. Passed means fraction ≥ 80%, compared exactly. */
export function score(correct: number, total: number): Score {
  if (total <= 0) return { correct: 0, total: 0, fraction: 0, percent: 0, passed: false };
  const c = Math.max(0, Math.min(correct, total));
  return {
    correct: c,
    total,
    fraction: c / total,
    percent: Math.floor((c * 100) / total),
    // c/total ≥ 4/5 in integers, free of rounding.
    passed: c * 5 >= total * 4,
  };
}
