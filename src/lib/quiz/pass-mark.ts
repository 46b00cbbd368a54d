/**
 * The one home of the pass mark: a module quiz and the final assessment are passed with 80 %
 * of the questions right, compared in integers so that no rounding can move the line.
 *
 * Scores are shown as whole percents rounded to the nearest (5/9 → 56 %, not the 55 % a
 * truncation gives), with one exception: a score just under the mark (79.5 % … 79.99 %) is
 * shown as 79 %, so that a failed attempt never reads "80 %".
 */

/** Passed at this share of questions right, or more. */
export const PASS_MARK = 0.8;
/** The pass mark as a whole percent, for text ("答对 80% 即通过"). */
export const PASS_PERCENT = 80;
/** The pass mark as the text the pages show. */
export const PASS_TEXT = `${PASS_PERCENT}%`;

/** Whether `correct` of `total` passes: correct / total ≥ 4/5, in integers (no rounding). */
export function passes(correct: number, total: number): boolean {
  return total > 0 && correct * 100 >= total * PASS_PERCENT;
}

/** The fewest right answers that pass a quiz of `total` questions. */
export function neededToPass(total: number): number {
  return Math.ceil((total * PASS_PERCENT) / 100 - 1e-9);
}

/** A fraction 0 … 1 as a whole percent: rounded, but never up to the pass mark when below it. */
export function percentOf(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  const f = Math.min(1, Math.max(0, fraction));
  const rounded = Math.round(f * 100);
  return f < PASS_MARK && rounded >= PASS_PERCENT ? PASS_PERCENT - 1 : rounded;
}

export interface Score {
  correct: number;
  total: number;
  /** correct / total, 0 … 1 (0 for an empty quiz). */
  fraction: number;
  /** Whole percent (see percentOf). */
  percent: number;
  passed: boolean;
}

/** Score from the number of right questions. */
export function score(correct: number, total: number): Score {
  if (!(total > 0)) return { correct: 0, total: 0, fraction: 0, percent: 0, passed: false };
  const c = Math.max(0, Math.min(Math.floor(correct), total));
  const fraction = c / total;
  return { correct: c, total, fraction, percent: percentOf(fraction), passed: passes(c, total) };
}
