/**
 * A learner's progress: the schema kept in the browser, its versions and migrations, import
 * validation and the pure reducers the store applies. Nothing here touches storage; the store
 * (src/stores/progress.ts) reads and writes the JSON.
 *
 * Versions
 * - v1 (first release): `{ version: 1, visited: slug[], completed: slug[],
 *   scores: { slug: percent 0–100 }, last: "slug#section" | null }`.
 * - v2 (current): per module `{ visitedAt, sections[], quiz: { best, attempts, passed },
 *   completedAt }`, last position as `{ module, section, at }`, and the final assessment.
 *
 * A migration takes a valid vN and returns a valid vN+1; `readProgress` runs them in turn, so a
 * value saved by any past release loads, and a value from a newer release is refused (not
 * guessed at, and not overwritten).
 */
import { fail, fieldError, ok, type Result } from './result';

export const PROGRESS_VERSION = 2;
/** The one localStorage key the course owns for learner progress. */
export const PROGRESS_KEY = 'ra-progress';
/** Marks an exported file as ours. */
export const EXPORT_APP = 'retention-academy';
export const EXPORT_KIND = 'progress';

export interface QuizRecord {
  /** Best score as a fraction 0 … 1. */
  best: number;
  attempts: number;
  passed: boolean;
}

export interface ModuleProgress {
  /** ISO time of the first visit. */
  visitedAt: string;
  /** Section ids reached, in the order first reached. */
  sections: string[];
  quiz?: QuizRecord;
  /** ISO time the module was completed (quiz passed, or read to the end when it has no quiz). */
  completedAt?: string;
}

export interface AssessmentRecord {
  /** Best score as a fraction 0 … 1. */
  best: number;
  attempts: number;
  passed: boolean;
  /** The score and time of the first passing attempt, for the certificate. */
  passedAt?: string;
  passedScore?: number;
}

export interface Position {
  module: string;
  section: string | null;
  at: string;
}

export interface ProgressV2 {
  version: 2;
  modules: Record<string, ModuleProgress>;
  last: Position | null;
  assessment: AssessmentRecord | null;
  /** The name the learner typed for the certificate. */
  name: string;
}

export type Progress = ProgressV2;

export interface ProgressV1 {
  version: 1;
  visited: string[];
  completed: string[];
  /** Best quiz score per module, in percent 0 … 100. */
  scores: Record<string, number>;
  /** "slug#section" or "slug". */
  last: string | null;
}

export function emptyProgress(): Progress {
  return { version: 2, modules: {}, last: null, assessment: null, name: '' };
}

// ---------------------------------------------------------------------------------------------
// Validation: hand-written (no zod) so that the store, which ships to every page, stays small.

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

type Check = (value: unknown, path: string) => string | undefined;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG.test(v) && v.length <= 80;
const isIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const isFraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e6;

const checkQuiz: Check = (v, path) => {
  if (!isObject(v)) return `${path} 应是对象`;
  if (!isFraction(v['best'])) return `${path}.best 应是 0 到 1 之间的分数`;
  if (!isCount(v['attempts'])) return `${path}.attempts 应是非负整数`;
  if (typeof v['passed'] !== 'boolean') return `${path}.passed 应是 true 或 false`;
  return undefined;
};

const checkModule: Check = (v, path) => {
  if (!isObject(v)) return `${path} 应是对象`;
  if (!isIso(v['visitedAt'])) return `${path}.visitedAt 应是时间`;
  const sections = v['sections'];
  if (!Array.isArray(sections) || !sections.every(isSlug) || sections.length > 200) return `${path}.sections 应是小节 id 列表`;
  if (v['quiz'] !== undefined) {
    const e = checkQuiz(v['quiz'], `${path}.quiz`);
    if (e) return e;
  }
  if (v['completedAt'] !== undefined && !isIso(v['completedAt'])) return `${path}.completedAt 应是时间`;
  return undefined;
};

/** Why a value is not a valid current-version progress object, or undefined when it is. */
export function progressProblem(v: unknown): string | undefined {
  if (!isObject(v)) return '进度数据应是一个对象';
  if (v['version'] !== PROGRESS_VERSION) return `版本应为 ${PROGRESS_VERSION}`;
  const modules = v['modules'];
  if (!isObject(modules)) return 'modules 应是对象';
  const slugs = Object.keys(modules);
  if (slugs.length > 500) return 'modules 数量异常';
  for (const slug of slugs) {
    if (!isSlug(slug)) return `模块 slug「${String(slug).slice(0, 40)}」无效`;
    const e = checkModule(modules[slug], `modules.${slug}`);
    if (e) return e;
  }
  const last = v['last'];
  if (last !== null) {
    if (!isObject(last) || !isSlug(last['module']) || !(last['section'] === null || isSlug(last['section'])) || !isIso(last['at'])) return 'last(上次学习位置)格式无效';
  }
  const a = v['assessment'];
  if (a !== null) {
    if (!isObject(a) || !isFraction(a['best']) || !isCount(a['attempts']) || typeof a['passed'] !== 'boolean') return 'assessment(结业测评)格式无效';
    if (a['passedAt'] !== undefined && !isIso(a['passedAt'])) return 'assessment.passedAt 应是时间';
    if (a['passedScore'] !== undefined && !isFraction(a['passedScore'])) return 'assessment.passedScore 应是 0 到 1 之间的分数';
  }
  if (typeof v['name'] !== 'string' || v['name'].length > 60) return 'name 应是不超过 60 个字符的文本';
  return undefined;
}

function v1Problem(v: Record<string, unknown>): string | undefined {
  const list = (x: unknown) => Array.isArray(x) && x.every(isSlug);
  if (!list(v['visited'])) return 'visited 应是模块 slug 列表';
  if (!list(v['completed'])) return 'completed 应是模块 slug 列表';
  const scores = v['scores'];
  if (!isObject(scores) || !Object.entries(scores).every(([k, s]) => isSlug(k) && typeof s === 'number' && s >= 0 && s <= 100)) return 'scores 应是 0–100 的分数';
  if (v['last'] !== null && typeof v['last'] !== 'string') return 'last 应是文本';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Migrations

/** v1 → v2. Times unknown to v1 become `now`; a v1 score of 80 or more counts as passed. */
export function migrateV1(v1: ProgressV1, now: string): ProgressV2 {
  const modules: Record<string, ModuleProgress> = {};
  const touch = (slug: string): ModuleProgress => (modules[slug] ??= { visitedAt: now, sections: [] });
  for (const slug of v1.visited) touch(slug);
  for (const [slug, percent] of Object.entries(v1.scores)) {
    const best = Math.min(1, Math.max(0, percent / 100));
    touch(slug).quiz = { best, attempts: 1, passed: percent >= 80 };
  }
  for (const slug of v1.completed) touch(slug).completedAt = now;
  let last: Position | null = null;
  if (v1.last) {
    const [module = '', section] = v1.last.split('#');
    if (isSlug(module)) {
      last = { module, section: section && isSlug(section) ? section : null, at: now };
      if (last.section) {
        const m = touch(module);
        if (!m.sections.includes(last.section)) m.sections.push(last.section);
      }
    }
  }
  return { version: 2, modules, last, assessment: null, name: '' };
}

export type ReadFailure = 'corrupt' | 'future' | 'foreign';

export interface ReadOk {
  progress: Progress;
  /** The version the value was saved with (so the store knows to write the migrated value). */
  from: number;
}

/**
 * Read a stored or imported value (already parsed from JSON): validate its version, migrate it
 * to the current one and validate the result.
 */
export function readProgress(value: unknown, now: string): { ok: true; value: ReadOk } | { ok: false; reason: ReadFailure; message: string } {
  if (!isObject(value)) return { ok: false, reason: 'foreign', message: '不是留存学院的学习进度数据' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'foreign', message: '缺少有效的版本号,不是留存学院的学习进度数据' };
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'future', message: `数据来自更新版本的课程(版本 ${version}),当前页面只能读取版本 ${PROGRESS_VERSION} 及以前的数据` };
  let current: unknown = value;
  if (version === 1) {
    const e = v1Problem(value);
    if (e) return { ok: false, reason: 'corrupt', message: `版本 1 的进度数据无效:${e}` };
    current = migrateV1(value as unknown as ProgressV1, now);
  }
  const problem = progressProblem(current);
  if (problem) return { ok: false, reason: 'corrupt', message: `进度数据无效:${problem}` };
  return { ok: true, value: { progress: current as Progress, from: version } };
}

/** Parse the text kept in localStorage. */
export function parseStored(text: string, now: string): ReturnType<typeof readProgress> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', message: '保存的进度不是有效的 JSON' };
  }
  return readProgress(value, now);
}

// ---------------------------------------------------------------------------------------------
// Export and import

export interface ExportFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  progress: Progress;
}

export function toExport(progress: Progress, now: string): ExportFile {
  return { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: now, progress };
}

/** The exported file's name, e.g. 留存学院学习进度-2026-11-23.json. */
export function exportFileName(now: string): string {
  return `留存学院学习进度-${now.slice(0, 10)}.json`;
}

/** Largest import accepted; a real export is a few kilobytes. */
export const IMPORT_MAX_BYTES = 1_000_000;

/**
 * Validate an imported file's text. On failure the reason is in Chinese and nothing is to be
 * written; on success the progress is migrated to the current version.
 */
export function parseImport(text: string, now: string): Result<Progress, 'file'> {
  const refuse = (message: string) => fail([fieldError('file' as const, message)]);
  if (text.length > IMPORT_MAX_BYTES) return refuse('文件过大,不是留存学院导出的学习进度文件。');
  if (text.trim() === '') return refuse('文件是空的。');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('文件不是有效的 JSON,可能已损坏或不是导出的进度文件。');
  }
  if (!isObject(value) || value['app'] !== EXPORT_APP || value['kind'] !== EXPORT_KIND) return refuse('这不是留存学院导出的学习进度文件。');
  const read = readProgress(value['progress'], now);
  if (!read.ok) return refuse(`${read.message}。`);
  return ok(read.value.progress);
}

// ---------------------------------------------------------------------------------------------
// Reducers: each returns a new object (or the same one when nothing changes, so the store does
// not write needlessly).

function moduleOf(p: Progress, slug: string, now: string): ModuleProgress {
  return p.modules[slug] ?? { visitedAt: now, sections: [] };
}

function withModule(p: Progress, slug: string, m: ModuleProgress): Progress {
  return { ...p, modules: { ...p.modules, [slug]: m } };
}

/**
 * The learner opened a module page: remember the visit, and make the module the last position
 * (at its top) unless the last position is already inside it.
 */
export function visitModule(p: Progress, slug: string, now: string): Progress {
  const visited = !!p.modules[slug];
  const here = p.last?.module === slug;
  if (visited && here) return p;
  const next = visited ? p : withModule(p, slug, { visitedAt: now, sections: [] });
  return here ? next : { ...next, last: { module: slug, section: null, at: now } };
}

export interface ReachOptions {
  /** The module completes when this section is reached (modules without a quiz: the end). */
  completes?: boolean;
}

/** The learner scrolled to a section: remember it and make it the last position. */
export function reachSection(p: Progress, slug: string, section: string, now: string, opts: ReachOptions = {}): Progress {
  const m = moduleOf(p, slug, now);
  const known = m.sections.includes(section);
  const completes = opts.completes === true && !m.completedAt;
  const sameLast = p.last?.module === slug && p.last.section === section;
  if (known && !completes && sameLast && p.modules[slug]) return p;
  const next: ModuleProgress = { ...m, sections: known ? m.sections : [...m.sections, section] };
  if (completes) next.completedAt = now;
  return { ...withModule(p, slug, next), last: { module: slug, section, at: now } };
}

/** A quiz attempt finished with `fraction` right. Passing marks the module completed. */
export function recordQuiz(p: Progress, slug: string, fraction: number, passed: boolean, now: string): Progress {
  const m = moduleOf(p, slug, now);
  const prev = m.quiz;
  const f = Math.min(1, Math.max(0, fraction));
  const next: ModuleProgress = {
    ...m,
    quiz: { best: Math.max(prev?.best ?? 0, f), attempts: (prev?.attempts ?? 0) + 1, passed: (prev?.passed ?? false) || passed },
  };
  if (passed && !m.completedAt) next.completedAt = now;
  return withModule(p, slug, next);
}

/** An assessment attempt finished. */
export function recordAssessment(p: Progress, fraction: number, passed: boolean, now: string): Progress {
  const prev = p.assessment;
  const f = Math.min(1, Math.max(0, fraction));
  const next: AssessmentRecord = {
    best: Math.max(prev?.best ?? 0, f),
    attempts: (prev?.attempts ?? 0) + 1,
    passed: (prev?.passed ?? false) || passed,
  };
  if (prev?.passedAt !== undefined) next.passedAt = prev.passedAt;
  if (prev?.passedScore !== undefined) next.passedScore = prev.passedScore;
  if (passed && next.passedAt === undefined) {
    next.passedAt = now;
    next.passedScore = f;
  }
  return { ...p, assessment: next };
}

/** The name for the certificate (trimmed, at most 60 characters). */
export function setName(p: Progress, name: string): Progress {
  const n = name.trim().slice(0, 60);
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
  const m = p.modules[slug];
  if (!m) return 'not-started';
  return m.completedAt ? 'completed' : 'in-progress';
}

/**
 * Minutes left in a module: its estimate times the share of sections not yet reached (0 when
 * completed; the whole estimate when not started), rounded up to whole minutes.
 */
export function minutesLeft(p: Progress, slug: string, minutes: number, sectionIds: readonly string[]): number {
  const m = p.modules[slug];
  if (!m) return minutes;
  if (m.completedAt) return 0;
  if (sectionIds.length === 0) return minutes;
  const reached = sectionIds.filter((id) => m.sections.includes(id)).length;
  return Math.ceil((minutes * (sectionIds.length - reached)) / sectionIds.length);
}

/** Modules completed among `slugs`. */
export function completedCount(p: Progress, slugs: readonly string[]): number {
  return slugs.filter((s) => !!p.modules[s]?.completedAt).length;
}

/** Whether there is anything worth keeping (for "export first" hints). */
export function isEmpty(p: Progress): boolean {
  return Object.keys(p.modules).length === 0 && p.last === null && p.assessment === null && p.name === '';
}
