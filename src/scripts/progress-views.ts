/**
 * The progress the home and track pages show, from the stored progress: 继续学习 (a link to the
 * section the learner last reached), 今日复习 N 题 (review cards due by the end of today) and each
 * track's modules completed. The markup is server HTML (src/components/progress/
 * ContinueLearning.astro, ReviewBadge.astro, TrackProgress.astro); this plain module script
 * fills it in and follows the store (another tab). No UI framework: it runs before the learner
 * interacts (issue 15). `data-ready` marks each view once it shows the stored state.
 */
import { completedCount, moduleOf, type Progress } from '../lib/progress-record';
import { dueKeys, endOfDay } from '../lib/review-due';
import { $progress, initProgress } from '../stores/progress';
import { followStorageNotice } from '../components/progress/storage-notice';

type Outline = [slug: string, title: string, sections: [id: string, text: string][]][];

/** Put the link `make` returns after `holder` (updating the one already there), or remove it. */
function place(holder: HTMLElement, data: string, make: (() => { className: string; href: string; text: string }) | null): void {
  let a = holder.parentElement?.querySelector<HTMLAnchorElement>(`[${data}]`) ?? null;
  if (!make) return a?.remove();
  const { className, href, text } = make();
  if (!a) {
    a = document.createElement('a');
    a.setAttribute(data, '');
    holder.after(a);
  }
  a.className = className;
  a.href = href;
  a.textContent = text;
}

/** 继续学习：<module> · <section>, when the last position is a module of the course. */
function continueLearning(holder: HTMLElement): (p: Progress) => void {
  const outline = JSON.parse(holder.dataset['continueOutline'] ?? '[]') as Outline;
  return (p) => {
    const last = p.last;
    const m = last ? outline.find(([slug]) => slug === last.module) : undefined;
    const section = last?.section && m ? m[2].find(([id]) => id === last.section) : undefined;
    place(
      holder,
      'data-continue',
      m
        ? () => ({
            className: 'button continue-learning',
            href: `/modules/${m[0]}/${section ? `#${section[0]}` : ''}`,
            text: `继续学习：${m[1]}${section ? ` · ${section[1]}` : ''}`,
          })
        : null,
    );
  };
}

/** 今日复习 N 题, when cards are due by the end of today. */
function reviewBadge(holder: HTMLElement): (p: Progress) => void {
  return (p) => {
    const n = dueKeys(p, endOfDay(new Date())).length;
    place(holder, 'data-review-badge', n > 0 ? () => ({ className: 'button secondary review-badge', href: '/review/', text: `今日复习 ${n} 题` }) : null);
  };
}

/** 已完成 d / n 个模块（，k 个学习中） and the bar. */
function trackProgress(box: HTMLElement): (p: Progress) => void {
  const modules = (box.dataset['modules'] ?? '').split(' ').filter(Boolean);
  const summary = box.querySelector('[data-track-summary]');
  const bar = box.querySelector('progress');
  return (p) => {
    const done = completedCount(p, modules);
    const started = modules.filter((s) => moduleOf(p, s) !== undefined).length;
    if (summary) summary.textContent = `已完成 ${done} / ${modules.length} 个模块${started > done ? `，${started - done} 个学习中` : ''}`;
    if (bar) {
      bar.value = done;
      bar.textContent = `${done} / ${modules.length}`;
    }
  };
}

const views: [string, (el: HTMLElement) => (p: Progress) => void][] = [
  ['[data-continue-outline]', continueLearning],
  ['[data-review-due]', reviewBadge],
  ['.track-progress[data-modules]', trackProgress],
];
const found = views.flatMap(([selector, view]) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => ({ el, render: view(el) })));
if (found.length > 0) {
  initProgress();
  followStorageNotice();
  // Follow the store (another tab) for as long as the page is open.
  $progress.subscribe((p) => {
    for (const { render } of found) render(p);
  });
  for (const { el } of found) el.dataset['ready'] = 'true';
}
