/**
 * The progress record: its current schema (v3) and what the module page's tracker needs — the
 * empty record, data dictionaries, the reducers for a visit, a section read, the last position
 * and the name, and a module's status. Kept apart from the quiz, assessment, review and
 * certificate reducers (progress.ts) so that the script every module page runs before the
 * learner interacts loads only this (issue 15: a module page's JavaScript budget). Everything
 * here is public through progress.ts, which re-exports it.
 *
 * Dictionaries keyed by data (module slugs, question keys, attempt ids) are null-prototype
 * objects, read only through `entry`, so a slug such as `constructor` is an ordinary key.
 */
import { LIMITS } from './progress-limits';
import type { Answer } from './quiz/grade';

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

export function dict<T>(entries: Iterable<readonly [string, T]> = []): Dict<T> {
  const out = Object.create(null) as Dict<T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** An own entry of a data dictionary (never an inherited property such as `constructor`). */
export function entry<T>(d: Readonly<Dict<T>>, key: string): T | undefined {
  return Object.hasOwn(d, key) ? d[key] : undefined;
}

/** A copy of `d` with `key` set (for the reducers here and in progress.ts). */
export function withEntry<T>(d: Readonly<Dict<T>>, key: string, value: T): Dict<T> {
  const out = dict(Object.entries(d));
  out[key] = value;
  return out;
}

/** A copy of `d` without `key`. */
export function withoutEntry<T>(d: Readonly<Dict<T>>, key: string): Dict<T> {
  return dict(Object.entries(d).filter(([k]) => k !== key));
}

export function emptyProgress(): Progress {
  return { version: 3, updatedAt: null, modules: dict(), last: null, assessment: null, name: '', review: dict(), attempts: dict(), certificate: null };
}

// ---------------------------------------------------------------------------------------------
// Reducers: each returns a new object (or the same one when nothing changes, so the store does
// not write needlessly). The store stamps `updatedAt` on every change.

export function moduleOf(p: Progress, slug: string): ModuleProgress | undefined {
  return entry(p.modules, slug);
}

export function withModule(p: Progress, slug: string, m: ModuleProgress): Progress {
  return { ...p, modules: withEntry(p.modules, slug, m) };
}

/** Whether a new module may get a record (the limit is not reached). */
export function roomFor(p: Progress, slug: string): boolean {
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

/** The name for the certificate (trimmed, at most LIMITS.name characters). */
export function setName(p: Progress, name: string): Progress {
  const n = Array.from(name.trim()).slice(0, LIMITS.name).join('');
  return n === p.name ? p : { ...p, name: n };
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

/** Modules completed among `slugs`. */
export function completedCount(p: Progress, slugs: readonly string[]): number {
  return slugs.filter((s) => !!moduleOf(p, s)?.completedAt).length;
}
