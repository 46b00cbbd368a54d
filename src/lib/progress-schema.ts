/**
 * Reading a progress value: the one validator of the current version, shared by the store's
 * reads, its writes and imports. Values saved by past releases (v1, v2) are migrated by
 * progress-migrate.ts, which the store loads only when it finds one (most learners never need
 * it, and this file ships on every module page).
 *
 * Hand-written (no zod) so that the store, which ships to every page, stays small. A reader
 * builds a fresh value as it validates: only known fields are copied, and every dictionary
 * keyed by data is a null-prototype object (progress.ts `dict`), so a slug such as
 * `constructor` or `__proto__` can never reach or change a prototype. Unknown fields make a
 * value unreadable — a value this release cannot read is never guessed at, and the store never
 * overwrites it.
 */
import { LIMITS } from './progress-limits';
import {
  PROGRESS_VERSION,
  dict,
  type AssessmentRecord,
  type AttemptRecord,
  type CertificateRecord,
  type Dict,
  type ModuleProgress,
  type Position,
  type Progress,
  type QuizRecord,
  type ReviewCard,
  type SavedAttempt,
} from './progress-record';
import type { Answer } from './quiz/grade';

// ---------------------------------------------------------------------------------------------
// Readers: each returns the clean value or the Chinese reason it is refused.

export type Read<T> = (v: unknown, path: string) => { ok: true; value: T } | { ok: false; message: string };

export const good = <T>(value: T) => ({ ok: true as const, value });
export const bad = (message: string) => ({ ok: false as const, message });

export const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LOCAL_ID = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^(?:(?:ex|as):)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9][a-z0-9-]*$/;
const ATTEMPT_ID = /^(?:assessment|quiz:[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
const SEED = /^[A-Za-z0-9-]+$/;
const CERT = /^RA-\d{8}-[0-9A-Z]{8}$/;
const ISO = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const isSlug = (v: unknown): v is string => typeof v === 'string' && v.length <= LIMITS.slug && SLUG.test(v);

/**
 * A UTC ISO time that is a real instant: the calendar fields survive a round trip through
 * Date (so 2026-02-31 and 24:00 are refused) and the year is 1970 or later.
 */
export function isIso(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ISO.exec(v);
  if (!m || Number(m[1]) < 1970) return false;
  const t = Date.parse(v);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 19) === v.slice(0, 19);
}

export const str =
  (max: number, re?: RegExp, what = '文本'): Read<string> =>
  (v, path) =>
    typeof v === 'string' && Array.from(v).length <= max && (!re || re.test(v)) ? good(v) : bad(`${path} 应是${what}`);
export const slug: Read<string> = (v, path) => (isSlug(v) ? good(v) : bad(`${path} 应是 slug`));
export const iso: Read<string> = (v, path) => (isIso(v) ? good(v) : bad(`${path} 应是时间`));
export const bool: Read<boolean> = (v, path) => (typeof v === 'boolean' ? good(v) : bad(`${path} 应是 true 或 false`));
export const int =
  (min: number, max: number): Read<number> =>
  (v, path) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? good(v) : bad(`${path} 应是 ${min} 到 ${max} 之间的整数`);
export const num =
  (min: number, max: number): Read<number> =>
  (v, path) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? good(v) : bad(`${path} 应是 ${min} 到 ${max} 之间的数`);
export const fraction = num(0, 1);
export const count = int(0, LIMITS.count);
export const nullable =
  <T>(r: Read<T>): Read<T | null> =>
  (v, path) =>
    v === null ? good(null) : r(v, path);

export function list<T>(r: Read<T>, max: number): Read<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) return bad(`${path} 应是列表`);
    if (v.length > max) return bad(`${path} 超过 ${max} 项`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const x = r(v[i], `${path}[${i}]`);
      if (!x.ok) return x;
      out.push(x.value);
    }
    return good(out);
  };
}

export function dictOf<T>(key: RegExp, maxKey: number, r: Read<T>, max: number): Read<Dict<T>> {
  return (v, path) => {
    if (!isObject(v)) return bad(`${path} 应是对象`);
    const keys = Object.keys(v);
    if (keys.length > max) return bad(`${path} 超过 ${max} 项`);
    const out = dict<T>();
    for (const k of keys) {
      if (k.length > maxKey || !key.test(k)) return bad(`${path} 中的键“${k.slice(0, 40)}”无效`);
      const x = r(v[k], `${path}.${k}`);
      if (!x.ok) return x;
      out[k] = x.value;
    }
    return good(out);
  };
}

type Shape = Record<string, Read<unknown>>;
type Built<S extends Shape> = { [K in keyof S]: S[K] extends Read<infer T> ? T : never };

/** A strict object: every required field present, optional ones may be absent, no others. */
export function object<S extends Shape, O extends Shape = Record<never, never>>(shape: S, optional?: O): Read<Built<S> & Partial<Built<O>>> {
  return (v, path) => {
    if (!isObject(v)) return bad(`${path} 应是对象`);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k) && !(optional && Object.hasOwn(optional, k))) return bad(`${path} 中有未知字段“${k.slice(0, 40)}”`);
    for (const [k, r] of Object.entries(shape)) {
      const x = r(v[k], `${path}.${k}`);
      if (!x.ok) return x;
      out[k] = x.value;
    }
    for (const [k, r] of Object.entries(optional ?? {})) {
      if (!Object.hasOwn(v, k) || v[k] === undefined) continue;
      const x = r(v[k], `${path}.${k}`);
      if (!x.ok) return x;
      out[k] = x.value;
    }
    return good(out as Built<S> & Partial<Built<O>>);
  };
}

const localId = str(LIMITS.slug, LOCAL_ID, 'id');

const answer: Read<Answer> = (v, path) => {
  if (!isObject(v)) return bad(`${path} 应是答案`);
  switch (v['type']) {
    case 'choice':
      return object({ type: str(10), optionId: localId })(v, path) as ReturnType<Read<Answer>>;
    case 'choices':
      return object({ type: str(10), optionIds: list(localId, LIMITS.parts) })(v, path) as ReturnType<Read<Answer>>;
    case 'boolean':
      return object({ type: str(10), value: bool })(v, path) as ReturnType<Read<Answer>>;
    case 'number':
      return object({ type: str(10), raw: str(LIMITS.answer) })(v, path) as ReturnType<Read<Answer>>;
    case 'order':
      return object({ type: str(10), itemIds: list(localId, LIMITS.parts) })(v, path) as ReturnType<Read<Answer>>;
    case 'match':
      return object({ type: str(10), choices: dictOf(LOCAL_ID, LIMITS.slug, str(LIMITS.text), LIMITS.parts) })(v, path) as ReturnType<Read<Answer>>;
    default:
      return bad(`${path}.type 无效`);
  }
};

const quizRecord: Read<QuizRecord> = object({ best: fraction, attempts: count, passed: bool, hints: count });

const moduleRecord: Read<ModuleProgress> = object(
  { visitedAt: iso, sections: list(slug, LIMITS.sections) },
  { quiz: quizRecord, completedAt: iso },
) as Read<ModuleProgress>;

const attemptRecord: Read<AttemptRecord> = (v, path) => {
  const r = object({
    seed: str(LIMITS.seed, SEED, '种子'),
    startedAt: iso,
    finishedAt: iso,
    correct: int(0, LIMITS.questions),
    total: int(1, LIMITS.questions),
    passed: bool,
    timed: bool,
  })(v, path);
  if (!r.ok) return r;
  if (r.value.correct > r.value.total) return bad(`${path}.correct 不能大于 total`);
  return r;
};

const assessmentRecord: Read<AssessmentRecord> = object(
  { best: fraction, attempts: count, passed: bool, history: list(attemptRecord, LIMITS.history) },
  { passedAt: iso, passedScore: fraction },
) as Read<AssessmentRecord>;

export const position: Read<Position> = object({ module: slug, section: nullable(slug), at: iso });

const reviewCard: Read<ReviewCard> = object({
  due: iso,
  stability: num(0, 1e9),
  difficulty: num(0, 10),
  scheduledDays: int(0, LIMITS.reviewDays),
  learningSteps: int(0, 100),
  reps: count,
  lapses: count,
  state: int(0, 3),
  lastReview: nullable(iso),
}) as Read<ReviewCard>;

const savedAttempt: Read<SavedAttempt> = (v, path) => {
  const r = object({
    mode: (x, p) => (x === 'practice' || x === 'exam' ? good(x) : bad(`${p} 应是 practice 或 exam`)),
    seed: str(LIMITS.seed, SEED, '种子'),
    keys: list(str(LIMITS.key, KEY, '题目键'), LIMITS.questions),
    startedAt: iso,
    deadline: nullable(iso),
    index: int(0, LIMITS.questions),
    answers: list(nullable(answer), LIMITS.questions),
    checked: list(bool, LIMITS.questions),
    hints: list(int(0, LIMITS.hints), LIMITS.questions),
  })(v, path);
  if (!r.ok) return r;
  const a = r.value;
  const n = a.keys.length;
  if (n === 0 || a.answers.length !== n || a.checked.length !== n || a.hints.length !== n || a.index >= n) return bad(`${path} 的题目数与作答记录不一致`);
  return good(a as SavedAttempt);
};

const certificate: Read<CertificateRecord> = object({ number: str(20, CERT, '证书编号'), issuedAt: iso });

const progressV3: Read<Progress> = object({
  version: (v, p) => (v === PROGRESS_VERSION ? good(v as 3) : bad(`${p} 应为 ${PROGRESS_VERSION}`)),
  updatedAt: nullable(iso),
  modules: dictOf(SLUG, LIMITS.slug, moduleRecord, LIMITS.modules),
  last: nullable(position),
  assessment: nullable(assessmentRecord),
  name: str(LIMITS.name, undefined, `不超过 ${LIMITS.name} 个字符的文本`),
  review: dictOf(KEY, LIMITS.key, reviewCard, LIMITS.review),
  attempts: dictOf(ATTEMPT_ID, LIMITS.key, savedAttempt, LIMITS.attempts),
  certificate: nullable(certificate),
}) as Read<Progress>;

/** The current version, validated and rebuilt; the reason in Chinese when it is refused. */
export function readCurrent(v: unknown): { ok: true; value: Progress } | { ok: false; message: string } {
  return progressV3(v, '进度');
}

/** Why a value is not a valid current-version progress record, or undefined when it is. */
export function progressProblem(v: unknown): string | undefined {
  const r = readCurrent(v);
  return r.ok ? undefined : r.message;
}

/** Why a value is not read: corrupt, from a newer release, not ours — or (parseCurrent only) saved by a past release, to migrate (progress-migrate.ts). */
export type ReadFailure = 'corrupt' | 'future' | 'foreign' | 'old';

export interface ReadOk {
  progress: Progress;
  /** The version the value was saved with (so the store knows to write the migrated value). */
  from: number;
}

export type ReadResult = { ok: true; value: ReadOk } | { ok: false; reason: ReadFailure; message: string };

/**
 * The checks every reader starts with: an object of ours with a version this release knows.
 * Returns the version, or the failure.
 */
export function versionOf(value: unknown): { ok: true; version: number } | { ok: false; reason: ReadFailure; message: string } {
  if (!isObject(value)) return { ok: false, reason: 'foreign', message: '不是留存学院的学习进度数据' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'foreign', message: '缺少有效的版本号，不是留存学院的学习进度数据' };
  if (version > PROGRESS_VERSION) {
    return { ok: false, reason: 'future', message: `数据来自更新版本的课程（版本 ${version}），当前页面只能读取版本 ${PROGRESS_VERSION} 及以前的数据` };
  }
  return { ok: true, version };
}

/** Parse JSON text; a failure is a corrupt value. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: ReadFailure; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'corrupt', message: '保存的进度不是有效的 JSON' };
  }
}

/**
 * The stored text, if it is a current-version record. A record from a past release is
 * reported as `old` (the store then loads progress-migrate.ts and reads it with `parseStored`).
 * Never throws.
 */
export function parseCurrent(text: string): ReadResult {
  const json = parseJson(text);
  if (!json.ok) return json;
  const v = versionOf(json.value);
  if (!v.ok) return v;
  if (v.version < PROGRESS_VERSION) return { ok: false, reason: 'old', message: `版本 ${v.version} 的进度数据需要先升级` };
  const r = readCurrent(json.value);
  return r.ok ? { ok: true, value: { progress: r.value, from: v.version } } : { ok: false, reason: 'corrupt', message: `进度数据无效：${r.message}` };
}

/** The text the store writes: compact JSON of a record that passed the validator. */
export function serialise(p: Progress): string {
  return JSON.stringify(p);
}
