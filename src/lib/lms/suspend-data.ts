/**
 * The learner's progress as SCORM resume data (`cmi.suspend_data`): a compact, versioned text
 * that fits SCORM 1.2's 4,096 characters for the whole course, and its reader.
 *
 * Format `RA1` (printable ASCII only, no quotes, `<`, `>` or `&`, so no LMS escapes it):
 *
 *   RA1|<updated>|<modules>|<last>|<assessment>|<certificate>|<history>|<name>|<review>
 *
 * - numbers are base 36; a time is its milliseconds since 1970 in base 36, followed by `!n`
 *   when the original ISO text had n ≠ 3 fraction digits (so the text, which the certificate
 *   number hashes, comes back exactly);
 * - a score is `n/d` in base 36 when it is a fraction with a denominator up to 100 (every
 *   quiz score is), else the number's shortest decimal text: exact either way;
 * - modules (`;` between them): `slug,visited,completed,sections,hash,quiz`; `sections` is a
 *   bit set over the package's section list of that module and `hash` 2 characters of that
 *   list, so a package built from changed content never reads another list's bits (it keeps
 *   completion and the quiz, and forgets which sections were read); quiz `best:attempts:hints:passed`;
 * - last position `module,section,at`; assessment `best,attempts,passed,passedAt,passedScore`;
 *   certificate `number,issuedAt`; each attempt of the history
 *   `seed,startedAt,finishedAt,correct,total,flags` (`;` between them); the name as
 *   encodeURIComponent text; review cards `key,due,stability,difficulty,scheduledDays,
 *   learningSteps,reps,lapses,state,lastReview` (`;` between them).
 *
 * What is kept: everything completion, score, certificate and resume need, always — every
 * module of the package with its sections read, quiz record and completion time, the last
 * position, the assessment's summary and the attempt its pass rests on, the certificate. Then,
 * as long as the limit allows, in this order: the name for the certificate, the other
 * assessment attempts (newest first), the review cards (most recently reviewed first). Never
 * kept: attempts in progress (an unfinished quiz restarts), records of modules the package does
 * not carry, and section ids its modules do not have. What was left out is returned with the
 * text (`dropped`).
 */
import { LIMITS } from '../progress-limits';
import { dict, entry, type AssessmentRecord, type AttemptRecord, type ModuleProgress, type Progress, type ReviewCard } from '../progress';
import { isIso, readCurrent } from '../progress-schema';
import { seedFrom } from '../random';
import type { PackageModule } from './package-info';

export const SUSPEND_VERSION = 'RA1';
/** SCORM 1.2's cmi.suspend_data (CMIString4096) and SCORM 2004's (characterstring, SPM 64,000). */
export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64_000 } as const;

export interface Dropped {
  /** Assessment attempts left out of the history. */
  history: number;
  /** The certificate name was left out. */
  name: boolean;
  /** Review cards left out. */
  review: number;
  /** Attempts in progress (never kept). */
  attempts: number;
  /** Module records the package does not carry. */
  modules: number;
}

export type Encoded = { ok: true; text: string; dropped: Dropped } | { ok: false; message: string };
export type Decoded = { ok: true; progress: Progress } | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------
// Scalars

const b36 = (n: number) => n.toString(36);

function unb36(s: string): number | undefined {
  if (!/^[0-9a-z]{1,11}$/.test(s)) return undefined;
  const n = parseInt(s, 36);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function encodeTime(iso: string): string {
  const ms = Date.parse(iso);
  const digits = /\.(\d{1,3})Z$/.exec(iso)?.[1]?.length ?? 0;
  return b36(ms) + (digits === 3 ? '' : `!${digits}`);
}

export function decodeTime(s: string): string | undefined {
  const m = /^([0-9a-z]{1,11})(?:!([0-2]))?$/.exec(s);
  if (!m) return undefined;
  const ms = unb36(m[1]!);
  if (ms === undefined) return undefined;
  const full = new Date(ms);
  if (!Number.isFinite(full.getTime())) return undefined;
  const canonical = full.toISOString();
  const digits = m[2] === undefined ? 3 : Number(m[2]);
  const text = digits === 3 ? canonical : canonical.slice(0, 19) + (digits ? canonical.slice(19, 20 + digits) : '') + 'Z';
  // Dropped fraction digits must have been zeros, or the text is not the one encoded.
  return isIso(text) && Date.parse(text) === ms ? text : undefined;
}

export function encodeFraction(x: number): string {
  for (let d = 1; d <= 100; d++) {
    const n = Math.round(x * d);
    if (n / d === x) return `${b36(n)}/${b36(d)}`;
  }
  return String(x);
}

export function decodeFraction(s: string): number | undefined {
  const m = /^([0-9a-z]{1,3})\/([0-9a-z]{1,2})$/.exec(s);
  const x = m ? unb36(m[1]!)! / unb36(m[2]!)! : /^(?:0|1|0?\.\d+(?:e-\d+)?|\d(?:\.\d+)?e-\d+)$/.test(s) ? Number(s) : NaN;
  return Number.isFinite(x) && x >= 0 && x <= 1 ? x : undefined;
}

/** Two base-36 characters of a module's section list: which list a bit set refers to. */
export function sectionsHash(sections: readonly string[]): string {
  return b36(seedFrom(`sections:${sections.join(',')}`) % 1296).padStart(2, '0');
}

function sectionBits(read: readonly string[], sections: readonly string[]): string {
  let bits = 0n;
  sections.forEach((s, i) => {
    if (read.includes(s)) bits |= 1n << BigInt(i);
  });
  return bits.toString(36);
}

function sectionsFromBits(text: string, sections: readonly string[]): string[] | undefined {
  if (!/^[0-9a-z]{1,40}$/.test(text)) return undefined;
  let bits = 0n;
  for (const c of text) bits = bits * 36n + BigInt(parseInt(c, 36));
  if (bits >> BigInt(sections.length) !== 0n) return undefined;
  return sections.filter((_, i) => (bits >> BigInt(i)) & 1n);
}

// ---------------------------------------------------------------------------------------------
// Records

function encodeModule(slug: string, m: ModuleProgress, sections: readonly string[]): string {
  const q = m.quiz ? [encodeFraction(m.quiz.best), b36(m.quiz.attempts), b36(m.quiz.hints), m.quiz.passed ? '1' : '0'].join(':') : '';
  return [slug, encodeTime(m.visitedAt), m.completedAt ? encodeTime(m.completedAt) : '', sectionBits(m.sections, sections), sectionsHash(sections), q].join(',');
}

function encodeAttempt(h: AttemptRecord): string {
  return [h.seed, encodeTime(h.startedAt), encodeTime(h.finishedAt), b36(h.correct), b36(h.total), String((h.passed ? 1 : 0) + (h.timed ? 2 : 0))].join(',');
}

function encodeCard(key: string, c: ReviewCard): string {
  return [key, encodeTime(c.due), String(c.stability), String(c.difficulty), b36(c.scheduledDays), b36(c.learningSteps), b36(c.reps), b36(c.lapses), String(c.state), c.lastReview ? encodeTime(c.lastReview) : ''].join(',');
}

/** The attempt a passed assessment rests on (as certificate.ts finds it). */
function passingIndex(a: AssessmentRecord): number {
  if (!a.passed) return -1;
  return a.history.findIndex((h) => h.passed && (a.passedAt === undefined || h.finishedAt === a.passedAt));
}

/**
 * Encode `p` for a package carrying `modules`, in at most `limit` characters. Fails only when
 * even what must be kept does not fit (which the course's worst case never reaches: see
 * test/lib/lms/suspend-data.test.ts).
 */
export function encodeSuspendData(p: Progress, modules: readonly PackageModule[], limit: number): Encoded {
  const carried = modules.filter((m) => entry(p.modules, m.slug) !== undefined);
  const moduleText = carried.map((m) => encodeModule(m.slug, entry(p.modules, m.slug)!, m.sections)).join(';');
  const last = p.last ? [p.last.module, p.last.section ?? '', encodeTime(p.last.at)].join(',') : '';
  const a = p.assessment;
  const assessment = a ? [encodeFraction(a.best), b36(a.attempts), a.passed ? '1' : '0', a.passedAt ? encodeTime(a.passedAt) : '', a.passedScore !== undefined ? encodeFraction(a.passedScore) : ''].join(',') : '';
  const certificate = p.certificate ? [p.certificate.number, encodeTime(p.certificate.issuedAt)].join(',') : '';
  const history = a?.history ?? [];
  const pass = a ? passingIndex(a) : -1;
  const parts = (keep: ReadonlySet<number>, name: string, cards: string[]) =>
    [SUSPEND_VERSION, p.updatedAt ? encodeTime(p.updatedAt) : '', moduleText, last, assessment, certificate, history.filter((_, i) => keep.has(i)).map(encodeAttempt).join(';'), name, cards.join(';')].join('|');

  const keep = new Set<number>(pass >= 0 ? [pass] : []);
  let text = parts(keep, '', []);
  if (text.length > limit) return { ok: false, message: `进度记录中必须保留的部分（${text.length} 个字符）超过学习平台的上限 ${limit}` };
  let length = text.length;
  const nameText = encodeURIComponent(p.name);
  const name = length + nameText.length <= limit ? nameText : '';
  length += name.length;
  // The other attempts, newest first, while they fit (each adds its text and one separator).
  for (let i = history.length - 1; i >= 0; i--) {
    if (keep.has(i)) continue;
    const add = encodeAttempt(history[i]!).length + (keep.size > 0 ? 1 : 0);
    if (length + add > limit) break;
    keep.add(i);
    length += add;
  }
  const byRecent = Object.entries(p.review).sort(([, x], [, y]) => Date.parse(y.lastReview ?? '1970-01-01T00:00:00Z') - Date.parse(x.lastReview ?? '1970-01-01T00:00:00Z'));
  const cards: string[] = [];
  for (const [key, card] of byRecent) {
    const c = encodeCard(key, card);
    const add = c.length + (cards.length > 0 ? 1 : 0);
    if (length + add > limit) break;
    cards.push(c);
    length += add;
  }
  text = parts(keep, name, cards);
  return {
    ok: true,
    text,
    dropped: {
      history: history.length - keep.size,
      name: name === '' && p.name !== '',
      review: byRecent.length - cards.length,
      attempts: Object.keys(p.attempts).length,
      modules: Object.keys(p.modules).length - carried.length,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

const fail = (message: string): Decoded => ({ ok: false, message });
const list = (s: string, sep: string) => (s === '' ? [] : s.split(sep));

function int(s: string | undefined, max: number): number | undefined {
  const n = s === undefined ? undefined : unb36(s);
  return n !== undefined && n <= max ? n : undefined;
}

/**
 * Read resume data written by `encodeSuspendData` for a package carrying `modules`. The result
 * is checked by the store's own validator (progress-schema.ts), so it is a record the store can
 * hold; anything else is refused with the reason in Chinese.
 */
export function decodeSuspendData(text: string, modules: readonly PackageModule[]): Decoded {
  const parts = text.split('|');
  if (parts[0] !== SUSPEND_VERSION) return fail(/^RA\d+$/.test(parts[0] ?? '') ? '学习平台中的进度来自更新版本的课程' : '学习平台中的进度不是本课程的格式');
  if (parts.length !== 9) return fail('学习平台中的进度不完整');
  const [, updatedText, moduleText, lastText, assessmentText, certText, historyText, nameText, reviewText] = parts as [string, string, string, string, string, string, string, string, string];

  const p: Progress = { version: 3, updatedAt: null, modules: dict(), last: null, assessment: null, name: '', review: dict(), attempts: dict(), certificate: null };
  if (updatedText) {
    const t = decodeTime(updatedText);
    if (!t) return fail('进度的更新时间无效');
    p.updatedAt = t;
  }
  for (const rec of list(moduleText, ';')) {
    const [slug, visited, completed, bits, hash, quiz, ...rest] = rec.split(',');
    const m = modules.find((x) => x.slug === slug);
    const visitedAt = decodeTime(visited ?? '');
    if (!m || !visitedAt || rest.length > 0 || quiz === undefined || entry(p.modules, m.slug)) return fail(`模块记录“${(slug ?? '').slice(0, 40)}”无效`);
    // Another section list (content changed since it was saved): which sections were read is
    // forgotten, completion and the quiz are kept.
    const sections = hash === sectionsHash(m.sections) ? sectionsFromBits(bits ?? '', m.sections) : [];
    if (!sections) return fail(`模块“${m.slug}”的已读小节无效`);
    const out: ModuleProgress = { visitedAt, sections };
    if (completed) {
      const c = decodeTime(completed);
      if (!c) return fail(`模块“${m.slug}”的完成时间无效`);
      out.completedAt = c;
    }
    if (quiz) {
      const [best, attempts, hints, passed, ...more] = quiz.split(':');
      const q = { best: decodeFraction(best ?? ''), attempts: int(attempts, LIMITS.count), hints: int(hints, LIMITS.count), passed: passed === '1' ? true : passed === '0' ? false : undefined };
      if (more.length || q.best === undefined || q.attempts === undefined || q.hints === undefined || q.passed === undefined) return fail(`模块“${m.slug}”的测验记录无效`);
      out.quiz = { best: q.best, attempts: q.attempts, hints: q.hints, passed: q.passed };
    }
    p.modules[m.slug] = out;
  }
  if (lastText) {
    const [module, section, at, ...rest] = lastText.split(',');
    const t = decodeTime(at ?? '');
    if (!module || section === undefined || !t || rest.length) return fail('最后位置无效');
    p.last = { module, section: section || null, at: t };
  }
  const history: AttemptRecord[] = [];
  for (const rec of list(historyText, ';')) {
    const [seed, started, finished, correct, total, flags, ...rest] = rec.split(',');
    const h = { startedAt: decodeTime(started ?? ''), finishedAt: decodeTime(finished ?? ''), correct: int(correct, LIMITS.questions), total: int(total, LIMITS.questions), flags: /^[0-3]$/.test(flags ?? '') ? Number(flags) : undefined };
    if (rest.length || !seed || !h.startedAt || !h.finishedAt || h.correct === undefined || h.total === undefined || h.flags === undefined) return fail('结业测评的作答记录无效');
    history.push({ seed, startedAt: h.startedAt, finishedAt: h.finishedAt, correct: h.correct, total: h.total, passed: (h.flags & 1) === 1, timed: (h.flags & 2) === 2 });
  }
  if (assessmentText) {
    const [best, attempts, passed, passedAt, passedScore, ...rest] = assessmentText.split(',');
    const a = { best: decodeFraction(best ?? ''), attempts: int(attempts, LIMITS.count), passed: passed === '1' ? true : passed === '0' ? false : undefined };
    if (rest.length || a.best === undefined || a.attempts === undefined || a.passed === undefined) return fail('结业测评记录无效');
    const rec: AssessmentRecord = { best: a.best, attempts: a.attempts, passed: a.passed, history };
    if (passedAt) {
      const t = decodeTime(passedAt);
      if (!t) return fail('结业测评的通过时间无效');
      rec.passedAt = t;
    }
    if (passedScore) {
      const s = decodeFraction(passedScore);
      if (s === undefined) return fail('结业测评的通过成绩无效');
      rec.passedScore = s;
    }
    p.assessment = rec;
  } else if (history.length) return fail('结业测评记录无效');
  if (certText) {
    const [number, issued, ...rest] = certText.split(',');
    const t = decodeTime(issued ?? '');
    if (!number || !t || rest.length) return fail('证书记录无效');
    p.certificate = { number, issuedAt: t };
  }
  try {
    p.name = decodeURIComponent(nameText);
  } catch {
    return fail('姓名无效');
  }
  for (const rec of list(reviewText, ';')) {
    const [key, due, stability, difficulty, scheduled, steps, reps, lapses, state, lastReview, ...rest] = rec.split(',');
    const c = {
      due: decodeTime(due ?? ''),
      stability: Number(stability),
      difficulty: Number(difficulty),
      scheduledDays: int(scheduled, LIMITS.reviewDays),
      learningSteps: int(steps, 100),
      reps: int(reps, LIMITS.count),
      lapses: int(lapses, LIMITS.count),
      state: /^[0-3]$/.test(state ?? '') ? (Number(state) as ReviewCard['state']) : undefined,
      lastReview: lastReview ? decodeTime(lastReview) : null,
    };
    if (rest.length || !key || !c.due || !stability || !difficulty || c.scheduledDays === undefined || c.learningSteps === undefined || c.reps === undefined || c.lapses === undefined || c.state === undefined || c.lastReview === undefined || entry(p.review, key)) {
      return fail('复习卡片记录无效');
    }
    p.review[key] = { due: c.due, stability: c.stability, difficulty: c.difficulty, scheduledDays: c.scheduledDays, learningSteps: c.learningSteps, reps: c.reps, lapses: c.lapses, state: c.state, lastReview: c.lastReview };
  }
  // The store's one validator decides what a valid record is (limits, ids, formats).
  const checked = readCurrent(p);
  return checked.ok ? { ok: true, progress: checked.value } : fail(`学习平台中的进度无效：${checked.message}`);
}
