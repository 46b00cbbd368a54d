/**
 * From the learner's progress to the SCORM data model (CMI) values a package reports: status,
 * score, location, resume data. Pure: progress and the package in, element → value out; the
 * adapter (src/scripts/lms-launch.ts) only sets what changed and commits.
 *
 * The rules are the site's own, from their one home each:
 * - a module is completed as the site says (moduleStatus: its quiz passed, or its 要点回顾 read
 *   when it has no quiz); the course when every module of the package is completed;
 * - success is the quiz of a module package, the final assessment of the course package:
 *   passed at the pass mark (src/lib/quiz/pass-mark.ts, 80 %; kept once reached), failed when
 *   attempted and not passed, unknown before the first attempt;
 * - the score is the best score as a whole percent (percentOf: never rounded up to the pass
 *   mark), min 0, max 100; scaled (2004) is that percent / 100, so an LMS comparing it with the
 *   manifest's 0.8 decides as the site does.
 * SCORM 1.2 has one status: passed or failed once success is known and the package is
 * completed (a module: its quiz decides), else completed or incomplete.
 */
import { moduleOf, type Progress } from '../progress';
import { percentOf } from '../quiz/pass-mark';
import { moduleOfPage, type PackageInfo } from './package-info';
import { SUSPEND_LIMIT, encodeSuspendData, type Dropped } from './suspend-data';

export interface LmsStatus {
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** Whole percent 0–100, or null before the first quiz / assessment attempt. */
  score: number | null;
  /** Share of the package done, 0–1: sections read (a module), modules completed (the course). */
  progress: number;
}

export function statusOf(p: Progress, info: PackageInfo): LmsStatus {
  const done = info.modules.filter((m) => !!moduleOf(p, m.slug)?.completedAt).length;
  if (info.kind === 'module') {
    const def = info.modules[0]!;
    const m = moduleOf(p, def.slug);
    const q = m?.quiz;
    const read = def.sections.filter((s) => m?.sections.includes(s)).length;
    return {
      completed: !!m?.completedAt,
      success: q?.passed ? 'passed' : q && q.attempts > 0 ? 'failed' : 'unknown',
      score: q && q.attempts > 0 ? percentOf(q.best) : null,
      progress: m?.completedAt ? 1 : def.sections.length ? round(read / def.sections.length) : 0,
    };
  }
  const a = p.assessment;
  return {
    completed: done === info.modules.length,
    success: a?.passed ? 'passed' : a && a.attempts > 0 ? 'failed' : 'unknown',
    score: a && a.attempts > 0 ? percentOf(a.best) : null,
    progress: info.modules.length ? round(done / info.modules.length) : 0,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** SCORM 1.2's single cmi.core.lesson_status. */
export function lessonStatus12(s: LmsStatus, kind: PackageInfo['kind']): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (s.success !== 'unknown' && (kind === 'module' || s.completed)) return s.success;
  return s.completed && kind === 'module' ? 'completed' : 'incomplete';
}

/**
 * Where the learner is, for cmi.core.lesson_location / cmi.location: the page (relative to the
 * package root) and, on a module page, the section being read (the site's last position).
 */
export function locationOf(page: string, p: Progress, info: PackageInfo): string {
  const slug = moduleOfPage(info, page);
  const section = slug && p.last?.module === slug ? p.last.section : null;
  return section ? `${page}#${section}` : page;
}

const SECTION = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The page (and section) a relaunch opens: the stored location when it is a page of this package, else the start page. */
export function resumeTarget(location: string, info: PackageInfo): string {
  const [page = '', section, ...rest] = location.split('#');
  if (rest.length || !info.pages.includes(page)) return info.start;
  return section !== undefined && SECTION.test(section) ? `${page}#${section}` : page;
}

/** Seconds as SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) and SCORM 2004's ISO 8601 duration. */
export function timespan12(seconds: number): string {
  const cs = Math.max(0, Math.min(Math.round(seconds * 100), 9999 * 360_000 + 359_999));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

export function duration2004(seconds: number): string {
  const cs = Math.max(0, Math.round(seconds * 100));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number.isInteger(s) ? s : s.toFixed(2)}S`;
}

export interface CmiReport {
  /** Element → value, in the order they are set. */
  values: [string, string][];
  /** What the resume data left out (see suspend-data.ts), or the reason it could not be written. */
  dropped: Dropped | null;
  problem?: string;
}

/**
 * Every value the package reports for this progress, the page shown and the session so far.
 * `exit` is always suspend: the LMS keeps the attempt (and its resume data) for the next launch.
 */
export function cmiValues(p: Progress, info: PackageInfo, page: string, sessionSeconds: number): CmiReport {
  const s = statusOf(p, info);
  const suspend = encodeSuspendData(p, info.modules, SUSPEND_LIMIT[info.scorm]);
  const location = locationOf(page, p, info);
  const values: [string, string][] = [];
  const score = (prefix: string) => {
    if (s.score === null) return;
    values.push([`${prefix}.min`, '0'], [`${prefix}.max`, '100'], [`${prefix}.raw`, String(s.score)]);
  };
  if (info.scorm === '1.2') {
    values.push(['cmi.core.lesson_status', lessonStatus12(s, info.kind)]);
    score('cmi.core.score');
    values.push(['cmi.core.lesson_location', location.slice(0, 255)]);
    if (suspend.ok) values.push(['cmi.suspend_data', suspend.text]);
    values.push(['cmi.core.exit', 'suspend'], ['cmi.core.session_time', timespan12(sessionSeconds)]);
  } else {
    values.push(['cmi.completion_status', s.completed ? 'completed' : 'incomplete'], ['cmi.success_status', s.success], ['cmi.progress_measure', String(s.progress)]);
    score('cmi.score');
    if (s.score !== null) values.push(['cmi.score.scaled', String(s.score / 100)]);
    values.push(['cmi.location', location.slice(0, 1000)]);
    if (suspend.ok) values.push(['cmi.suspend_data', suspend.text]);
    values.push(['cmi.exit', 'suspend'], ['cmi.session_time', duration2004(sessionSeconds)]);
  }
  return suspend.ok ? { values, dropped: suspend.dropped } : { values, dropped: null, problem: suspend.message };
}
