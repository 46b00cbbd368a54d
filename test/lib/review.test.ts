/** The review queue: FSRS cards from ts-fsrs, updated by answers; what is due today. */
import { describe, expect, it } from 'vitest';
import { dueKeys, endOfDay, newCard, outcomeOf, recordReviews, schedule } from '../../src/lib/review';
import { emptyProgress, entry } from '../../src/lib/progress';
import { progressProblem } from '../../src/lib/progress-schema';

const T0 = '2026-11-20T08:00:00.000Z';
const minutes = (iso: string, from: string) => (Date.parse(iso) - Date.parse(from)) / 60_000;

describe('scheduling (ts-fsrs)', () => {
  it('a new card is due at once', () => {
    expect(newCard(T0)).toMatchObject({ due: T0, reps: 0, lapses: 0, state: 0, lastReview: null });
  });
  it('a wrong answer comes back within minutes; right answers space the card out', () => {
    const again = schedule(newCard(T0), 'again', T0);
    expect(minutes(again.due, T0)).toBe(1);
    expect(again).toMatchObject({ state: 1, reps: 1, lastReview: T0 });
    const good = schedule(newCard(T0), 'good', T0);
    expect(minutes(good.due, T0)).toBe(10);
    // Two good answers leave the learning steps: the next review is days away.
    const later = new Date(Date.parse(T0) + 10 * 60_000).toISOString();
    const review = schedule(good, 'good', later);
    expect(review.state).toBe(2);
    expect(minutes(review.due, later)).toBeGreaterThanOrEqual(24 * 60);
    // Hard is sooner than good.
    expect(Date.parse(schedule(good, 'hard', later).due)).toBeLessThan(Date.parse(review.due));
  });
  it('an answer is rated by correctness and hint use', () => {
    expect([outcomeOf(false, false), outcomeOf(false, true), outcomeOf(true, true), outcomeOf(true, false)]).toEqual(['again', 'again', 'hard', 'good']);
  });
  it('a stored card ts-fsrs refuses starts over instead of throwing', () => {
    const broken = { ...newCard(T0), state: 2 as const, stability: 0, lastReview: T0 };
    expect(() => schedule(broken, 'good', T0)).not.toThrow();
  });
});

describe('the queue after a quiz', () => {
  const at = '2026-11-20T09:00:00.000Z';
  const p = recordReviews(
    emptyProgress(),
    [
      { key: 'retention-basics/q1', correct: false, hinted: false, generated: false },
      { key: 'retention-basics/q2', correct: true, hinted: false, generated: false },
      { key: 'ex:retention-basics/customer-retention-rate', correct: true, hinted: true, generated: true },
    ],
    at,
  );
  it('adds the wrong answers and every generated skill, not the authored questions answered right', () => {
    expect(Object.keys(p.review).sort()).toEqual(['ex:retention-basics/customer-retention-rate', 'retention-basics/q1']);
    expect(progressProblem(p)).toBeUndefined();
  });
  it('a card already in the queue is rescheduled by a right answer', () => {
    const later = '2026-11-20T09:05:00.000Z';
    const q = recordReviews(p, [{ key: 'retention-basics/q1', correct: true, hinted: false, generated: false }], later);
    expect(entry(q.review, 'retention-basics/q1')!.reps).toBe(2);
    expect(Date.parse(entry(q.review, 'retention-basics/q1')!.due)).toBeGreaterThan(Date.parse(entry(p.review, 'retention-basics/q1')!.due));
  });
  it('lists what is due by a time, soonest first', () => {
    const end = endOfDay(new Date(at));
    expect(dueKeys(p, end)).toEqual(['retention-basics/q1', 'ex:retention-basics/customer-retention-rate']);
    expect(dueKeys(p, at)).toEqual([]);
    expect(dueKeys(p, '2026-11-20T09:01:00.000Z')).toEqual(['retention-basics/q1']);
  });
  it('"today" ends at local midnight', () => {
    const d = new Date(endOfDay(new Date(2026, 10, 20, 9, 0)));
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 10, 20, 23, 59]);
  });
});
