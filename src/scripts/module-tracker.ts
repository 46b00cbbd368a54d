/**
 * The module page's progress tracker, a plain module script (the page's status line is server
 * HTML: src/components/progress/ModuleStatus.astro). It records the visit, each section once
 * it has been on screen long enough to read a meaningful part of it (the rule:
 * src/lib/reading.ts) and the section being read as the last position, and keeps the status
 * line in step with the shared progress store — which the page's quiz island writes too. In a
 * trainer's discussion mode (?mode=discussion) it records nothing.
 *
 * No Preact: it runs before the learner interacts, and the page's islands (calculators, the
 * quiz) hydrate only when they scroll into view. `data-ready` marks the line once it shows
 * the stored state.
 */
import { STATUS_LABELS, moduleOf, moduleStatus } from '../lib/progress-record';
import { onScreen, requiredSeconds, startReading, tick, type ReadingState } from '../lib/reading';
import { percentOf } from '../lib/quiz/pass-mark';
import { $progress, actions, discussionMode, initProgress } from '../stores/progress';
import { followStorageNotice } from '../components/progress/storage-notice';

interface Part {
  id: string;
  el: HTMLElement;
  /** Where the section ends (the next section's heading), or null for the last one. */
  end: Element | null;
  chars: number;
}

/** Each section's element, the element where it ends, and its length in characters. */
function measure(ids: readonly string[]): Part[] {
  const els = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const article = els[0]?.closest('article') ?? document.body;
  return els.map((el, i) => {
    const next = els[i + 1] ?? null;
    const range = document.createRange();
    range.setStartBefore(el);
    if (next) range.setEndBefore(next);
    else range.setEndAfter(el.tagName === 'SECTION' ? el : (article.lastElementChild ?? el));
    const chars = range.toString().replace(/\s+/g, '').length;
    return { id: el.id, el, end: next, chars };
  });
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

/** The status line for the stored progress (the same markup the server renders, filled in). */
function render(line: HTMLElement, module: string, sections: readonly string[]): void {
  const p = $progress.get();
  const status = moduleStatus(p, module);
  const m = moduleOf(p, module);
  line.dataset['moduleStatus'] = status;
  const badge = line.querySelector<HTMLElement>('.status-badge') ?? line.appendChild(span('status-badge', ''));
  badge.dataset['status'] = status;
  badge.textContent = STATUS_LABELS[status];
  let detail = line.querySelector<HTMLElement>('[data-sections-read]');
  if (!m) return detail?.remove();
  const read = sections.filter((s) => m.sections.includes(s)).length;
  detail ??= line.appendChild(span('muted', ''));
  detail.dataset['sectionsRead'] = String(read);
  detail.textContent = `已读 ${read}/${sections.length} 节${m.quiz ? ` · 测验最高 ${percentOf(m.quiz.best)}%（${m.quiz.attempts} 次）` : ''}`;
}

/** Count reading time once a second while the page is visible (the rule: src/lib/reading.ts). */
function track(module: string, parts: readonly Part[], hasQuiz: boolean): void {
  const required = new Map(parts.map((p) => [p.id, requiredSeconds(p.chars)]));
  let state: ReadingState = startReading(moduleOf($progress.get(), module)?.sections ?? []);
  let last = performance.now();
  setInterval(() => {
    const t = performance.now();
    const dt = (t - last) / 1000;
    last = t;
    if (document.visibilityState !== 'visible') return;
    const h = window.innerHeight;
    const visible = parts
      .filter((p) => {
        const top = p.el.getBoundingClientRect().top;
        const bottom = p.end ? p.end.getBoundingClientRect().top : p.el.getBoundingClientRect().bottom;
        return onScreen(top, bottom, h);
      })
      .map((p) => p.id);
    const r = tick(state, visible, dt, required);
    state = r.state;
    for (const id of r.newlyRead) actions.read(module, id, !hasQuiz && id === 'takeaways');
    if (r.place) actions.place(module, r.place);
  }, 1000);
}

function start(line: HTMLElement): void {
  const module = line.dataset['moduleTracker'] ?? '';
  const sections = (line.dataset['sections'] ?? '').split(' ').filter(Boolean);
  initProgress();
  followStorageNotice();
  const discussion = discussionMode();
  if (discussion) {
    line.dataset['moduleStatus'] = 'discussion';
    line.replaceChildren(span('status-badge', '讨论模式'), span('muted', '本模式不记录任何学习进度。'));
  } else {
    actions.visit(module);
  }
  // Follow the store (this page's quiz, another tab) for as long as the page is open.
  $progress.subscribe(() => {
    if (!discussion) render(line, module, sections);
  });
  if (!discussion) {
    const parts = measure(sections);
    if (parts.length > 0) track(module, parts, line.dataset['hasQuiz'] === 'true');
  }
  line.dataset['ready'] = 'true';
}

const line = document.querySelector<HTMLElement>('[data-module-tracker]');
if (line) start(line);
