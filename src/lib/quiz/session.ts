/**
 * One attempt at a module quiz or the final assessment, as a pure reducer: the islands render
 * the state and send events; a small store (src/stores/attempt.ts) keeps it, saves it as the
 * learner goes and records the result.
 *
 * Modes
 * - practice (module quiz): answer → 检查答案 → feedback → 下一题; at the end the score, pass or
 *   fail at the pass mark, the review of wrong answers. Hints may be revealed before checking.
 * - exam (assessment): answer → 下一题, no feedback until the end; 提交 asks once when some
 *   questions are unanswered; an optional deadline ends the attempt when time is up (even when
 *   the learner was away: the deadline is a time, not a countdown).
 * - discussion (trainer): no score and nothing saved; 揭晓答案 shows the answer.
 *
 * An answer that cannot be checked (nothing given, an untouched ordering question, a numeric
 * answer the unit reader cannot read) gets a message, never a wrong mark; in an exam it counts
 * as unanswered.
 */
import type { Question } from '../../schemas/quiz';
import { answerFits, answerProblem, grade, type Answer, type Grade } from './grade';
import { score, neededToPass, type Score } from './pass-mark';

export type SessionMode = 'practice' | 'exam' | 'discussion';

/** A question as the session sees it. */
export interface SessionQuestion {
  key: string;
  question: Question;
  /** Hints that may be revealed (0–2). */
  hints: readonly string[];
}

/** What is kept while the learner goes (and saved, except in discussion mode). */
export interface SessionCore {
  mode: SessionMode;
  seed: string;
  keys: string[];
  startedAt: string;
  /** When a timed attempt ends (ISO), or null. */
  deadline: string | null;
  index: number;
  answers: (Answer | null)[];
  /** practice: the question was checked (its grade is shown and it is locked). */
  checked: boolean[];
  /** How many hints were revealed per question. */
  hints: number[];
}

export interface SessionResult {
  score: Score;
  grades: Grade[];
  timedOut: boolean;
  finishedAt: string;
  /** Hints revealed over the attempt. */
  hintsUsed: number;
}

export type FocusTarget = 'prompt' | 'feedback' | 'results' | 'notice';

export interface SessionState extends SessionCore {
  /** discussion: the answer was revealed. */
  revealed: boolean[];
  /** exam: the learner was told about unanswered questions and may now confirm. */
  confirmSubmit: boolean;
  /** A message about the current question or the submission (Chinese), or null. */
  notice: string | null;
  /** The text of the polite live region. */
  announce: string;
  /** Where focus should go after this change; `seq` changes each time it is set. */
  focus: { target: FocusTarget; seq: number } | null;
  result: SessionResult | null;
}

export type SessionEvent =
  | { type: 'answer'; answer: Answer }
  | { type: 'check' }
  | { type: 'hint' }
  | { type: 'reveal' }
  | { type: 'go'; index: number }
  | { type: 'next'; now: string }
  | { type: 'submit'; now: string }
  | { type: 'tick'; now: string };

export interface StartOptions {
  mode: SessionMode;
  seed: string;
  startedAt: string;
  /** Minutes allowed (exam only); the deadline is startedAt + minutes. */
  minutes?: number | undefined;
}

export function startSession(questions: readonly SessionQuestion[], opts: StartOptions): SessionState {
  const n = questions.length;
  const deadline = opts.mode === 'exam' && opts.minutes ? new Date(Date.parse(opts.startedAt) + opts.minutes * 60_000).toISOString() : null;
  return restoreSession(questions, {
    mode: opts.mode,
    seed: opts.seed,
    keys: questions.map((q) => q.key),
    startedAt: opts.startedAt,
    deadline,
    index: 0,
    answers: Array.from({ length: n }, () => null),
    checked: Array.from({ length: n }, () => false),
    hints: Array.from({ length: n }, () => 0),
  });
}

/**
 * Rebuild the state from what was saved. The saved keys must be the questions' keys (the
 * caller rebuilds the questions from them); lengths are normalised defensively.
 */
export function restoreSession(questions: readonly SessionQuestion[], core: SessionCore): SessionState {
  const n = questions.length;
  const fit = <T>(list: readonly T[], fill: T): T[] => Array.from({ length: n }, (_, i) => (i < list.length ? (list[i] as T) : fill));
  return {
    ...core,
    keys: questions.map((q) => q.key),
    index: Math.min(Math.max(0, Math.floor(core.index)), Math.max(0, n - 1)),
    // An answer saved for an earlier version of its question (options renamed) is dropped.
    answers: fit(core.answers, null).map((a, i) => (a !== null && questions[i] && !answerFits(questions[i].question, a) ? null : a)),
    checked: core.mode === 'practice' ? fit(core.checked, false) : Array.from({ length: n }, () => false),
    hints: fit(core.hints, 0).map((h, i) => Math.min(Math.max(0, Math.floor(h)), questions[i]?.hints.length ?? 0)),
    revealed: Array.from({ length: n }, () => false),
    confirmSubmit: false,
    notice: null,
    announce: '',
    focus: null,
    result: null,
  };
}

/** The part of the state that is saved (what restoreSession needs). */
export function sessionCore(s: SessionState): SessionCore {
  const { mode, seed, keys, startedAt, deadline, index, answers, checked, hints } = s;
  return { mode, seed, keys, startedAt, deadline, index, answers, checked, hints };
}

function focus(s: SessionState, target: FocusTarget): SessionState['focus'] {
  return { target, seq: (s.focus?.seq ?? 0) + 1 };
}

function replaceAt<T>(list: readonly T[], i: number, value: T): T[] {
  return list.map((x, j) => (j === i ? value : x));
}

/** Questions that cannot be checked as answered (1-based numbers, for messages). */
export function unansweredNumbers(questions: readonly SessionQuestion[], answers: readonly (Answer | null)[]): number[] {
  return questions.flatMap((q, i) => (answerProblem(q.question, answers[i] ?? undefined) === undefined ? [] : [i + 1]));
}

function listNumbers(ns: readonly number[]): string {
  const shown = ns.slice(0, 8).map((n) => `第 ${n} 题`);
  return ns.length > 8 ? `${shown.join('、')} 等` : shown.join('、');
}

function finish(s: SessionState, questions: readonly SessionQuestion[], now: string, timedOut: boolean): SessionState {
  const grades = questions.map((q, i) => grade(q.question, s.answers[i] ?? undefined));
  const sc = score(grades.filter((g) => g.correct).length, questions.length);
  const verdict = sc.passed ? '已通过' : `未通过（需要答对 ${neededToPass(sc.total)} 题）`;
  return {
    ...s,
    confirmSubmit: false,
    notice: null,
    announce: `${timedOut ? '时间到，已自动交卷。' : ''}测验结束：答对 ${sc.correct} / ${sc.total} 题，${verdict}`,
    focus: focus(s, 'results'),
    result: { score: sc, grades, timedOut, finishedAt: now, hintsUsed: s.hints.reduce((a, b) => a + b, 0) },
  };
}

/** Whether the attempt's time is up at `now`. */
export function timeIsUp(s: SessionCore, now: string): boolean {
  return s.deadline !== null && Date.parse(now) >= Date.parse(s.deadline);
}

/** Milliseconds left before the deadline (null without one), never negative. */
export function timeLeft(s: SessionCore, now: number): number | null {
  return s.deadline === null ? null : Math.max(0, Date.parse(s.deadline) - now);
}

export function reduceSession(s: SessionState, e: SessionEvent, questions: readonly SessionQuestion[]): SessionState {
  if (s.result) return s;
  const i = s.index;
  const q = questions[i];
  if (!q) return s;
  const locked = s.mode === 'practice' && s.checked[i] === true;
  switch (e.type) {
    case 'answer':
      if (locked) return s;
      return { ...s, answers: replaceAt(s.answers, i, e.answer), notice: null, confirmSubmit: false };
    case 'check': {
      if (s.mode !== 'practice' || locked) return s;
      const problem = answerProblem(q.question, s.answers[i] ?? undefined);
      if (problem !== undefined) return { ...s, notice: problem, focus: focus(s, 'notice') };
      const g = grade(q.question, s.answers[i] ?? undefined);
      return { ...s, checked: replaceAt(s.checked, i, true), notice: null, announce: g.correct ? '回答正确' : `回答错误${g.note ? `，${g.note}` : ''}`, focus: focus(s, 'feedback') };
    }
    case 'hint': {
      if (s.mode !== 'practice' || locked) return s;
      const shown = s.hints[i] ?? 0;
      if (shown >= q.hints.length) return s;
      return { ...s, hints: replaceAt(s.hints, i, shown + 1), announce: `提示 ${shown + 1}：${q.hints[shown]}` };
    }
    case 'reveal':
      if (s.mode !== 'discussion') return s;
      return { ...s, revealed: replaceAt(s.revealed, i, true), announce: '已揭晓答案', focus: focus(s, 'feedback') };
    case 'go': {
      const to = Math.floor(e.index);
      if (to < 0 || to >= questions.length || to === i) return s;
      // Practice moves forward only through checked questions.
      if (s.mode === 'practice' && to > i && !s.checked[i]) return s;
      return { ...s, index: to, notice: null, confirmSubmit: false, focus: focus(s, 'prompt') };
    }
    case 'next': {
      if (s.mode === 'practice' && !locked) return s;
      if (i < questions.length - 1) return { ...s, index: i + 1, notice: null, confirmSubmit: false, focus: focus(s, 'prompt') };
      return s.mode === 'practice' ? finish(s, questions, e.now, false) : s;
    }
    case 'submit': {
      if (s.mode !== 'exam') return s;
      if (timeIsUp(s, e.now)) return finish(s, questions, e.now, true);
      const missing = unansweredNumbers(questions, s.answers);
      if (missing.length > 0 && !s.confirmSubmit) {
        return {
          ...s,
          confirmSubmit: true,
          notice: `还有 ${missing.length} 题未作答或答案无法识别（${listNumbers(missing)}），这些题按答错计分。再次点击“确认提交”即可交卷。`,
          focus: focus(s, 'notice'),
        };
      }
      return finish(s, questions, e.now, false);
    }
    case 'tick':
      if (s.mode !== 'exam' || !timeIsUp(s, e.now)) return s;
      return finish(s, questions, e.now, true);
  }
}
