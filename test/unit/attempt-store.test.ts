/**
 * The attempt store: saves the attempt as the learner goes (a reload resumes it), records the
 * result and the review queue when it finishes, and in discussion mode records nothing at all.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { questionSchema } from '../../src/schemas/quiz';
import type { RunItem } from '../../src/lib/quiz/bank';

class FakeStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

let storage: FakeStorage;
async function fresh() {
  vi.resetModules();
  storage = new FakeStorage();
  const win = { addEventListener() {}, removeEventListener() {} } as unknown as Record<string, unknown>;
  Object.defineProperty(win, 'localStorage', { get: () => storage });
  vi.stubGlobal('window', win);
  const progress = await import('../../src/stores/progress');
  const attempt = await import('../../src/stores/attempt');
  const lib = await import('../../src/lib/progress');
  return { ...progress, ...attempt, lib };
}

const base = { prompt: '题干', section: 's', explanation: '解析' };
const items: RunItem[] = [
  { key: 'a1/q1', module: 'a1', question: questionSchema.parse({ ...base, id: 'q1', type: 'truefalse', answer: true, feedback: { true: '对', false: '错' } }), hints: ['提示'], generated: false, solution: null },
  { key: 'ex:a1/t1', module: 'a1', question: questionSchema.parse({ ...base, id: 't1', type: 'numeric', answer: 12.5, tolerance: 0.05, unit: '%', decimals: 1 }), hints: [], generated: true, solution: '解题' },
];
const NOW = () => new Date().toISOString();

beforeEach(() => vi.unstubAllGlobals());

describe('attempt store', () => {
  it('saves a quiz attempt on its first answer and resumes it exactly', async () => {
    const s = await fresh();
    const store = s.createAttempt({ id: 'quiz:a1', items, recording: { kind: 'quiz', module: 'a1' }, start: { mode: 'practice', seed: 'start', startedAt: NOW() } });
    expect(s.lib.attemptOf(s.$progress.get(), 'quiz:a1')).toBeUndefined();
    store.dispatch({ type: 'hint' });
    store.dispatch({ type: 'answer', answer: { type: 'boolean', value: true } });
    store.dispatch({ type: 'check' });
    store.dispatch({ type: 'next', now: NOW() });
    const saved = s.lib.attemptOf(s.$progress.get(), 'quiz:a1')!;
    expect(saved).toMatchObject({ mode: 'practice', seed: 'start', keys: ['a1/q1', 'ex:a1/t1'], index: 1, checked: [true, false], hints: [1, 0] });
    expect(JSON.parse(storage.getItem('ra-progress')!).attempts['quiz:a1'].index).toBe(1);
    const again = s.createAttempt({ id: 'quiz:a1', items, recording: { kind: 'quiz', module: 'a1' }, saved });
    expect(again.$state.get()).toMatchObject({ index: 1, answers: [{ type: 'boolean', value: true }, null], checked: [true, false] });
  });

  it('records the result and the review queue when it finishes, and drops the saved attempt', async () => {
    const s = await fresh();
    const store = s.createAttempt({ id: 'quiz:a1', items, recording: { kind: 'quiz', module: 'a1' }, start: { mode: 'practice', seed: 'x', startedAt: NOW() } });
    store.dispatch({ type: 'answer', answer: { type: 'boolean', value: false } });
    store.dispatch({ type: 'check' });
    store.dispatch({ type: 'next', now: NOW() });
    store.dispatch({ type: 'answer', answer: { type: 'number', raw: '12.5%' } });
    store.dispatch({ type: 'check' });
    store.dispatch({ type: 'next', now: NOW() });
    expect(store.$state.get().result!.score).toMatchObject({ correct: 1, total: 2, percent: 50 });
    const p = s.$progress.get();
    expect(s.lib.moduleOf(p, 'a1')!.quiz).toMatchObject({ best: 0.5, attempts: 1, passed: false });
    expect(s.lib.attemptOf(p, 'quiz:a1')).toBeUndefined();
    await vi.waitFor(() => expect(Object.keys(s.$progress.get().review).sort()).toEqual(['a1/q1', 'ex:a1/t1']));
  });

  it('the assessment is saved at start (its draw survives a reload) and records its attempt', async () => {
    const s = await fresh();
    const store = s.createAttempt({ id: 'assessment', items, recording: { kind: 'assessment' }, start: { mode: 'exam', seed: 'abcd1234', startedAt: NOW(), minutes: 10 }, saveAtStart: true });
    expect(s.lib.attemptOf(s.$progress.get(), 'assessment')).toMatchObject({ mode: 'exam', seed: 'abcd1234', keys: ['a1/q1', 'ex:a1/t1'] });
    store.dispatch({ type: 'answer', answer: { type: 'boolean', value: true } });
    store.dispatch({ type: 'go', index: 1 });
    store.dispatch({ type: 'answer', answer: { type: 'number', raw: '12.5' } });
    store.dispatch({ type: 'submit', now: NOW() });
    const a = s.$progress.get().assessment!;
    expect(a).toMatchObject({ attempts: 1, passed: true, best: 1 });
    expect(a.history[0]).toMatchObject({ seed: 'abcd1234', correct: 2, total: 2, passed: true, timed: true });
    expect(s.lib.attemptOf(s.$progress.get(), 'assessment')).toBeUndefined();
    // Right answers to authored questions stay out of the queue; a generated skill enters it.
    await vi.waitFor(() => expect(Object.keys(s.$progress.get().review)).toEqual(['ex:a1/t1']));
  });

  it('discussion mode records nothing at all', async () => {
    const s = await fresh();
    const store = s.createAttempt({ id: 'quiz:a1', items, recording: null, start: { mode: 'discussion', seed: 'start', startedAt: NOW() } });
    store.dispatch({ type: 'reveal' });
    store.dispatch({ type: 'go', index: 1 });
    store.dispatch({ type: 'reveal' });
    expect(storage.getItem('ra-progress')).toBeNull();
  });

  it('new seeds differ', async () => {
    const s = await fresh();
    const seeds = new Set(Array.from({ length: 20 }, () => s.newSeed()));
    expect(seeds.size).toBe(20);
    for (const seed of seeds) expect(seed).toMatch(/^[0-9a-f]{16}$/);
  });
});
