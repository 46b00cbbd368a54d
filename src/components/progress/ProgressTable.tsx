/** /progress/: every module with its status, best quiz score and minutes left (client:load). */
import { STATUS_LABELS, minutesLeft, moduleStatus } from '../../lib/progress';
import { useProgress } from './use-progress';

export interface TableModule {
  slug: string;
  title: string;
  trackLabel: string;
  minutes: number;
  sections: string[];
  questions: number;
}

export default function ProgressTable({ modules }: { modules: TableModule[] }) {
  const { progress, loaded } = useProgress();
  const p = loaded ? progress : null;
  const rows = modules.map((m) => {
    const status = p ? moduleStatus(p, m.slug) : 'not-started';
    const quiz = p?.modules[m.slug]?.quiz;
    const left = p ? minutesLeft(p, m.slug, m.minutes, m.sections) : m.minutes;
    return { m, status, quiz, left };
  });
  const done = rows.filter((r) => r.status === 'completed').length;
  const totalLeft = rows.reduce((n, r) => n + r.left, 0);
  return (
    <>
      <p class="progress-summary" data-progress-summary>
        已完成 <strong>{done}</strong> / {modules.length} 个模块,剩余约 <strong>{totalLeft}</strong> 分钟。
      </p>
      <div class="table-wrap">
        <table class="progress-table">
          <caption class="visually-hidden">各模块学习进度</caption>
          <thead>
            <tr>
              <th scope="col">模块</th>
              <th scope="col">路径</th>
              <th scope="col">状态</th>
              <th scope="col">测验最高分</th>
              <th scope="col">剩余时间</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ m, status, quiz, left }) => (
              <tr key={m.slug} data-module-row={m.slug}>
                <th scope="row">
                  <a href={`/modules/${m.slug}/`}>{m.title}</a>
                </th>
                <td>{m.trackLabel}</td>
                <td>
                  <span class="status-badge" data-status={status}>
                    {STATUS_LABELS[status]}
                  </span>
                </td>
                <td>{m.questions === 0 ? '无测验' : quiz ? `${Math.floor(quiz.best * 100)}%(${quiz.attempts} 次)` : '未作答'}</td>
                <td>{left === 0 ? '—' : `约 ${left} 分钟`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
