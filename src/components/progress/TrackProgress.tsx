/** A track's progress on the home page: modules completed out of the track's modules (client:idle). */
import { completedCount, moduleOf } from '../../lib/progress';
import { useProgress } from './use-progress';

export default function TrackProgress({ title, modules }: { title: string; modules: string[] }) {
  const { progress, loaded } = useProgress();
  if (modules.length === 0) return null;
  const done = loaded ? completedCount(progress, modules) : 0;
  const started = loaded ? modules.filter((s) => moduleOf(progress, s) !== undefined).length : 0;
  return (
    <div class="track-progress">
      <span>
        已完成 {done} / {modules.length} 个模块{started > done ? `，${started - done} 个学习中` : ''}
      </span>
      <progress max={modules.length} value={done} aria-label={`${title}路径完成进度`}>
        {done} / {modules.length}
      </progress>
    </div>
  );
}
