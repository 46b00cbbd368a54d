/**
 * Values saved by past releases, and how they become the current version: v1 → v2 → v3. Each
 * migration takes a valid vN and returns a valid vN+1; `readProgress` runs them in turn, so a
 * value saved by any past release loads, and a value from a newer release is refused.
 *
 * Kept apart from progress-schema.ts so that the pages that save progress (every module page)
 * do not ship it: the store loads this file only when it finds a past version; imports and the
 * LMS adapter use it directly.
 */
import { LIMITS } from './progress-limits';
import { dict, type AssessmentRecord, type Dict, type ModuleProgress, type Position, type Progress } from './progress-record';
import { PASS_PERCENT } from './quiz/pass-mark';
import {
  SLUG,
  bad,
  bool,
  count,
  dictOf,
  fraction,
  good,
  isSlug,
  iso,
  list,
  nullable,
  num,
  object,
  parseJson,
  position,
  readCurrent,
  slug,
  str,
  versionOf,
  type Read,
  type ReadResult,
} from './progress-schema';

export interface ProgressV1 {
  version: 1;
  visited: string[];
  completed: string[];
  /** Best quiz score per module, in percent 0 … 100. */
  scores: Record<string, number>;
  /** "slug#section" or "slug". */
  last: string | null;
}

interface ModuleV2 {
  visitedAt: string;
  sections: string[];
  quiz?: { best: number; attempts: number; passed: boolean };
  completedAt?: string;
}

export interface ProgressV2 {
  version: 2;
  modules: Dict<ModuleV2>;
  last: Position | null;
  assessment: { best: number; attempts: number; passed: boolean; passedAt?: string; passedScore?: number } | null;
  name: string;
}

/** v1's own limits (what that release accepted). */
const v1Reader: Read<ProgressV1> = object({
  version: (v, p) => (v === 1 ? good(1 as const) : bad(`${p} 应为 1`)),
  visited: list(slug, 500),
  completed: list(slug, 500),
  scores: dictOf(SLUG, LIMITS.slug, num(0, 100), 500),
  last: (v, p) => (v === null || (typeof v === 'string' && v.length <= 200) ? good(v as string | null) : bad(`${p} 应是文本`)),
}) as Read<ProgressV1>;

/** v2's own limits (what that release accepted: 500 modules, 200 sections, 1e6 attempts). */
const v2Reader: Read<ProgressV2> = object({
  version: (v, p) => (v === 2 ? good(2 as const) : bad(`${p} 应为 2`)),
  modules: dictOf(
    SLUG,
    80,
    object({ visitedAt: iso, sections: list(slug, 200) }, { quiz: object({ best: fraction, attempts: count, passed: bool }), completedAt: iso }),
    500,
  ),
  last: nullable(position),
  assessment: nullable(object({ best: fraction, attempts: count, passed: bool }, { passedAt: iso, passedScore: fraction })),
  name: str(60),
}) as Read<ProgressV2>;

/** v1 → v2. Times unknown to v1 become `now`; a v1 score at the pass mark or above counts as passed. */
export function migrateV1(v1: ProgressV1, now: string): ProgressV2 {
  const modules = dict<ModuleV2>();
  const touch = (s: string): ModuleV2 => {
    if (!Object.hasOwn(modules, s)) modules[s] = { visitedAt: now, sections: [] };
    return modules[s] as ModuleV2;
  };
  for (const s of v1.visited) touch(s);
  for (const [s, percent] of Object.entries(v1.scores)) {
    touch(s).quiz = { best: Math.min(1, Math.max(0, percent / 100)), attempts: 1, passed: percent >= PASS_PERCENT };
  }
  for (const s of v1.completed) touch(s).completedAt = now;
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

/** The latest time a v2 record mentions (its updatedAt in v3), or null when it has none. */
function latestTime(v2: ProgressV2): string | null {
  const times: string[] = [];
  for (const m of Object.values(v2.modules)) {
    times.push(m.visitedAt);
    if (m.completedAt) times.push(m.completedAt);
  }
  if (v2.last) times.push(v2.last.at);
  if (v2.assessment?.passedAt) times.push(v2.assessment.passedAt);
  return times.length ? times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null;
}

/**
 * v2 → v3. Quiz records get `hints: 0`; a passed assessment gets one history entry for the
 * passing attempt v2 kept (seed `v2`, at its time and score, 20 questions); the review queue,
 * attempts in progress and the certificate start empty; `updatedAt` is the latest time in the
 * record. v2 allowed more modules and sections than v3's limits: the first ones are kept.
 */
export function migrateV2(v2: ProgressV2): Progress {
  const modules = dict<ModuleProgress>();
  for (const [s, m] of Object.entries(v2.modules).slice(0, LIMITS.modules)) {
    if (s.length > LIMITS.slug) continue;
    const next: ModuleProgress = { visitedAt: m.visitedAt, sections: m.sections.filter((x) => x.length <= LIMITS.slug).slice(0, LIMITS.sections) };
    if (m.quiz) next.quiz = { ...m.quiz, hints: 0 };
    if (m.completedAt) next.completedAt = m.completedAt;
    modules[s] = next;
  }
  let assessment: AssessmentRecord | null = null;
  if (v2.assessment) {
    const a = v2.assessment;
    assessment = { best: a.best, attempts: a.attempts, passed: a.passed, history: [] };
    if (a.passedAt !== undefined) assessment.passedAt = a.passedAt;
    if (a.passedScore !== undefined) assessment.passedScore = a.passedScore;
    if (a.passed && a.passedAt !== undefined && a.passedScore !== undefined) {
      const total = 20;
      assessment.history.push({ seed: 'v2', startedAt: a.passedAt, finishedAt: a.passedAt, correct: Math.round(a.passedScore * total), total, passed: true, timed: false });
    }
  }
  return {
    version: 3,
    updatedAt: latestTime(v2),
    modules,
    last: v2.last,
    assessment,
    name: Array.from(v2.name).slice(0, LIMITS.name).join(''),
    review: dict(),
    attempts: dict(),
    certificate: null,
  };
}

/**
 * Read a stored or imported value (already parsed from JSON): validate its version, migrate it
 * to the current one and validate the result. Never throws.
 */
export function readProgress(value: unknown, now: string): ReadResult {
  const v = versionOf(value);
  if (!v.ok) return v;
  const version = v.version;
  try {
    let current: unknown = value;
    if (version === 1) {
      const r = v1Reader(value, '进度');
      if (!r.ok) return { ok: false, reason: 'corrupt', message: `版本 1 的进度数据无效：${r.message}` };
      current = migrateV1(r.value, now);
    }
    if (version <= 2) {
      const r = v2Reader(current, '进度');
      if (!r.ok) return { ok: false, reason: 'corrupt', message: `版本 2 的进度数据无效：${r.message}` };
      current = migrateV2(r.value);
    }
    const r = readCurrent(current);
    if (!r.ok) return { ok: false, reason: 'corrupt', message: `进度数据无效：${r.message}` };
    return { ok: true, value: { progress: r.value, from: version } };
  } catch {
    // Unreachable by construction; a value that makes a reader throw is still only unreadable.
    return { ok: false, reason: 'corrupt', message: '进度数据无法读取' };
  }
}

/** Parse the text kept in localStorage, any version. Never throws. */
export function parseStored(text: string, now: string): ReadResult {
  const json = parseJson(text);
  return json.ok ? readProgress(json.value, now) : json;
}
