/**
 * Merging two progress records of the same learner (two devices, or the browser and an LMS):
 * nothing either one recorded is lost, and the result is a valid record within the limits.
 *
 * - modules: the union; per module the earliest visit and completion, the union of sections
 *   read, the best score, the larger attempt and hint counts, passed if either passed;
 * - last position, name, attempts in progress: from the more recently updated record (a name
 *   or an attempt the other record alone has is kept);
 * - assessment: best and attempts as for quizzes, the history merged by attempt (seed and
 *   finish time) in time order, the earliest pass;
 * - review cards: per question the card reviewed most recently;
 * - certificate: kept only when it still matches the merged record (else it is issued again).
 * `merge(a, a)` is `a` (apart from `updatedAt`, the later of the two).
 */
import { LIMITS } from './progress-limits';
import {
  dict,
  entry,
  trimHistory,
  type AssessmentRecord,
  type AttemptRecord,
  type Dict,
  type ModuleProgress,
  type Progress,
  type ReviewCard,
} from './progress';
import { certificateNumber } from './certificate';

const earlier = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : Date.parse(a) <= Date.parse(b) ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : Date.parse(a) >= Date.parse(b) ? a : b);

function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  const sections = [...a.sections, ...b.sections.filter((s) => !a.sections.includes(s))].slice(0, LIMITS.sections);
  const out: ModuleProgress = { visitedAt: earlier(a.visitedAt, b.visitedAt) as string, sections };
  if (a.quiz || b.quiz) {
    const qa = a.quiz ?? { best: 0, attempts: 0, passed: false, hints: 0 };
    const qb = b.quiz ?? { best: 0, attempts: 0, passed: false, hints: 0 };
    out.quiz = { best: Math.max(qa.best, qb.best), attempts: Math.max(qa.attempts, qb.attempts), passed: qa.passed || qb.passed, hints: Math.max(qa.hints, qb.hints) };
  }
  const done = earlier(a.completedAt, b.completedAt);
  if (done !== undefined) out.completedAt = done;
  return out;
}

function mergeDicts<T>(a: Dict<T>, b: Dict<T>, both: (x: T, y: T) => T, max: number): Dict<T> {
  const out = dict<T>();
  for (const [k, x] of Object.entries(a)) {
    const y = entry(b, k);
    out[k] = y === undefined ? x : both(x, y);
  }
  for (const [k, y] of Object.entries(b)) {
    if (Object.keys(out).length >= max) break;
    if (!Object.hasOwn(out, k)) out[k] = y;
  }
  return out;
}

const attemptId = (h: AttemptRecord) => `${h.seed}@${h.finishedAt}`;

function mergeAssessment(a: AssessmentRecord | null, b: AssessmentRecord | null): AssessmentRecord | null {
  if (!a || !b) return a ?? b;
  const seen = new Set<string>();
  const all = [...a.history, ...b.history]
    .filter((h) => (seen.has(attemptId(h)) ? false : (seen.add(attemptId(h)), true)))
    // Stable: attempts finished at the same time keep their order.
    .map((h, i) => ({ h, i }))
    .sort((x, y) => Date.parse(x.h.finishedAt) - Date.parse(y.h.finishedAt) || x.i - y.i)
    .map(({ h }) => h);
  const out: AssessmentRecord = { best: Math.max(a.best, b.best), attempts: Math.max(a.attempts, b.attempts), passed: a.passed || b.passed, history: trimHistory(all) };
  const pass = [a, b].filter((x) => x.passedAt !== undefined).sort((x, y) => Date.parse(x.passedAt as string) - Date.parse(y.passedAt as string))[0];
  if (pass?.passedAt !== undefined) out.passedAt = pass.passedAt;
  if (pass?.passedScore !== undefined) out.passedScore = pass.passedScore;
  return out;
}

const lastReviewed = (x: ReviewCard, y: ReviewCard) => (Date.parse(y.lastReview ?? '1970-01-01T00:00:00Z') > Date.parse(x.lastReview ?? '1970-01-01T00:00:00Z') ? y : x);

export function mergeProgress(a: Progress, b: Progress): Progress {
  const newer = b.updatedAt !== null && (a.updatedAt === null || Date.parse(b.updatedAt) > Date.parse(a.updatedAt)) ? b : a;
  const older = newer === a ? b : a;
  const merged: Progress = {
    version: 3,
    updatedAt: later(a.updatedAt, b.updatedAt),
    modules: mergeDicts(a.modules, b.modules, mergeModule, LIMITS.modules),
    last: newer.last ?? older.last,
    assessment: mergeAssessment(a.assessment, b.assessment),
    name: newer.name || older.name,
    review: mergeDicts(a.review, b.review, lastReviewed, LIMITS.review),
    attempts: mergeDicts(newer.attempts, older.attempts, (x) => x, LIMITS.attempts),
    certificate: null,
  };
  const cert = newer.certificate ?? older.certificate;
  if (cert && cert.number === certificateNumber(merged)) merged.certificate = cert;
  return merged;
}
