/** /progress/: every module with its status, best quiz score and minutes left (client:load). */
import { STATUS_LABELS, minutesLeft, moduleOf, moduleStatus } from '../../lib/progress';
import { percentOf } from '../../lib/quiz/pass-mark';
import { useProgress } from './use-progress';

export interface TableModule {
  slug: string;
  title: string;
  trackLabel: string;
  minutes: number;
  sections: string[];
  questions: number;
}

/**
 * A table on wide screens; on a phone each row becomes a card (CSS in progress.astro). The
 * roles are explicit so the table keeps its semantics when its rows are laid out as blocks, and
 * each cell carries its column name, shown only in the card layout.
 */
export default function ProgressTable({ modules }: { modules: TableModule[] }) {
  const { progress, loaded } = useProgress();
  const p = loaded ? progress : null;
  const rows = modules.map((m) => {
    const status = p ? moduleStatus(p, m.slug) : 'not-started';
    const quiz = p ? moduleOf(p, m.slug)?.quiz : undefined;
    const left = p ? minutesLeft(p, m.slug, m.minutes, m.sections) : m.minutes;
    return { m, status, quiz, left };
  });
  const done = rows.filter((r) => r.status === 'completed').length;
  const totalLeft = rows.reduce((n, r) => n + r.left, 0);
  const label = (text: string) => (
    <span class="cell-label" aria-hidden="true">
      {text}
    </span>
  );
  return (
    <>
      <p class="progress-summary" data-progress-summary>
        已完成 <strong>{done}</strong> / {modules.length} 个模块，剩余约 <strong>{totalLeft}</strong> 分钟。
      </p>
      <div class="table-wrap">
        <table class="progress-table" role="table">
          <caption class="visually-hidden">各模块学习进度</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                模块
              </th>
              <th scope="col" role="columnheader">
                路径
              </th>
              <th scope="col" role="columnheader">
                状态
              </th>
              <th scope="col" role="columnheader">
                测验最高分
              </th>
              <th scope="col" role="columnheader">
                剩余时间
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map(({ m, status, quiz, left }) => (
              <tr key={m.slug} role="row" data-module-row={m.slug}>
                <th scope="row" role="rowheader">
                  <a href={`/modules/${m.slug}/`}>{m.title}</a>
                </th>
                <td role="cell" class="cell-track">
                  {label('路径')}
                  {m.trackLabel}
                </td>
                <td role="cell">
                  {label('状态')}
                  <span class="status-badge" data-status={status}>
                    {STATUS_LABELS[status]}
                  </span>
                </td>
                <td role="cell">
                  {label('测验最高分')}
                  {m.questions === 0 ? '无测验' : quiz ? `${percentOf(quiz.best)}%（${quiz.attempts} 次）` : '未作答'}
                </td>
                <td role="cell">
                  {label('剩余时间')}
                  {left === 0 ? '—' : `约 ${left} 分钟`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
