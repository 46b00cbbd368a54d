/**
 * The progress store over a fake localStorage: migrates and saves old versions, never overwrites
 * a value it could not read — found on load, received from another tab (F1), or found just
 * before a write — falls back to memory (saying why) when storage throws, and never writes a
 * value its own reader would refuse.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress, moduleOf, recordQuiz, type Progress } from '../../src/lib/progress';
import { LIMITS } from '../../src/lib/progress-limits';
import { parseStored } from '../../src/lib/progress-migrate';

const KEY = 'ra-progress';
const T0 = '2026-11-20T08:00:00.000Z';

class FakeStorage {
  data = new Map<string, string>();
  failWrites = false;
  writes = 0;
  getItem(k: string) {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.writes++;
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

type Listener = (e: { key: string | null; newValue: string | null }) => void;
let storage: FakeStorage;
let listeners: Listener[];

async function freshStore(opts: { throwOnAccess?: boolean; stored?: string } = {}) {
  vi.resetModules();
  storage = new FakeStorage();
  if (opts.stored !== undefined) storage.data.set(KEY, opts.stored);
  listeners = [];
  const win = {
    addEventListener: (_: string, fn: Listener) => listeners.push(fn),
    removeEventListener: (_: string, fn: Listener) => (listeners = listeners.filter((l) => l !== fn)),
  } as unknown as Record<string, unknown>;
  Object.defineProperty(win, 'localStorage', {
    get() {
      if (opts.throwOnAccess) throw new Error('SecurityError');
      return storage;
    },
  });
  vi.stubGlobal('window', win);
  const s = await import('../../src/stores/progress');
  // An island subscribing mounts the store: it reads storage and follows other tabs.
  s.$progress.listen(() => {});
  return s;
}

/** Another tab writes `text` (the event reaches this tab after the value is stored). */
function otherTabWrites(text: string | null) {
  if (text === null) storage.data.delete(KEY);
  else storage.data.set(KEY, text);
  for (const fn of listeners) fn({ key: KEY, newValue: text });
}

const stored = (): Progress => {
  const r = parseStored(storage.getItem(KEY)!, T0);
  if (!r.ok) throw new Error(r.message);
  return r.value.progress;
};

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  it('starts empty and saves each change under ra-progress as version 3, stamping updatedAt', async () => {
    const s = await freshStore();
    expect(s.$storage.get()).toBe('ok');
    s.update((p) => recordQuiz(p, 'retention-basics', 9, 10, 1, new Date().toISOString()));
    expect(JSON.parse(storage.getItem(KEY)!).version).toBe(3);
    expect(moduleOf(stored(), 'retention-basics')!.quiz).toEqual({ best: 0.9, attempts: 1, passed: true, hints: 1 });
    expect(stored().updatedAt).toBeTypeOf('string');
  });

  it('migrates a v1 value on load and writes it back as v3', async () => {
    const v1 = JSON.stringify({ version: 1, visited: ['a1'], completed: ['a1'], scores: { a1: 80 }, last: 'a1#formula' });
    const s = await freshStore({ stored: v1 });
    // The migrations load on demand: until they have run, nothing is written over the v1 record.
    s.actions.visit('b2');
    expect(storage.getItem(KEY)).toBe(v1);
    await vi.waitFor(() => expect(JSON.parse(storage.getItem(KEY)!).version).toBe(3));
    expect(moduleOf(s.$progress.get(), 'a1')!.quiz).toEqual({ best: 0.8, attempts: 1, passed: true, hints: 0 });
    expect(s.$storage.get()).toBe('ok');
  });

  it('migrates a v2 value on load and writes it back as v3', async () => {
    const v2 = { version: 2, modules: { a1: { visitedAt: T0, sections: ['s1'] } }, last: null, assessment: null, name: '李四' };
    const s = await freshStore({ stored: JSON.stringify(v2) });
    await vi.waitFor(() => expect(s.$progress.get().name).toBe('李四'));
    expect(stored()).toMatchObject({ version: 3, name: '李四', updatedAt: T0 });
  });

  it('a past-version record that does not validate is kept untouched, as any unreadable one', async () => {
    const s = await freshStore({ stored: '{"version":1,"visited":"a1"}' });
    await vi.waitFor(() => expect(s.$storage.get()).toBe('unreadable'));
    s.actions.visit('a1');
    expect(storage.getItem(KEY)).toBe('{"version":1,"visited":"a1"}');
  });

  it('keeps an unreadable value untouched, works in memory, and lets reset clear it', async () => {
    const s = await freshStore({ stored: '{"version":4}' });
    expect(s.$storage.get()).toBe('unreadable');
    s.actions.visit('a1');
    expect(moduleOf(s.$progress.get(), 'a1')).toBeDefined();
    expect(storage.getItem(KEY)).toBe('{"version":4}');
    s.actions.reset();
    expect(s.$storage.get()).toBe('ok');
    expect(storage.getItem(KEY)).toBeNull();
    s.actions.visit('a1');
    expect(storage.getItem(KEY)).not.toBeNull();
  });

  it('a v1 value with the slug "constructor" loads, and nothing is written onto Object (F6)', async () => {
    const s = await freshStore({ stored: '{"version":1,"visited":[],"completed":[],"scores":{"constructor":90},"last":"constructor#definition"}' });
    await vi.waitFor(() => expect(moduleOf(s.$progress.get(), 'constructor')).toBeDefined());
    expect(s.$storage.get()).toBe('ok');
    expect(moduleOf(s.$progress.get(), 'constructor')!.quiz!.passed).toBe(true);
    s.actions.read('constructor', 'formula');
    expect(moduleOf(stored(), 'constructor')!.sections).toEqual(['definition', 'formula']);
    expect(Object.hasOwn(Object, 'quiz')).toBe(false);
  });

  it('falls back to memory when storage access throws', async () => {
    const s = await freshStore({ throwOnAccess: true });
    expect(s.$storage.get()).toBe('unavailable');
    s.actions.place('a1', 'formula');
    expect(s.$progress.get().last).toMatchObject({ module: 'a1', section: 'formula' });
  });

  it('falls back to memory when a write fails (quota)', async () => {
    const s = await freshStore();
    storage.failWrites = true;
    s.actions.visit('a1');
    expect(s.$storage.get()).toBe('unavailable');
    expect(moduleOf(s.$progress.get(), 'a1')).toBeDefined();
  });
});

describe('other tabs', () => {
  it('follows a readable change made in another tab, and a reset there', async () => {
    const s = await freshStore();
    s.actions.visit('a1');
    otherTabWrites(JSON.stringify({ ...emptyProgress(), name: '李四' }));
    expect(s.$progress.get().name).toBe('李四');
    otherTabWrites(null);
    expect(s.$progress.get().name).toBe('');
    expect(s.$storage.get()).toBe('ok');
  });

  it('a newer-version record from another tab stops this tab writing, exactly as on load (F1)', async () => {
    const s = await freshStore();
    s.actions.visit('retention-basics');
    const newer = JSON.stringify({ version: 4, modules: {}, last: null, assessment: { best: 1, attempts: 1, passed: true, passedAt: T0, passedScore: 1 }, name: '新版本数据' });
    otherTabWrites(newer);
    expect(s.$storage.get()).toBe('unreadable');
    expect(s.$unreadableFrom.get()).toBe('other-tab');
    s.actions.read('retention-basics', 'definition');
    s.actions.place('retention-basics', 'definition');
    s.update((p) => recordQuiz(p, 'retention-basics', 9, 10, 0, new Date().toISOString()));
    expect(storage.getItem(KEY)).toBe(newer);
  });

  it('a corrupt record from another tab is never overwritten either (F1)', async () => {
    const s = await freshStore();
    s.actions.visit('retention-basics');
    otherTabWrites('{corrupt');
    s.actions.read('retention-basics', 'definition');
    expect(storage.getItem(KEY)).toBe('{corrupt');
    expect(s.$storage.get()).toBe('unreadable');
  });

  it('a change found just before a write (its event not yet delivered) is the base of the write, or stops it', async () => {
    const s = await freshStore();
    s.actions.visit('a1');
    // Another tab adds a module; its storage event has not arrived.
    const other = { ...stored(), modules: Object.assign(Object.create(null), stored().modules, { a2: { visitedAt: T0, sections: [] } }) };
    storage.data.set(KEY, JSON.stringify(other));
    s.actions.visit('a3');
    expect(Object.keys(stored().modules).sort()).toEqual(['a1', 'a2', 'a3']);
    // Another tab writes something unreadable; this tab's next write must not touch it.
    storage.data.set(KEY, '{"version":99}');
    s.actions.visit('a4');
    expect(storage.getItem(KEY)).toBe('{"version":99}');
    expect(s.$storage.get()).toBe('unreadable');
  });
});

describe('writes and imports within the shared limits (F5)', () => {
  it('an accepted import at the limits keeps working after ordinary actions', async () => {
    const s = await freshStore();
    const atLimit: Progress = {
      ...emptyProgress(),
      modules: Object.assign(Object.create(null), { a1: { visitedAt: T0, sections: Array.from({ length: LIMITS.sections }, (_, i) => `s${i}`), quiz: { best: 0.5, attempts: LIMITS.count, passed: false, hints: 0 } } }),
    };
    s.actions.replace(atLimit);
    s.update((p) => recordQuiz(p, 'a1', 10, 10, 0, new Date().toISOString()));
    s.actions.read('a1', 'one-more');
    for (let i = 0; i < LIMITS.modules + 5; i++) s.actions.visit(`m${i}`);
    expect(s.$storage.get()).toBe('ok');
    const back = stored();
    expect(moduleOf(back, 'a1')!.quiz!.attempts).toBe(LIMITS.count);
    expect(Object.keys(back.modules)).toHaveLength(LIMITS.modules);
  });

  it('replace returns what was there, for undo', async () => {
    const s = await freshStore();
    s.actions.setName('王五');
    const before = s.actions.replace({ ...emptyProgress(), name: '张三' });
    expect(before.name).toBe('王五');
    expect(stored().name).toBe('张三');
    s.actions.replace(before);
    expect(stored().name).toBe('王五');
  });
});
