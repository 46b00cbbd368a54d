/**
 * The progress store over a fake localStorage: migrates and saves old versions, never overwrites
 * a value it could not read, and falls back to memory (saying why) when storage throws.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

class FakeStorage {
  data = new Map<string, string>();
  failWrites = false;
  getItem(k: string) {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

let storage: FakeStorage;
let listeners: ((e: { key: string | null; newValue: string | null }) => void)[];

async function freshStore(opts: { throwOnAccess?: boolean } = {}) {
  vi.resetModules();
  storage = new FakeStorage();
  listeners = [];
  const win = {
    addEventListener: (_: string, fn: (e: { key: string | null; newValue: string | null }) => void) => listeners.push(fn),
  } as unknown as Record<string, unknown>;
  Object.defineProperty(win, 'localStorage', {
    get() {
      if (opts.throwOnAccess) throw new Error('SecurityError');
      return storage;
    },
  });
  vi.stubGlobal('window', win);
  return import('../../src/stores/progress');
}

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  it('starts empty, saves each change under ra-progress as version 2', async () => {
    const s = await freshStore();
    s.initProgress();
    expect(s.$storage.get()).toBe('ok');
    s.actions.quizDone('retention-basics', 0.9, true);
    const saved = JSON.parse(storage.getItem('ra-progress')!);
    expect(saved.version).toBe(2);
    expect(saved.modules['retention-basics'].quiz).toEqual({ best: 0.9, attempts: 1, passed: true });
    expect(s.$progress.get().modules['retention-basics']!.completedAt).toBeTypeOf('string');
  });

  it('migrates a v1 value on load and writes it back as v2', async () => {
    const s = await freshStore();
    storage.setItem('ra-progress', JSON.stringify({ version: 1, visited: ['a1'], completed: ['a1'], scores: { a1: 80 }, last: 'a1#formula' }));
    s.initProgress();
    expect(s.$progress.get().modules['a1']!.quiz).toEqual({ best: 0.8, attempts: 1, passed: true });
    expect(JSON.parse(storage.getItem('ra-progress')!).version).toBe(2);
  });

  it('keeps an unreadable value untouched, works in memory, and lets reset clear it', async () => {
    const s = await freshStore();
    storage.setItem('ra-progress', '{"version":3}');
    s.initProgress();
    expect(s.$storage.get()).toBe('unreadable');
    s.actions.visit('a1');
    expect(s.$progress.get().modules['a1']).toBeDefined();
    expect(storage.getItem('ra-progress')).toBe('{"version":3}');
    s.actions.reset();
    expect(s.$storage.get()).toBe('ok');
    expect(storage.getItem('ra-progress')).toBeNull();
    s.actions.visit('a1');
    expect(storage.getItem('ra-progress')).not.toBeNull();
  });

  it('falls back to memory when storage access throws', async () => {
    const s = await freshStore({ throwOnAccess: true });
    s.initProgress();
    expect(s.$storage.get()).toBe('unavailable');
    s.actions.reach('a1', 'formula');
    expect(s.$progress.get().last).toMatchObject({ module: 'a1', section: 'formula' });
  });

  it('falls back to memory when a write fails (quota)', async () => {
    const s = await freshStore();
    s.initProgress();
    storage.failWrites = true;
    s.actions.visit('a1');
    expect(s.$storage.get()).toBe('unavailable');
    expect(s.$progress.get().modules['a1']).toBeDefined();
  });

  it('follows changes made in another tab', async () => {
    const s = await freshStore();
    s.initProgress();
    s.actions.visit('a1');
    const other = JSON.stringify({ version: 2, modules: {}, last: null, assessment: null, name: '李四' });
    listeners.forEach((fn) => fn({ key: 'ra-progress', newValue: other }));
    expect(s.$progress.get().name).toBe('李四');
    listeners.forEach((fn) => fn({ key: 'ra-progress', newValue: null }));
    expect(s.$progress.get().name).toBe('');
    listeners.forEach((fn) => fn({ key: 'ra-progress', newValue: '{bad' }));
    expect(s.$progress.get().name).toBe('');
  });

  it('replace stores an imported progress', async () => {
    const s = await freshStore();
    s.initProgress();
    s.actions.replace({ version: 2, modules: {}, last: null, assessment: null, name: '张三' });
    expect(JSON.parse(storage.getItem('ra-progress')!).name).toBe('张三');
    s.actions.setName('  王五 ');
    expect(JSON.parse(storage.getItem('ra-progress')!).name).toBe('王五');
    s.actions.assessmentDone(0.85, true);
    expect(s.$progress.get().assessment).toMatchObject({ passed: true, passedScore: 0.85 });
  });
});
