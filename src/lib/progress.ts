/**
 * A learner's progress: the current schema, the pure reducers the store applies and the views
 * the pages show. Nothing here touches storage; the store (src/stores/progress.ts) reads and
 * writes the JSON. Reading, validation and migrations: progress-schema.ts; export, import and
 * its checks: progress-import.ts; merging two records: progress-merge.ts; the review queue:
 * review.ts; the certificate: certificate.ts. An LMS adapter can use the same functions to
 * read, merge or replace a whole record.
 *
 * Versions
 * - v1 (first release): `{ version: 1, visited: slug[], completed: slug[],
 *   scores: { slug: percent 0–100 }, last: "slug#section" | null }`.
 * - v2: per module `{ visitedAt, sections[], quiz: { best, attempts, passed }, completedAt }`,
 *   last position as `{ module, section, at }`, the final assessment and the name.
 * - v3 (current): v2 plus `updatedAt`, hints used per quiz, the assessment's attempt history,
 *   the review queue (FSRS cards), attempts in progress and the certificate number.
 *
 * Dictionaries keyed by data (module slugs, question keys, attempt ids) are null-prototype
 * objects, read only through `entry`, so a slug such as `constructor` is an ordinary key.
 */
import { LIMITS } from './progress-limits';
import type { Answer } from './quiz/grade';
import { passes } from './quiz/pass-mark';

export const PROGRESS_VERSION = 3;
/** The one localStorage key the course owns for learner progress. */
export const PROGRESS_KEY = 'ra-progress';

/** A dictionary built from data: null prototype, own keys only. */
export type Dict<T> = Record<string, T>;

export interface QuizRecord {
  /** Best score as a fraction 0 … 1. */
  best: number;
  attempts: number;
  passed: boolean;
  /** Hints revealed over all attempts. */
  hints: number;
}

export interface ModuleProgress {
  /** ISO time of the first visit. */
  visitedAt: string;
  /** Section ids read (see src/lib/reading.ts), in the order first read. */
  sections: string[];
  quiz?: QuizRecord;
  /** ISO time the module was completed (quiz passed, or read to the end when it has no quiz). */
  completedAt?: string;
}

/** One finished assessment attempt. */
export interface AttemptRecord {
  seed: string;
  startedAt: string;
  finishedAt: string;
  correct: number;
  total: number;
  passed: boolean;
  timed: boolean;
}

export interface AssessmentRecord {
  /** Best score as a fraction 0 … 1. */
  best: number;
  attempts: number;
  passed: boolean;
  /** The score and time of the first passing attempt, for the certificate. */
  passedAt?: string;
  passedScore?: number;
  /** Finished attempts, oldest first (the first passing one is always kept). */
  history: AttemptRecord[];
}

export interface Position {
  module: string;
  section: string | null;
  at: string;
}

/** An FSRS card (ts-fsrs' Card, with ISO dates; see review.ts). */
export interface ReviewCard {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: string | null;
}

/** An attempt in progress, saved as the learner goes (see src/lib/quiz/session.ts). */
export interface SavedAttempt {
  mode: 'practice' | 'exam';
  seed: string;
  keys: string[];
  startedAt: string;
  deadline: string | null;
  index: number;
  answers: (Answer | null)[];
  checked: boolean[];
  hints: number[];
}

export interface CertificateRecord {
  /** Derived from the record (certificate.ts): the same record always gives the same number. */
  number: string;
  issuedAt: string;
}

export interface ProgressV3 {
  version: 3;
  /** When anything was last recorded (null for an empty record). */
  updatedAt: string | null;
  modules: Dict<ModuleProgress>;
  last: Position | null;
  assessment: AssessmentRecord | null;
  /** The name the learner typed for the certificate. */
  name: string;
  /** Review queue: question key → card. */
  review: Dict<ReviewCard>;
  /** Attempts in progress: "quiz:<slug>" or "assessment" → attempt. */
  attempts: Dict<SavedAttempt>;
  certificate: CertificateRecord | null;
}

export type Progress = ProgressV3;

/** The attempt id of a module quiz, and of the assessment. */
export const quizAttemptId = (slug: string) => `quiz:${slug}`;
export const ASSESSMENT_ATTEMPT_ID = 'assessment';

export function dict<T>(entries: Iterable<readonly [string, T]> = []): Dict<T> {
  const out = Object.create(null) as Dict<T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** An own entry of a data dictionary (never an inherited property such as `constructor`). */
export function entry<T>(d: Readonly<Dict<T>>, key: string): T | undefined {
  return Object.hasOwn(d, key) ? d[key] : undefined;
}

function withEntry<T>(d: Readonly<Dict<T>>, key: string, value: T): Dict<T> {
  const out = dict(Object.entries(d));
  out[key] = value;
  return out;
}

function withoutEntry<T>(d: Readonly<Dict<T>>, key: string): Dict<T> {
  return dict(Object.entries(d).filter(([k]) => k !== key));
}

export function emptyProgress(): Progress {
  return { version: 3, updatedAt: null, modules: dict(), last: null, assessment: null, name: '', review: dict(), attempts: dict(), certificate: null };
}

const bump = (n: number) => Math.min(LIMITS.count, n + 1);

// ---------------------------------------------------------------------------------------------
// Reducers: each returns a new object (or the same one when nothing changes, so the store does
// not write needlessly). The store stamps `updatedAt` on every change.

export function moduleOf(p: Progress, slug: string): ModuleProgress | undefined {
  return entry(p.modules, slug);
}

function withModule(p: Progress, slug: string, m: ModuleProgress): Progress {
  return { ...p, modules: withEntry(p.modules, slug, m) };
}

/** Whether a new module may get a record (the limit is not reached). */
function roomFor(p: Progress, slug: string): boolean {
  return moduleOf(p, slug) !== undefined || Object.keys(p.modules).length < LIMITS.modules;
}

/**
 * The learner opened a module page: remember the visit, and make the module the last position
 * (at its top) unless the last position is already inside it.
 */
export function visitModule(p: Progress, slug: string, now: string): Progress {
  const visited = moduleOf(p, slug) !== undefined;
  const here = p.last?.module === slug;
  if ((visited || !roomFor(p, slug)) && here) return p;
  const next = visited || !roomFor(p, slug) ? p : withModule(p, slug, { visitedAt: now, sections: [] });
  return here ? next : { ...next, last: { module: slug, section: null, at: now } };
}

export interface ReadOptions {
  /** The module completes when this section is read (modules without a quiz: the end). */
  completes?: boolean;
}

/** The learner read a section (src/lib/reading.ts decides when): remember it. */
export function readSection(p: Progress, slug: string, section: string, now: string, opts: ReadOptions = {}): Progress {
  if (!roomFor(p, slug)) return p;
  const m = moduleOf(p, slug) ?? { visitedAt: now, sections: [] };
  const known = m.sections.includes(section);
  const room = m.sections.length < LIMITS.sections;
  const completes = opts.completes === true && !m.completedAt && (known || room);
  if ((known || !room) && !completes && moduleOf(p, slug)) return p;
  const next: ModuleProgress = { ...m, sections: known || !room ? m.sections : [...m.sections, section] };
  if (completes) next.completedAt = now;
  return withModule(p, slug, next);
}

/** The section being read: the last position behind 继续学习. */
export function placeAt(p: Progress, slug: string, section: string, now: string): Progress {
  if (p.last?.module === slug && p.last.section === section) return p;
  return { ...p, last: { module: slug, section, at: now } };
}

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

/** The name for the certificate (trimmed, at most LIMITS.name characters). */
export function setName(p: Progress, name: string): Progress {
  const n = Array.from(name.trim()).slice(0, LIMITS.name).join('');
  return n === p.name ? p : { ...p, name: n };
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

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

export const STATUS_LABELS: Readonly<Record<ModuleStatus, string>> = {
  'not-started': '未开始',
  'in-progress': '学习中',
  completed: '已完成',
};

export function moduleStatus(p: Progress, slug: string): ModuleStatus {
  const m = moduleOf(p, slug);
  if (!m) return 'not-started';
  return m.completedAt ? 'completed' : 'in-progress';
}

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

/** Modules completed among `slugs`. */
export function completedCount(p: Progress, slugs: readonly string[]): number {
  return slugs.filter((s) => !!moduleOf(p, s)?.completedAt).length;
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
