/**
 * The self-study certificate: who may have one, what is missing otherwise, its number and the
 * course hours it states.
 *
 * Eligible when every module of the course is completed and the final assessment is passed,
 * each claim backed by its own records (checkRecords): a completed module with a quiz has a
 * passed quiz record, one without a quiz has its 要点回顾 read; a passed assessment has the
 * passing attempt in its history, at the time and score it claims. The number is derived from
 * those records (the passing attempt and every completion time), so the same record always
 * gives the same number and a number that does not match its record is detected.
 */
import { seedFrom } from './random';
import { moduleOf, setCertificate, type AttemptRecord, type Progress } from './progress';
import { passes } from './quiz/pass-mark';

/** What the certificate checks need to know of the course. */
export interface CourseModule {
  slug: string;
  title: string;
  /** Whether the module has a quiz (then completion needs a passed quiz). */
  hasQuiz: boolean;
  minutes: number;
}

export type MissingModule = { slug: string; title: string; status: 'not-started' | 'in-progress' };

export interface CertificateStatus {
  eligible: boolean;
  /** Modules not yet completed, in course order. */
  missing: MissingModule[];
  /** The assessment: passed, taken but not passed (best score), or not taken. */
  assessment: { state: 'passed' } | { state: 'failed'; best: number } | { state: 'none' };
  /** Claims in the record that its own records do not back (Chinese, one per claim). */
  problems: string[];
}

/** Claims in a record its own records do not back (the import refuses such a file). */
export function checkRecords(p: Progress, course: readonly CourseModule[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(course.map((m) => [m.slug, m]));
  for (const [slug, m] of Object.entries(p.modules)) {
    if (!m.completedAt) continue;
    const c = bySlug.get(slug);
    if (!c) continue;
    if (c.hasQuiz ? !(m.quiz?.passed && m.quiz.attempts > 0) : !m.sections.includes('takeaways')) {
      problems.push(`模块“${c.title}”标记为已完成，但${c.hasQuiz ? '没有通过测验的记录' : '没有读完的记录'}`);
    }
  }
  const a = p.assessment;
  if (a?.passed) {
    const passing = passingAttempt(p);
    if (!passing) problems.push(a.history.some((h) => h.passed) ? '结业测评的通过时间与作答记录不一致' : '结业测评标记为已通过，但没有通过的作答记录');
    else if (!passes(passing.correct, passing.total)) problems.push('结业测评的作答记录没有达到及格线');
    else if (a.passedScore !== undefined && Math.abs(passing.correct / passing.total - a.passedScore) > 1e-9) problems.push('结业测评的通过成绩与作答记录不一致');
  }
  if (p.certificate && p.certificate.number !== certificateNumber(p)) problems.push('证书编号与学习记录不一致');
  return problems;
}

export function certificateStatus(p: Progress, course: readonly CourseModule[]): CertificateStatus {
  const missing: MissingModule[] = course
    .filter((m) => !moduleOf(p, m.slug)?.completedAt)
    .map((m) => ({ slug: m.slug, title: m.title, status: moduleOf(p, m.slug) ? 'in-progress' : 'not-started' }));
  const a = p.assessment;
  const assessment: CertificateStatus['assessment'] = a?.passed ? { state: 'passed' } : a ? { state: 'failed', best: a.best } : { state: 'none' };
  const problems = checkRecords({ ...p, certificate: null }, course);
  return { eligible: missing.length === 0 && assessment.state === 'passed' && problems.length === 0, missing, assessment, problems };
}

/** The attempt a passed assessment rests on: the passing one finished at `passedAt`. */
function passingAttempt(p: Progress): AttemptRecord | undefined {
  const a = p.assessment;
  if (!a?.passed) return undefined;
  return a.history.find((h) => h.passed && (a.passedAt === undefined || h.finishedAt === a.passedAt));
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(n: number, length: number): string {
  let out = '';
  let x = n >>> 0;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[x % 32] + out;
    x = Math.floor(x / 32);
  }
  return out;
}

/**
 * RA-<passing date>-<8 characters>: the date the assessment was passed (UTC, YYYYMMDD) and a
 * hash (src/lib/random.ts seedFrom, twice with different salts) of the passing attempt and the
 * completion time of every module. Empty when the assessment is not passed.
 */
export function certificateNumber(p: Progress): string {
  const a = p.assessment;
  const passing = passingAttempt(p);
  if (!a?.passed || !passing || !a.passedAt) return '';
  const completions = Object.entries(p.modules)
    .filter(([, m]) => m.completedAt)
    .map(([s, m]) => `${s}@${m.completedAt}`)
    .sort()
    .join(',');
  const basis = `${passing.seed}|${passing.finishedAt}|${passing.correct}/${passing.total}|${completions}`;
  const hash = base32(seedFrom(`cert:${basis}`), 4) + base32(seedFrom(`cert2:${basis}`), 4);
  return `RA-${a.passedAt.slice(0, 10).replace(/-/g, '')}-${hash}`;
}

/** The course hours the certificate states: the modules' minutes, in half hours. */
export function courseHours(course: readonly { minutes: number }[]): number {
  const minutes = course.reduce((n, m) => n + m.minutes, 0);
  return Math.round(minutes / 30) / 2;
}

/** Record the certificate's number the first time the record makes the learner eligible. */
export function issueCertificate(p: Progress, course: readonly CourseModule[], now: string): Progress {
  if (!certificateStatus(p, course).eligible) return p;
  const number = certificateNumber(p);
  return p.certificate?.number === number ? p : setCertificate(p, { number, issuedAt: now });
}
