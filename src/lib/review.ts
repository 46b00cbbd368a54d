/**
 * The spaced-review queue: every question a learner got wrong, and every generated skill they
 * practised, becomes an FSRS card scheduled by ts-fsrs (the maintained implementation of the
 * Free Spaced Repetition Scheduler; we do not write a scheduler). /review/ shows the cards that
 * are due, one at a time, and grades the answer like a quiz.
 *
 * How an answer rates a card: wrong → Again; right after revealing a hint → Hard; right →
 * Good. An authored question answered right the first time is not added (there is nothing to
 * review); once in the queue it stays, and right answers space it out.
 * Source: ts-fsrs (open-spaced-repetition), FSRS-6 default parameters, no fuzz, short-term
 * learning steps 1 min and 10 min.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { entry, putCard, type Progress, type ReviewCard } from './progress';
import { LIMITS } from './progress-limits';

const scheduler = fsrs({ enable_fuzz: false });

export type ReviewOutcome = 'again' | 'hard' | 'good';

const RATING: Readonly<Record<ReviewOutcome, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };

/** The outcome of one answer. */
export function outcomeOf(correct: boolean, hinted: boolean): ReviewOutcome {
  return !correct ? 'again' : hinted ? 'hard' : 'good';
}

function toCard(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview ? { last_review: new Date(c.lastReview) } : {}),
  };
}

const finiteOr = (x: number, fallback: number, min: number, max: number) => (Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : fallback);

/** A ts-fsrs card as stored: ISO dates, values kept inside the store's limits. */
function fromCard(c: Card, now: string): ReviewCard {
  const due = Number.isFinite(c.due.getTime()) ? c.due.toISOString() : now;
  return {
    due,
    stability: finiteOr(c.stability, 0, 0, 1e9),
    difficulty: finiteOr(c.difficulty, 0, 0, 10),
    scheduledDays: Math.round(finiteOr(c.scheduled_days, 0, 0, LIMITS.reviewDays)),
    learningSteps: Math.round(finiteOr(c.learning_steps, 0, 0, 100)),
    reps: Math.round(finiteOr(c.reps, 0, 0, LIMITS.count)),
    lapses: Math.round(finiteOr(c.lapses, 0, 0, LIMITS.count)),
    state: ([0, 1, 2, 3] as const).find((s) => s === c.state) ?? 0,
    lastReview: c.last_review && Number.isFinite(c.last_review.getTime()) ? c.last_review.toISOString() : null,
  };
}

/** A new card, due now. */
export function newCard(now: string): ReviewCard {
  return fromCard(createEmptyCard(new Date(now)), now);
}

/** The card after one answer at `now`. */
export function schedule(card: ReviewCard, outcome: ReviewOutcome, now: string): ReviewCard {
  try {
    return fromCard(scheduler.next(toCard(card), new Date(now), RATING[outcome]).card, now);
  } catch {
    // A stored card ts-fsrs refuses (it validates its inputs) starts over rather than break.
    return fromCard(scheduler.next(createEmptyCard(new Date(now)), new Date(now), RATING[outcome]).card, now);
  }
}

export interface ReviewAnswer {
  key: string;
  correct: boolean;
  hinted: boolean;
  /** A generated exercise: its skill enters the queue whatever the answer. */
  generated: boolean;
}

/** Update the queue after a quiz, the assessment or a review. */
export function recordReviews(p: Progress, answers: readonly ReviewAnswer[], now: string): Progress {
  let next = p;
  for (const a of answers) {
    const existing = entry(next.review, a.key);
    if (!existing && a.correct && !a.generated) continue;
    next = putCard(next, a.key, schedule(existing ?? newCard(now), outcomeOf(a.correct, a.hinted), now));
  }
  return next;
}

export { dueKeys, endOfDay } from './review-due';
