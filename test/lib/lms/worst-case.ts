/**
 * The worst case of the whole course for the resume data, from the store's limits
 * (src/lib/progress-limits.ts): every module of the course completed with every section read,
 * counters at their limit, scores that need the long form, the longest last position, the full
 * assessment history with the longest seeds, the longest name in four-byte characters, the
 * full review queue with the longest keys, every attempt in progress at its largest.
 * Used by the codec's tests and by the LMS browser test that reports it through a package.
 */
import { LIMITS } from '../../../src/lib/progress-limits';
import { emptyProgress, type AttemptRecord, type Progress, type ReviewCard, type SavedAttempt } from '../../../src/lib/progress';
import type { PackageModule } from '../../../src/lib/lms/package-info';

const MAX_TIME = '9999-12-31T23:59:59.999Z';
/** A score that needs the long form (no denominator up to 100): 18 characters. */
const LONG_SCORE = Math.SQRT1_2;

export function worstCase(COURSE: readonly PackageModule[]): Progress {
  const p = emptyProgress();
  p.updatedAt = MAX_TIME;
  for (const m of COURSE) {
    p.modules[m.slug] = { visitedAt: MAX_TIME, sections: m.sections.slice(), quiz: { best: LONG_SCORE, attempts: LIMITS.count, passed: true, hints: LIMITS.count }, completedAt: MAX_TIME };
  }
  const longest = COURSE.reduce((a, b) => (a.slug.length >= b.slug.length ? a : b));
  p.last = { module: longest.slug, section: longest.sections.reduce((a, b) => (a.length >= b.length ? a : b)), at: MAX_TIME };
  const seed = 'Z'.repeat(LIMITS.seed);
  const history: AttemptRecord[] = Array.from({ length: LIMITS.history }, (_, i) => ({ seed, startedAt: MAX_TIME, finishedAt: new Date(Date.parse(MAX_TIME) - i).toISOString(), correct: LIMITS.questions, total: LIMITS.questions, passed: true, timed: true }));
  p.assessment = { best: LONG_SCORE, attempts: LIMITS.count, passed: true, passedAt: history[0]!.finishedAt, passedScore: LONG_SCORE, history };
  p.certificate = { number: 'RA-99991231-ZZZZZZZZ', issuedAt: MAX_TIME };
  // Four-byte characters: 12 characters each once encoded.
  p.name = '\u{1F600}'.repeat(LIMITS.name);
  const card: ReviewCard = { due: MAX_TIME, stability: LONG_SCORE * 1e8, difficulty: LONG_SCORE, scheduledDays: LIMITS.reviewDays, learningSteps: 100, reps: LIMITS.count, lapses: LIMITS.count, state: 3, lastReview: MAX_TIME };
  for (let i = 0; i < LIMITS.review; i++) {
    const key = `ex:${longest.slug}/${String(i).padStart(LIMITS.key - longest.slug.length - 4, 'q')}`;
    p.review[key] = { ...card };
  }
  const attempt: SavedAttempt = { mode: 'exam', seed, keys: Array.from({ length: LIMITS.questions }, (_, i) => `as:${longest.slug}/q${i}`), startedAt: MAX_TIME, deadline: MAX_TIME, index: 0, answers: Array.from({ length: LIMITS.questions }, () => ({ type: 'number' as const, raw: '9'.repeat(LIMITS.answer) })), checked: Array.from({ length: LIMITS.questions }, () => true), hints: Array.from({ length: LIMITS.questions }, () => LIMITS.hints) };
  for (let i = 0; i < LIMITS.attempts; i++) p.attempts[i === 0 ? 'assessment' : `quiz:${COURSE[i % COURSE.length]!.slug}`] = attempt;
  return p;
}

