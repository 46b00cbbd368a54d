import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/progress-limits';
import {
  completedCount,
  dict,
  dropAttempt,
  dropCards,
  emptyProgress,
  entry,
  isEmpty,
  minutesLeft,
  moduleOf,
  moduleStatus,
  placeAt,
  putCard,
  readSection,
  recordAssessment,
  recordQuiz,
  saveAttempt,
  setName,
  summarise,
  visitModule,
  type AttemptRecord,
  type Progress,
  type SavedAttempt,
} from '../../src/lib/progress';
import { progressProblem } from '../../src/lib/progress-schema';
import { newCard } from '../../src/lib/review';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-23T09:30:00.000Z';
const attempt = (correct: number, total = 20, at = T1, seed = 'aa11'): AttemptRecord => ({ seed, startedAt: at, finishedAt: at, correct, total, passed: false, timed: false });
const saved = (n: number, startedAt = T0): SavedAttempt => ({
  mode: 'practice',
  seed: 'abc',
  keys: Array.from({ length: n }, (_, i) => `retention-basics/q${i}`),
  startedAt,
  deadline: null,
  index: 0,
  answers: Array.from({ length: n }, () => null),
  checked: Array.from({ length: n }, () => false),
  hints: Array.from({ length: n }, () => 0),
});

describe('reducers', () => {
  it('visit: records the first visit and moves the last position to the module top', () => {
    const p = visitModule(emptyProgress(), 'retention-basics', T0);
    expect(moduleOf(p, 'retention-basics')).toEqual({ visitedAt: T0, sections: [] });
    expect(p.last).toEqual({ module: 'retention-basics', section: null, at: T0 });
    // Nothing changes when visiting again from inside the module.
    expect(visitModule(p, 'retention-basics', T1)).toBe(p);
  });
  it('readSection: records a section once, and completes a module without a quiz at its end', () => {
    let p = readSection(emptyProgress(), 'a1', 'formula', T0);
    expect(moduleOf(p, 'a1')!.sections).toEqual(['formula']);
    expect(readSection(p, 'a1', 'formula', T1)).toBe(p);
    p = readSection(p, 'a1', 'takeaways', T1, { completes: true });
    expect(moduleOf(p, 'a1')).toMatchObject({ sections: ['formula', 'takeaways'], completedAt: T1 });
    // Reading does not move the last position (placeAt does).
    expect(p.last).toBeNull();
    p = placeAt(p, 'a1', 'formula', T1);
    expect(p.last).toEqual({ module: 'a1', section: 'formula', at: T1 });
    expect(placeAt(p, 'a1', 'formula', T0)).toBe(p);
  });
  it('recordQuiz: best score, attempts, hints; passing (integers, 80 %) completes the module', () => {
    let p = recordQuiz(emptyProgress(), 'a1', 5, 9, 1, T0);
    expect(moduleOf(p, 'a1')!.quiz).toEqual({ best: 5 / 9, attempts: 1, passed: false, hints: 1 });
    expect(moduleOf(p, 'a1')!.completedAt).toBeUndefined();
    p = recordQuiz(p, 'a1', 8, 10, 2, T1);
    expect(moduleOf(p, 'a1')).toMatchObject({ quiz: { best: 0.8, attempts: 2, passed: true, hints: 3 }, completedAt: T1 });
    p = recordQuiz(p, 'a1', 1, 10, 0, T1);
    expect(moduleOf(p, 'a1')!.quiz).toMatchObject({ best: 0.8, attempts: 3, passed: true });
    expect(recordQuiz(p, 'a1', 0, 0, 0, T1)).toBe(p);
  });
  it('recordAssessment: keeps the history and the first pass', () => {
    let p = recordAssessment(emptyProgress(), attempt(13, 20, T0));
    expect(p.assessment).toMatchObject({ best: 0.65, attempts: 1, passed: false });
    expect(p.assessment!.history).toHaveLength(1);
    p = recordAssessment(p, attempt(16, 20, T1, 'bb22'));
    expect(p.assessment).toMatchObject({ best: 0.8, attempts: 2, passed: true, passedAt: T1, passedScore: 0.8 });
    expect(p.assessment!.history[1]).toMatchObject({ seed: 'bb22', passed: true });
    p = recordAssessment(p, attempt(20, 20, '2026-12-01T00:00:00.000Z', 'cc33'));
    expect(p.assessment).toMatchObject({ best: 1, passedAt: T1, passedScore: 0.8 });
  });
  it('setName: trims and limits the name', () => {
    expect(setName(emptyProgress(), '  王五 ').name).toBe('王五');
    expect(Array.from(setName(emptyProgress(), '名'.repeat(100)).name)).toHaveLength(LIMITS.name);
  });
});

describe('the shared limits: reducers saturate instead of writing what the reader refuses (F5)', () => {
  it('an attempt counter stops at the limit', () => {
    const p: Progress = { ...emptyProgress(), modules: dict([['a1', { visitedAt: T0, sections: [], quiz: { best: 0.5, attempts: LIMITS.count, passed: false, hints: LIMITS.count } }]]) };
    const next = recordQuiz(p, 'a1', 10, 10, 5, T1);
    expect(moduleOf(next, 'a1')!.quiz).toMatchObject({ attempts: LIMITS.count, hints: LIMITS.count, passed: true });
    expect(progressProblem(next)).toBeUndefined();
  });
  it('a module beyond the limit is not added; a section beyond the limit is not added', () => {
    const full: Progress = { ...emptyProgress(), modules: dict(Array.from({ length: LIMITS.modules }, (_, i) => [`m${i}`, { visitedAt: T0, sections: [] }] as const)) };
    const visited = visitModule(full, 'another', T1);
    expect(Object.keys(visited.modules)).toHaveLength(LIMITS.modules);
    expect(visited.last?.module).toBe('another');
    expect(readSection(full, 'another', 'x', T1)).toBe(full);
    expect(progressProblem(visited)).toBeUndefined();
    const sections = Array.from({ length: LIMITS.sections }, (_, i) => `s${i}`);
    const long: Progress = { ...emptyProgress(), modules: dict([['a1', { visitedAt: T0, sections }]]) };
    expect(readSection(long, 'a1', 'one-more', T1)).toBe(long);
    expect(moduleOf(readSection(long, 'a1', 'one-more', T1, { completes: true }), 'a1')!.completedAt).toBeUndefined();
  });
  it('the assessment history keeps the first pass and the latest attempts', () => {
    let p = recordAssessment(emptyProgress(), attempt(20, 20, T0, 'first'));
    for (let i = 0; i < LIMITS.history + 10; i++) p = recordAssessment(p, attempt(3, 20, T1, `x${i}`));
    expect(p.assessment!.history).toHaveLength(LIMITS.history);
    expect(p.assessment!.history[0]!.seed).toBe('first');
    expect(p.assessment!.history.at(-1)!.seed).toBe(`x${LIMITS.history + 9}`);
    expect(progressProblem(p)).toBeUndefined();
  });
  it('saved attempts: trimmed to the limits, the oldest other one goes when full', () => {
    let p = emptyProgress();
    for (let i = 0; i < LIMITS.attempts; i++) p = saveAttempt(p, `quiz:m${i}`, saved(3, new Date(Date.parse(T0) + i * 1000).toISOString()));
    p = saveAttempt(p, 'assessment', { ...saved(LIMITS.questions + 5, T1), answers: Array.from({ length: LIMITS.questions + 5 }, () => ({ type: 'number' as const, raw: '9'.repeat(200) })), index: 99 });
    expect(Object.keys(p.attempts)).toHaveLength(LIMITS.attempts);
    expect(entry(p.attempts, 'quiz:m0')).toBeUndefined();
    const a = entry(p.attempts, 'assessment')!;
    expect(a.keys).toHaveLength(LIMITS.questions);
    expect(a.index).toBe(LIMITS.questions - 1);
    expect(a.answers[0]).toEqual({ type: 'number', raw: '9'.repeat(LIMITS.answer) });
    expect(progressProblem(p)).toBeUndefined();
    expect(dropAttempt(p, 'nope')).toBe(p);
    expect(entry(dropAttempt(p, 'assessment').attempts, 'assessment')).toBeUndefined();
  });
  it('review cards whose question is gone are dropped', () => {
    const p: Progress = { ...emptyProgress(), review: dict([['a1/q1', newCard(T0)], ['a1/q2', newCard(T0)]]) };
    expect(dropCards(p, ['a1/nope'])).toBe(p);
    expect(Object.keys(dropCards(p, ['a1/q1']).review)).toEqual(['a1/q2']);
  });
  it('review cards: a new card past the limit is not added', () => {
    const cards = dict(Array.from({ length: LIMITS.review }, (_, i) => [`a1/q${i}`, newCard(T0)] as const));
    const p: Progress = { ...emptyProgress(), review: cards };
    expect(putCard(p, 'a1/new', newCard(T1))).toBe(p);
    expect(entry(putCard(p, 'a1/q0', newCard(T1)).review, 'a1/q0')!.due).toBe(newCard(T1).due);
  });
});

describe('prototype-named slugs are ordinary keys (F6)', () => {
  it('constructor, __proto__ and toString work through every reducer and view', () => {
    let p = emptyProgress();
    for (const s of ['constructor', 'toString', 'hasOwnProperty']) {
      expect(moduleOf(p, s)).toBeUndefined();
      expect(moduleStatus(p, s)).toBe('not-started');
    }
    p = visitModule(p, 'constructor', T0);
    p = readSection(p, 'constructor', 'definition', T0);
    p = recordQuiz(p, 'constructor', 9, 10, 0, T1);
    expect(moduleStatus(p, 'constructor')).toBe('completed');
    expect(moduleOf(p, 'constructor')!.sections).toEqual(['definition']);
    expect(Object.getPrototypeOf(p.modules)).toBeNull();
    expect(Object.hasOwn(Object, 'quiz')).toBe(false);
    expect(({} as Record<string, unknown>)['quiz']).toBeUndefined();
  });
  it('a record built with plain objects (as an adapter or a test might) never reads inherited members', () => {
    const plain = { ...emptyProgress(), modules: {} as Progress['modules'], attempts: {} as Progress['attempts'], review: {} as Progress['review'] };
    expect(moduleOf(plain, 'constructor')).toBeUndefined();
    expect(moduleStatus(plain, 'toString')).toBe('not-started');
    expect(entry(plain.attempts, 'hasOwnProperty')).toBeUndefined();
    expect(moduleOf(readSection(plain, 'constructor', 's1', T0), 'constructor')!.sections).toEqual(['s1']);
  });
});

describe('views', () => {
  const p = recordQuiz(readSection(readSection(emptyProgress(), 'a1', 's1', T0), 'a1', 's2', T0), 'a2', 9, 10, 0, T0);
  it('status, minutes left and completed count', () => {
    expect(moduleStatus(p, 'a1')).toBe('in-progress');
    expect(moduleStatus(p, 'a2')).toBe('completed');
    expect(moduleStatus(p, 'a3')).toBe('not-started');
    expect(minutesLeft(p, 'a1', 40, ['s1', 's2', 's3', 's4'])).toBe(20);
    expect(minutesLeft(p, 'a2', 40, ['s1'])).toBe(0);
    expect(minutesLeft(p, 'a3', 40, ['s1'])).toBe(40);
    expect(completedCount(p, ['a1', 'a2', 'a3'])).toBe(1);
  });
  it('isEmpty and summarise', () => {
    expect(isEmpty(emptyProgress())).toBe(true);
    expect(isEmpty(p)).toBe(false);
    expect(summarise(p)).toEqual({ modules: 2, completed: 1, assessment: 'none', review: 0, name: '', updatedAt: null });
  });
});
