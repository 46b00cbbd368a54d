/**
 * The learner's progress as one nanostores atom, kept in localStorage under `ra-progress`
 * (schema, versions and migrations: src/lib/progress.ts). Shared by every island on a page.
 *
 * Persistence is done here rather than with @nanostores/persistent's persistentAtom because the
 * store must (1) migrate and validate what it reads, (2) never overwrite a value it could not
 * read (corrupt, or saved by a newer release), and (3) survive storage that throws on access or
 * on write (private mode, quota, blocked cookies). In any of those cases it keeps working in
 * memory and `$storage` says why, so one notice can tell the learner progress is not saved.
 */
import { atom } from 'nanostores';
import {
  PROGRESS_KEY,
  emptyProgress,
  parseStored,
  recordAssessment,
  recordQuiz,
  reachSection,
  setName,
  visitModule,
  type Progress,
} from '../lib/progress';

/** ok: saved in localStorage; unavailable: storage missing or refusing writes; unreadable: the saved value is corrupt or from a newer release. */
export type StorageState = 'ok' | 'unavailable' | 'unreadable';

export const $progress = atom<Progress>(emptyProgress());
export const $storage = atom<StorageState>('ok');
/** True once the saved value has been read (islands show stored state only after this). */
export const $loaded = atom(false);

const now = () => new Date().toISOString();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function load(): void {
  if (typeof window === 'undefined' || $loaded.get()) return;
  $loaded.set(true);
  const s = storage();
  if (!s) return $storage.set('unavailable');
  let text: string | null;
  try {
    text = s.getItem(PROGRESS_KEY);
  } catch {
    return $storage.set('unavailable');
  }
  if (text === null) return;
  const read = parseStored(text, now());
  if (!read.ok) return $storage.set('unreadable');
  $progress.set(read.value.progress);
  // An older version was migrated: save it in the current shape.
  if (read.value.from !== read.value.progress.version) save(read.value.progress);
}

function save(p: Progress): void {
  if ($storage.get() !== 'ok') return;
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    s.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    $storage.set('unavailable');
  }
}

/** Apply a change: update the atom, then save (unless storage is unavailable or unreadable). */
export function update(change: (p: Progress) => Progress): void {
  load();
  const prev = $progress.get();
  const next = change(prev);
  if (next === prev) return;
  $progress.set(next);
  save(next);
}

/** Read the saved progress (once per page) and follow changes made in other tabs. */
let listening = false;
export function initProgress(): void {
  if (typeof window === 'undefined') return;
  load();
  if (listening) return;
  listening = true;
  window.addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY || $storage.get() !== 'ok') return;
    if (e.newValue === null) return $progress.set(emptyProgress());
    const read = parseStored(e.newValue, now());
    if (read.ok) $progress.set(read.value.progress);
  });
}

export const actions = {
  visit: (slug: string) => update((p) => visitModule(p, slug, now())),
  reach: (slug: string, section: string, completes = false) => update((p) => reachSection(p, slug, section, now(), { completes })),
  quizDone: (slug: string, fraction: number, passed: boolean) => update((p) => recordQuiz(p, slug, fraction, passed, now())),
  assessmentDone: (fraction: number, passed: boolean) => update((p) => recordAssessment(p, fraction, passed, now())),
  setName: (name: string) => update((p) => setName(p, name)),
  /** Replace everything with an imported (already validated) progress. */
  replace: (p: Progress) => {
    load();
    // A value that could not be read may now be overwritten: the learner chose to.
    if ($storage.get() === 'unreadable') $storage.set('ok');
    $progress.set(p);
    save(p);
  },
  /** Forget all progress (after the learner confirmed). */
  reset: () => {
    load();
    if ($storage.get() === 'unreadable') $storage.set('ok');
    $progress.set(emptyProgress());
    if ($storage.get() !== 'ok') return;
    try {
      storage()?.removeItem(PROGRESS_KEY);
    } catch {
      $storage.set('unavailable');
    }
  },
};

/** The notice shown once per page when progress cannot be saved. */
export const STORAGE_MESSAGES: Readonly<Record<Exclude<StorageState, 'ok'>, string>> = {
  unavailable: '无法保存学习进度:浏览器禁用了本地存储(例如隐私模式)或空间已满。课程可以照常学习,但关闭页面后进度不会保留。',
  unreadable: '无法保存学习进度:本浏览器中保存的进度已损坏,或来自更新版本的课程,无法读取。课程可以照常学习;如需重新开始记录,可在「学习进度」页重置或导入进度文件。',
};
