/**
 * Home page "继续学习": a link to the exact section the learner last reached (client:idle).
 * Renders nothing until there is a last position, so the page's own "从第一课开始" stands.
 */
import { useProgress } from './use-progress';

export interface OutlineLite {
  slug: string;
  title: string;
  sections: { id: string; text: string }[];
}

export default function ContinueLearning({ modules }: { modules: OutlineLite[] }) {
  const { progress, loaded } = useProgress();
  const last = loaded ? progress.last : null;
  const m = last ? modules.find((x) => x.slug === last.module) : undefined;
  if (!last || !m) return null;
  const section = last.section ? m.sections.find((s) => s.id === last.section) : undefined;
  const href = `/modules/${m.slug}/${section ? `#${section.id}` : ''}`;
  return (
    <a class="button continue-learning" href={href} data-continue>
      继续学习：{m.title}
      {section ? ` · ${section.text}` : ''}
    </a>
  );
}
