/**
 * The SCORM adapter: the script of an LMS package's launch page (lms/launch.html, written by
 * scripts/package-lms.mjs; never part of the public site, which therefore never touches a SCORM
 * API). The launch page is the one SCO the LMS starts; the course's pages run in its frame and
 * save progress as they always do, in localStorage, which this page (same origin) watches.
 *
 * - Launch: find the LMS's API (src/lib/lms/discover.ts), initialise, and start from what the
 *   LMS holds (src/lib/lms/restore.ts: its resume data replaces the browser's copy; a first
 *   launch starts empty; data this release cannot read makes the session read-only), then open
 *   the page and section stored as the location (or the package's start page).
 * - As the learner goes: every change of progress (a storage event) and every page change is
 *   mapped to CMI values (src/lib/lms/cmi.ts); only changed values are set. A change of status
 *   or score is committed at once, other changes at most every 10 s, everything when the page
 *   is hidden.
 * - Exit: session time, exit = suspend, commit, then LMSFinish / Terminate, once.
 * No LMS found: the course still opens, and a notice says that nothing is reported.
 */
import { findApi } from '../lib/lms/discover';
import { cmiValues, resumeTarget } from '../lib/lms/cmi';
import { restoreFrom } from '../lib/lms/restore';
import type { PackageInfo } from '../lib/lms/package-info';
import { PROGRESS_KEY } from '../lib/progress';
import { serialise } from '../lib/progress-schema';
import { parseStored } from '../lib/progress-migrate';

interface Api12 {
  LMSInitialize(s: ''): string;
  LMSFinish(s: ''): string;
  LMSGetValue(e: string): string;
  LMSSetValue(e: string, v: string): string;
  LMSCommit(s: ''): string;
}
interface Api2004 {
  Initialize(s: ''): string;
  Terminate(s: ''): string;
  GetValue(e: string): string;
  SetValue(e: string, v: string): string;
  Commit(s: ''): string;
}
interface Lms {
  init(): boolean;
  get(e: string): string;
  set(e: string, v: string): void;
  commit(): void;
  finish(): void;
}

const call = (f: () => unknown): string => {
  try {
    return String(f() ?? '');
  } catch {
    return '';
  }
};

function connect(info: PackageInfo): Lms | null {
  const api = findApi(window as unknown as Parameters<typeof findApi>[0], info.scorm);
  if (!api) return null;
  if (info.scorm === '1.2') {
    const a = api as Api12;
    return {
      init: () => call(() => a.LMSInitialize('')) === 'true',
      get: (e) => call(() => a.LMSGetValue(e)),
      set: (e, v) => void call(() => a.LMSSetValue(e, v)),
      commit: () => void call(() => a.LMSCommit('')),
      finish: () => void call(() => a.LMSFinish('')),
    };
  }
  const a = api as Api2004;
  return {
    init: () => call(() => a.Initialize('')) === 'true',
    get: (e) => call(() => a.GetValue(e)),
    set: (e, v) => void call(() => a.SetValue(e, v)),
    commit: () => void call(() => a.Commit('')),
    finish: () => void call(() => a.Terminate('')),
  };
}

const info = JSON.parse(document.getElementById('ra-lms-package')?.textContent ?? '{}') as PackageInfo;
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-lms-content]')!;
const noticeEl = document.querySelector<HTMLElement>('[data-lms-notice]')!;
/** The package root: the launch page is lms/launch.html. */
const root = new URL('../', location.href);
const started = performance.now();

function notice(text: string): void {
  noticeEl.textContent = text;
  noticeEl.hidden = false;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The package-relative path of the page in the frame (the start page when unknown). */
function currentPage(): string {
  try {
    const path = frame.contentWindow?.location.pathname ?? '';
    if (path.startsWith(root.pathname)) {
      const page = decodeURIComponent(path.slice(root.pathname.length));
      return page === '' || page.endsWith('/') ? `${page}index.html` : page;
    }
  } catch {
    // another origin (cannot happen inside a package): keep the start page
  }
  return info.start;
}

const lms = connect(info);
const reporting = lms !== null && lms.init();

if (!reporting) {
  notice('未连接到学习平台：本课程包需要从企业学习平台（LMS）中打开。现在可以照常学习，但学习进度只保存在本浏览器中，不会报告给学习平台。');
  frame.src = new URL(info.start, root).href;
} else {
  start(lms);
}

function start(lms: Lms): void {
  const mode = lms.get(info.scorm === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode');
  const restore = restoreFrom(lms.get('cmi.suspend_data'), info.modules);
  // Review and browse modes: the LMS shows the course without recording it.
  let writing = restore.mode === 'report' && mode !== 'review' && mode !== 'browse';
  if (restore.mode === 'read-only') notice(`无法读取学习平台中保存的进度（${restore.message}）。为了不覆盖它，本次学习不会向学习平台写入进度。`);
  else if (!writing) notice('学习平台以回顾模式打开本课程：本次学习不会改变学习平台中的记录。');

  // The LMS is the source of truth: its record replaces this browser's copy.
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(PROGRESS_KEY, serialise(restore.progress));
  } catch {
    notice('浏览器禁止了本地存储：课程可以照常学习，但学习进度无法报告给学习平台。');
    writing = false;
  }

  const location = lms.get(info.scorm === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location');
  frame.src = new URL(resumeTarget(location, info), root).href;

  const sent = new Map<string, string>();
  let pending = false;
  let lastCommit = 0;
  let finished = false;
  const IMPORTANT = /status|score/;

  const commit = () => {
    lms.commit();
    pending = false;
    lastCommit = performance.now();
  };

  const sync = (force: boolean) => {
    if (!writing || finished) return;
    const text = store?.getItem(PROGRESS_KEY);
    const read = typeof text === 'string' ? parseStored(text, new Date().toISOString()) : null;
    // Progress this page cannot read (written by a newer release in another tab): report nothing.
    if (!read?.ok) return;
    const seconds = (performance.now() - started) / 1000;
    const report = cmiValues(read.value.progress, info, currentPage(), seconds);
    let important = false;
    for (const [element, value] of report.values) {
      if (/session_time$/.test(element) || sent.get(element) === value) continue;
      lms.set(element, value);
      sent.set(element, value);
      pending = true;
      if (IMPORTANT.test(element)) important = true;
    }
    if (force || important || (pending && performance.now() - lastCommit > 10_000)) {
      const time = report.values.find(([e]) => /session_time$/.test(e));
      if (time) lms.set(time[0], time[1]);
      commit();
    }
  };

  const finish = () => {
    if (finished) return;
    sync(true);
    finished = true;
    lms.finish();
  };

  // Launch: the restored state at once (a first launch reports incomplete), committed.
  sync(true);
  window.addEventListener('storage', (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY || e.key === null) sync(false);
  });
  frame.addEventListener('load', () => sync(false));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') sync(true);
  });
  window.addEventListener('pagehide', finish);
  // The LMS may close the player without unloading this page first (some call Terminate
  // themselves); a last sync on its own request is harmless.
  window.addEventListener('beforeunload', () => sync(true));
}
