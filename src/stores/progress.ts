/**
 * The learner's progress as one nanostores atom, kept in localStorage under `ra-progress`
 * (schema, versions and migrations: src/lib/progress*.ts). Shared by every island on a page.
 *
 * Persistence is done here rather than with a generic persistent atom because the store must
 * (1) migrate and validate what it reads, (2) never overwrite a value it could not read
 * (corrupt, or saved by a newer release) — whether it found that value on load, received it
 * from another tab, or finds it just before writing — and (3) survive storage that throws on
 * access or on write (private mode, quota, blocked cookies). In any of those cases it keeps
 * working in memory and `$storage` says why, so one notice can tell the learner
 * (src/components/progress/storage-notice.ts, whose text loads only when it is shown).
 *
 * Every write is checked against the same validator the reader uses (a value the store writes
 * is one it can read back), and starts from what is stored now: if another tab wrote since
 * this tab last read, its record is the base of the change, so neither tab's work is lost.
 */
import { atom, onMount } from 'nanostores';
import { PROGRESS_KEY, emptyProgress, placeAt, readSection, setName, visitModule, type Progress } from '../lib/progress-record';
import { parseCurrent, progressProblem, serialise, type ReadResult } from '../lib/progress-schema';
// A record saved by a past release is migrated by a file loaded only then (most pages never need it).
import migrateUrl from 'lazy-chunk:../lib/progress-migrate';

/** ok: saved in localStorage; unavailable: storage missing or refusing writes; unreadable: the saved value is corrupt or from a newer release. */
export type StorageState = 'ok' | 'unavailable' | 'unreadable';

export const $progress = atom<Progress>(emptyProgress());
export const $storage = atom<StorageState>('ok');
/** Why the saved value is unreadable: found on load, or written by another tab. */
export const $unreadableFrom = atom<'load' | 'other-tab'>('load');
/** True once the saved value has been read (islands show stored state only after this). */
export const $loaded = atom(false);

const now = () => new Date().toISOString();

/** The stored text this tab last read or wrote (null: nothing stored). */
let lastText: string | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text, or undefined when storage cannot be read. */
function readText(): string | null | undefined {
  const s = storage();
  if (!s) return undefined;
  try {
    const t = s.getItem(PROGRESS_KEY);
    return typeof t === 'string' || t === null ? t : undefined;
  } catch {
    return undefined;
  }
}

function markUnreadable(from: 'load' | 'other-tab'): void {
  $unreadableFrom.set(from);
  $storage.set('unreadable');
}

/** The text of a past release's record while its migration loads; nothing is written meanwhile. */
let migrating: string | null = null;

/**
 * Read a past release's record with the migrations, then save it in the current shape. Until
 * then nothing is written, so the old record is never replaced by a fresh one; a change made in
 * those few milliseconds is not kept. If the migration cannot be loaded, the record stays as it
 * is and this page keeps its progress in memory (like any record it cannot read).
 */
function migrate(text: string, from: 'load' | 'other-tab'): void {
  if (migrating === text) return;
  migrating = text;
  void (import(/* @vite-ignore */ migrateUrl) as Promise<typeof import('../lib/progress-migrate')>).then(
    (m) => {
      if (migrating !== text) return;
      migrating = null;
      adopt(m.parseStored(text, now()), text, from);
    },
    () => {
      if (migrating !== text) return;
      migrating = null;
      markUnreadable(from);
    },
  );
}

/** Take what was read from storage: the record, a migration to run first, or an unreadable value. */
function adopt(read: ReadResult, text: string, from: 'load' | 'other-tab'): boolean {
  if (read.ok) {
    $progress.set(read.value.progress);
    // An older version was migrated: save it in the current shape.
    if (read.value.from !== read.value.progress.version) write(read.value.progress);
    return true;
  }
  if (read.reason === 'old') migrate(text, from);
  else markUnreadable(from);
  return false;
}

function load(): void {
  if (typeof window === 'undefined' || $loaded.get()) return;
  $loaded.set(true);
  const text = readText();
  if (text === undefined) return $storage.set('unavailable');
  lastText = text;
  if (text === null) return;
  adopt(parseCurrent(text), text, 'load');
}

function write(p: Progress): void {
  if ($storage.get() !== 'ok' || migrating !== null) return;
  // The last line of defence: never write a value the reader would refuse.
  if (progressProblem(p) !== undefined) return $storage.set('unavailable');
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    const text = serialise(p);
    s.setItem(PROGRESS_KEY, text);
    lastText = text;
  } catch {
    $storage.set('unavailable');
  }
}

/**
 * Bring this tab up to date with what is stored, just before a write. Returns false (and stops
 * saving) when the stored value changed to something this release cannot read.
 */
function catchUp(): boolean {
  if ($storage.get() !== 'ok') return true;
  const text = readText();
  if (text === undefined || text === lastText) return true;
  lastText = text;
  if (text === null) {
    $progress.set(emptyProgress());
    return true;
  }
  return adopt(parseCurrent(text), text, 'other-tab');
}

/** Apply a change: update the atom, then save (unless storage is unavailable or unreadable). */
export function update(change: (p: Progress) => Progress): void {
  load();
  catchUp();
  const prev = $progress.get();
  const changed = change(prev);
  if (changed === prev) return;
  const next = { ...changed, updatedAt: now() };
  $progress.set(next);
  write(next);
}

function onStorage(e: StorageEvent): void {
  if (e.key !== PROGRESS_KEY && e.key !== null) return;
  if ($storage.get() !== 'ok') return;
  const text = e.key === null ? null : e.newValue;
  lastText = text;
  if (text === null) return $progress.set(emptyProgress());
  // Exactly as on load: a value this tab cannot read is never overwritten.
  adopt(parseCurrent(text), text, 'other-tab');
}

// Read the saved progress once per page and follow other tabs while anything listens.
onMount($progress, () => {
  if (typeof window === 'undefined') return;
  load();
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
});

/** Read the saved progress (idempotent; islands call it after hydration). */
export function initProgress(): void {
  load();
}

/** A trainer's discussion mode (`?mode=discussion`): nothing at all is recorded. */
export function discussionMode(): boolean {
  try {
    return typeof location !== 'undefined' && new URLSearchParams(location.search).get('mode') === 'discussion';
  } catch {
    return false;
  }
}

/**
 * What the module pages, the progress page and the certificate do. (Quiz and assessment results
 * and the review queue are recorded by src/stores/attempt.ts and the review page through
 * `update`, so the module page's tracker does not load their code.)
 */
export const actions = {
  visit: (slug: string) => update((p) => visitModule(p, slug, now())),
  read: (slug: string, section: string, completes = false) => update((p) => readSection(p, slug, section, now(), { completes })),
  place: (slug: string, section: string) => update((p) => placeAt(p, slug, section, now())),
  setName: (name: string) => update((p) => setName(p, name)),
  /**
   * Replace everything with an imported (already validated) progress, after the learner
   * confirmed. Returns what was there before, for 撤销.
   */
  replace: (p: Progress): Progress => {
    load();
    catchUp();
    const before = $progress.get();
    // A value that could not be read may now be overwritten: the learner chose to.
    if ($storage.get() === 'unreadable') $storage.set('ok');
    $progress.set(p);
    write(p);
    return before;
  },
  /** Forget all progress (after the learner confirmed). */
  reset: () => {
    load();
    if ($storage.get() === 'unreadable') $storage.set('ok');
    $progress.set(emptyProgress());
    if ($storage.get() !== 'ok') return;
    try {
      storage()?.removeItem(PROGRESS_KEY);
      lastText = null;
    } catch {
      $storage.set('unavailable');
    }
  },
};
