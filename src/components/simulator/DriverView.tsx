/** For at-risk people: the signals that raise their risk most, grouped into the course's retention strategies. */
import { formatInteger, formatNumber } from '../../lib/format';
import type { ResultView } from '../../lib/simulator/result-view';

export default function DriverView({ r, compact }: { r: ResultView; compact: boolean }) {
  const d = r.drivers;
  const groupName = new Map(d.groups.map((g) => [g.id, g.name]));
  const tiers = d.tiers.map((t) => r.tiers.summary[t - 1]?.name ?? String(t)).join('、');
  return (
    <div>
      <p class="sim-muted">
        {tiers}层共 {formatInteger(r.atRiskCount)} 人。按每个人风险最主要的来源归入一种策略，再用课程推荐的做法去沟通——分数只用来安排谈话和关怀的先后，不能替代谈话本身。只列出至少有 1 人的策略。
      </p>
      <div class="sim-scroll" tabIndex={0} role="region" aria-label="策略分组表">
        <table class="sim-table">
          <caption>按主要驱动因素分组</caption>
          <thead>
            <tr>
              <th scope="col">策略</th>
              <th scope="col">人数</th>
              <th scope="col">涉及信号</th>
              <th scope="col">推荐做法</th>
            </tr>
          </thead>
          <tbody>
            {d.groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.name}</th>
                <td>
                  <output data-metric={`driver-${g.id}`} data-value={String(g.count)}>
                    {formatInteger(g.count)}
                  </output>
                </td>
                <td>{g.columns.slice(0, 4).join('、')}</td>
                <td>
                  <ul class="sim-plain">
                    {g.actions.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!compact && d.people.length > 0 && (
        <details>
          <summary>风险最高的 {d.people.length} 人及其主要信号</summary>
          <div class="sim-scroll" tabIndex={0} role="region" aria-label="高风险人员列表">
            <table class="sim-table">
              <thead>
                <tr>
                  <th scope="col">编号</th>
                  <th scope="col">风险分</th>
                  <th scope="col">层级</th>
                  <th scope="col">主要信号（由强到弱）</th>
                  <th scope="col">策略</th>
                </tr>
              </thead>
              <tbody>
                {d.people.map((p, i) => (
                  <tr key={p.row}>
                    <th scope="row">{r.people[i]?.id}</th>
                    <td>{formatNumber(r.people[i]?.score, { digits: 1 })}</td>
                    <td>{r.tiers.summary[p.tier - 1]?.name}</td>
                    <td>{p.top.map((x) => x.label).join('、') || '—'}</td>
                    <td>{groupName.get(p.group) ?? '其他'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
