/**
 * The module page's one small island (client:idle): the status badge near the title, and the
 * section tracker. It records the visit, each section once it has been on screen long enough
 * to read a meaningful part of it (the rule: src/lib/reading.ts), and the section being read as
 * the last position. In a trainer's discussion mode (?mode=discussion) it records nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { STATUS_LABELS, moduleOf, moduleStatus } from '../../lib/progress';
import { onScreen, requiredSeconds, startReading, tick, type ReadingState } from '../../lib/reading';
import { percentOf } from '../../lib/quiz/pass-mark';
import { $progress, actions, discussionMode } from '../../stores/progress';
import { useProgress } from './use-progress';

export interface ModuleProgressProps {
  module: string;
  /** Section ids in page order (author h2s, takeaways, quiz). */
  sections: string[];
  /** Without a quiz, reading 要点回顾 completes the module. */
  hasQuiz: boolean;
}

/** Each section's element, the element where it ends, and its length in characters. */
function measure(ids: readonly string[]): { id: string; el: HTMLElement; end: Element | null; chars: number }[] {
  const els = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const article = els[0]?.closest('article') ?? document.body;
  return els.map((el, i) => {
    const next = els[i + 1] ?? null;
    const range = document.createRange();
    range.setStartBefore(el);
    if (next) range.setEndBefore(next);
    else range.setEndAfter(el.tagName === 'SECTION' ? el : article.lastElementChild ?? el);
    const chars = range.toString().replace(/\s+/g, '').length;
    return { id: el.id, el, end: next, chars };
  });
}

export default function ModuleProgress({ module, sections, hasQuiz }: ModuleProgressProps) {
  const { progress, loaded } = useProgress();
  const [discussion, setDiscussion] = useState(false);

  useEffect(() => {
    if (discussionMode()) {
      setDiscussion(true);
      return;
    }
    actions.visit(module);
    const parts = measure(sections);
    if (parts.length === 0) return;
    const required = new Map(parts.map((p) => [p.id, requiredSeconds(p.chars)]));
    let state: ReadingState = startReading(moduleOf($progress.get(), module)?.sections ?? []);
    let last = performance.now();
    const timer = setInterval(() => {
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
    return () => clearInterval(timer);
  }, [module]);

  if (discussion) {
    return (
      <p class="module-status" data-module-status="discussion">
        <span class="status-badge">讨论模式</span>
        <span class="muted">本模式不记录任何学习进度。</span>
      </p>
    );
  }
  const m = moduleOf(progress, module);
  const status = loaded ? moduleStatus(progress, module) : 'not-started';
  const read = m ? sections.filter((s) => m.sections.includes(s)).length : 0;
  return (
    <p class="module-status" data-module-status={status}>
      <span class="status-badge" data-status={status}>
        {STATUS_LABELS[status]}
      </span>
      {loaded && m && (
        <span class="muted" data-sections-read={read}>
          已读 {read}/{sections.length} 节{m.quiz ? ` · 测验最高 ${percentOf(m.quiz.best)}%（${m.quiz.attempts} 次）` : ''}
        </span>
      )}
    </p>
  );
}
