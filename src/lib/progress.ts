/**
 * A learner's progress: the current schema, the pure reducers the store applies and the views
 * the pages show. The record, its types and the module page's reducers are in
 * progress-record.ts (so that the module page's tracker loads only those) and are public from
 * here. Nothing here touches storage; the store (src/stores/progress.ts) reads and writes the
 * JSON. Reading, validation and migrations: progress-schema.ts; export, import and its checks:
 * progress-import.ts; merging two records: progress-merge.ts; the review queue: review.ts; the
 * certificate: certificate.ts. An LMS adapter can use the same functions to read, merge or
 * replace a whole record.
 *
 * Versions
 * - v1 (first release): `{ version: 1, visited: slug[], completed: slug[],
 *   scores: { slug: percent 0–100 }, last: "slug#section" | null }`.
 * - v2: per module `{ visitedAt, sections[], quiz: { best, attempts, passed }, completedAt }`,
 *   last position as `{ module, section, at }`, the final assessment and the name.
 * - v3 (current): v2 plus `updatedAt`, hints used per quiz, the assessment's attempt history,
 *   the review queue (FSRS cards), attempts in progress and the certificate number.
 */
import { LIMITS } from './progress-limits';
import type { Answer } from './quiz/grade';
import { passes } from './quiz/pass-mark';
import { dict, entry, moduleOf, roomFor, withEntry, withModule, withoutEntry, type AssessmentRecord, type AttemptRecord, type CertificateRecord, type ModuleProgress, type Progress, type ReviewCard, type SavedAttempt } from './progress-record';

// The record, its types and the module page's reducers (progress-record.ts), public from here.
export {
  PROGRESS_KEY,
  PROGRESS_VERSION,
  STATUS_LABELS,
  completedCount,
  dict,
  emptyProgress,
  entry,
  moduleOf,
  moduleStatus,
  placeAt,
  readSection,
  setName,
  visitModule,
  type AssessmentRecord,
  type AttemptRecord,
  type CertificateRecord,
  type Dict,
  type ModuleProgress,
  type ModuleStatus,
  type Position,
  type Progress,
  type ProgressV3,
  type QuizRecord,
  type ReadOptions,
  type ReviewCard,
  type SavedAttempt,
} from './progress-record';

/** The attempt id of a module quiz, and of the assessment. */
export const quizAttemptId = (slug: string) => `quiz:${slug}`;
export const ASSESSMENT_ATTEMPT_ID = 'assessment';

const bump = (n: number) => Math.min(LIMITS.count, n + 1);

/** A quiz attempt finished with `correct` of `total` right. Passing marks the module completed. */
export function recordQuiz(p: Progress, slug: string, correct: number, total: number, hints: number, now: string): Progress {
  if (!roomFor(p, slug) || !(total > 0)) return p;
  const m = moduleOf(p, slug) ?? { visitedAt: now, sections: [] };
  const prev = m.quiz;
  const f = Math.min(1, Math.max(0, correct / total));
  const passed = passes(correct, total);
  const next: ModuleProgress = {
    ...m,
    quiz: {
      best: Math.max(prev?.best ?? 0, f),
      attempts: bump(prev?.attempts ?? 0),
      passed: (prev?.passed ?? false) || passed,
      hints: Math.min(LIMITS.count, (prev?.hints ?? 0) + Math.max(0, Math.floor(hints))),
    },
  };
  if (passed && !m.completedAt) next.completedAt = now;
  return withModule(p, slug, next);
}

/** Keep at most LIMITS.history attempts: the first passing one and the most recent others. */
export function trimHistory(history: readonly AttemptRecord[]): AttemptRecord[] {
  if (history.length <= LIMITS.history) return history.slice();
  const firstPass = history.findIndex((h) => h.passed);
  const keep = new Set<number>();
  if (firstPass >= 0) keep.add(firstPass);
  for (let i = history.length - 1; i >= 0 && keep.size < LIMITS.history; i--) keep.add(i);
  return history.filter((_, i) => keep.has(i));
}

/** An assessment attempt finished. */
export function recordAssessment(p: Progress, attempt: AttemptRecord): Progress {
  const prev = p.assessment;
  const f = attempt.total > 0 ? Math.min(1, Math.max(0, attempt.correct / attempt.total)) : 0;
  const passed = attempt.total > 0 && passes(attempt.correct, attempt.total);
  const record: AttemptRecord = { ...attempt, passed };
  const next: AssessmentRecord = {
    best: Math.max(prev?.best ?? 0, f),
    attempts: bump(prev?.attempts ?? 0),
    passed: (prev?.passed ?? false) || passed,
    history: trimHistory([...(prev?.history ?? []), record]),
  };
  if (prev?.passedAt !== undefined) next.passedAt = prev.passedAt;
  if (prev?.passedScore !== undefined) next.passedScore = prev.passedScore;
  if (passed && next.passedAt === undefined) {
    next.passedAt = attempt.finishedAt;
    next.passedScore = f;
  }
  return { ...p, assessment: next };
}

/** Save (or replace) an attempt in progress; the oldest other one goes when the limit is reached. */
export function saveAttempt(p: Progress, id: string, a: SavedAttempt): Progress {
  const clean: SavedAttempt = {
    ...a,
    keys: a.keys.slice(0, LIMITS.questions),
    answers: a.answers.slice(0, LIMITS.questions).map(clampAnswer),
    checked: a.checked.slice(0, LIMITS.questions),
    hints: a.hints.slice(0, LIMITS.questions).map((h) => Math.min(LIMITS.hints, Math.max(0, Math.floor(h)))),
    index: Math.max(0, Math.min(a.index, Math.max(0, Math.min(a.keys.length, LIMITS.questions) - 1))),
  };
  let attempts = p.attempts;
  if (entry(attempts, id) === undefined && Object.keys(attempts).length >= LIMITS.attempts) {
    const oldest = Object.entries(attempts).sort(([, x], [, y]) => (x.startedAt < y.startedAt ? -1 : 1))[0];
    if (oldest) attempts = withoutEntry(attempts, oldest[0]);
  }
  return { ...p, attempts: withEntry(attempts, id, clean) };
}

/** Bound a typed answer to what the reader accepts (the inputs already limit their length). */
function clampAnswer(a: Answer | null): Answer | null {
  if (a === null) return null;
  switch (a.type) {
    case 'number':
      return { type: 'number', raw: Array.from(a.raw).slice(0, LIMITS.answer).join('') };
    case 'choices':
      return { type: 'choices', optionIds: a.optionIds.slice(0, LIMITS.parts) };
    case 'order':
      return { type: 'order', itemIds: a.itemIds.slice(0, LIMITS.parts) };
    case 'match':
      return { type: 'match', choices: dict(Object.entries(a.choices).slice(0, LIMITS.parts).map(([k, v]) => [k, Array.from(v).slice(0, LIMITS.text).join('')])) };
    default:
      return a;
  }
}

export function dropAttempt(p: Progress, id: string): Progress {
  return entry(p.attempts, id) === undefined ? p : { ...p, attempts: withoutEntry(p.attempts, id) };
}

export function attemptOf(p: Progress, id: string): SavedAttempt | undefined {
  return entry(p.attempts, id);
}

/** Put a review card (review.ts computes it); a new card is not added past the limit. */
export function putCard(p: Progress, key: string, card: ReviewCard): Progress {
  if (entry(p.review, key) === undefined && Object.keys(p.review).length >= LIMITS.review) return p;
  return { ...p, review: withEntry(p.review, key, card) };
}

/** Remove review cards whose question no longer exists. */
export function dropCards(p: Progress, keys: readonly string[]): Progress {
  if (!keys.some((k) => entry(p.review, k) !== undefined)) return p;
  const gone = new Set(keys);
  return { ...p, review: dict(Object.entries(p.review).filter(([k]) => !gone.has(k))) };
}

export function setCertificate(p: Progress, c: CertificateRecord): Progress {
  return p.certificate?.number === c.number ? p : { ...p, certificate: c };
}

// ---------------------------------------------------------------------------------------------
// Derived views

/**
 * Minutes left in a module: its estimate times the share of sections not yet read (0 when
 * completed; the whole estimate when not started), rounded up to whole minutes.
 */
export function minutesLeft(p: Progress, slug: string, minutes: number, sectionIds: readonly string[]): number {
  const m = moduleOf(p, slug);
  if (!m) return minutes;
  if (m.completedAt) return 0;
  if (sectionIds.length === 0) return minutes;
  const read = sectionIds.filter((id) => m.sections.includes(id)).length;
  return Math.ceil((minutes * (sectionIds.length - read)) / sectionIds.length);
}

/** Whether there is anything worth keeping (for "export first" hints and confirmations). */
export function isEmpty(p: Progress): boolean {
  return (
    Object.keys(p.modules).length === 0 &&
    p.last === null &&
    p.assessment === null &&
    p.name === '' &&
    Object.keys(p.review).length === 0 &&
    Object.keys(p.attempts).length === 0 &&
    p.certificate === null
  );
}

/** A short summary of a record, for confirmations ("3 个模块已完成，结业测评已通过"). */
export function summarise(p: Progress): { modules: number; completed: number; assessment: 'passed' | 'taken' | 'none'; review: number; name: string; updatedAt: string | null } {
  const ms = Object.values(p.modules);
  return {
    modules: ms.length,
    completed: ms.filter((m) => m.completedAt).length,
    assessment: p.assessment?.passed ? 'passed' : p.assessment ? 'taken' : 'none',
    review: Object.keys(p.review).length,
    name: p.name,
    updatedAt: p.updatedAt,
  };
}
