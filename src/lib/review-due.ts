/**
 * Which review cards are due: kept apart from the scheduler (review.ts, ts-fsrs) so that the
 * home page's "今日复习 N 题" counts from the stored queue without loading the scheduler.
 */
import type { Progress } from './progress';

/** Keys of the cards due by `until` (ISO), soonest first. */
export function dueKeys(p: Progress, until: string): string[] {
  const limit = Date.parse(until);
  return Object.entries(p.review)
    .filter(([, c]) => Date.parse(c.due) <= limit)
    .sort(([ka, a], [kb, b]) => Date.parse(a.due) - Date.parse(b.due) || (ka < kb ? -1 : 1))
    .map(([k]) => k);
}

/** The end of the local calendar day of `now` (what "今日复习" counts up to). */
export function endOfDay(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
  return d.toISOString();
}
