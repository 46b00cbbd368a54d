/**
 * The module page's one small island (client:idle): the status badge near the title, and the
 * section tracker that records the visit, the sections reached while scrolling
 * (IntersectionObserver on the sections' headings) and the last position.
 */
import { useEffect } from 'preact/hooks';
import { STATUS_LABELS, moduleStatus } from '../../lib/progress';
import { actions } from '../../stores/progress';
import { useProgress } from './use-progress';

export interface ModuleProgressProps {
  module: string;
  /** Section ids in page order (author h2s, takeaways, quiz). */
  sections: string[];
  /** Without a quiz, reaching 要点回顾 completes the module. */
  hasQuiz: boolean;
}

export default function ModuleProgress({ module, sections, hasQuiz }: ModuleProgressProps) {
  const { progress, loaded } = useProgress();

  useEffect(() => {
    actions.visit(module);
    const els = sections.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (typeof IntersectionObserver === 'undefined' || els.length === 0) return;
    const inView = new Set<string>();
    // A heading counts as reached in the top 60% of the viewport; the last position is the
    // topmost reached heading still in view, i.e. the section being read.
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) {
            inView.add(e.target.id);
            actions.reach(module, e.target.id, !hasQuiz && e.target.id === 'takeaways');
          } else inView.delete(e.target.id);
        }
        const top = sections.find((id) => inView.has(id));
        if (top) actions.reach(module, top);
      },
      { rootMargin: '0px 0px -40% 0px' },
    );
    els.forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [module]);

  const m = progress.modules[module];
  const status = loaded ? moduleStatus(progress, module) : 'not-started';
  const reached = m ? sections.filter((s) => m.sections.includes(s)).length : 0;
  return (
    <p class="module-status" data-module-status={status}>
      <span class="status-badge" data-status={status}>
        {STATUS_LABELS[status]}
      </span>
      {loaded && m && (
        <span class="muted">
          已读 {reached}/{sections.length} 节{m.quiz ? ` · 测验最高 ${Math.floor(m.quiz.best * 100)}%(${m.quiz.attempts} 次)` : ''}
        </span>
      )}
    </p>
  );
}
