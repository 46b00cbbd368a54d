/** The fairness check: per sensitive attribute and group, tier shares and selection rates, with the four-fifths flag. */
import { echoText } from '../../lib/echo-text';
import { formatInteger, formatNumber, formatPercent } from '../../lib/format';
import { FOUR_FIFTHS, FOUR_FIFTHS_NOTE, MIN_GROUP } from '../../lib/simulator/fairness';
import type { ResultView } from '../../lib/simulator/result-view';
import { TIER_NAMES } from '../../lib/simulator/tiers';

export default function FairnessView({ r }: { r: ResultView }) {
  const f = r.fairness;
  if (f.attributes.length === 0) {
    return <p class="sim-muted">数据中没有识别出性别、年龄、婚姻状况等敏感属性列，无法做分群体的公平性核对。</p>;
  }
  return (
    <div>
      <p class="sim-muted">
        这些列没有参与打分。这里按群体看：每个群体有多少人落在各层，以及被选入干预的比例（{f.selection}）。入选率低于最高群体 {formatPercent(FOUR_FIFTHS)} 的群体会被标出。
      </p>
      {f.attributes.map((a) => (
        <div class="sim-scroll" tabIndex={0} role="region" aria-label={`按“${echoText(a.label)}”分群体`} key={a.column} data-fairness={a.column}>
          <table class="sim-table sim-fairness">
            <caption>
              按“{echoText(a.label)}”（{a.what}）分群体
              {a.flagged ? '：有群体低于五分之四' : a.minRatio !== null ? '：各群体都不低于五分之四' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">群体</th>
                <th scope="col">人数</th>
                {TIER_NAMES.map((n) => (
                  <th scope="col" key={n}>
                    {n}
                  </th>
                ))}
                <th scope="col">入选率</th>
                <th scope="col">与最高群体之比</th>
              </tr>
            </thead>
            <tbody>
              {a.rows.map((g) => (
                <tr key={g.group} class={g.flagged ? 'sim-row-flag' : undefined}>
                  <th scope="row">{echoText(g.group)}</th>
                  <td>{formatInteger(g.count)}</td>
                  {g.tierShares.map((s, t) => (
                    <td key={t}>{formatPercent(s)}</td>
                  ))}
                  <td>{formatPercent(g.selectionRate)}</td>
                  <td>
                    <output data-metric={`fairness-${a.column}-${g.group}`} data-value={g.ratio === null ? '' : String(g.ratio)}>
                      {g.small ? `人数少于 ${MIN_GROUP}，不比较` : g.ratio === null ? '—' : formatNumber(g.ratio, { digits: 2 })}
                    </output>
                    {g.flagged && <strong class="sim-caution"> 低于 0.8</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p class="sim-muted" data-four-fifths-note>
        {FOUR_FIFTHS_NOTE}
      </p>
    </div>
  );
}
