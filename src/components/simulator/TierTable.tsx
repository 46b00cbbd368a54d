/** Per-tier results: size, actual churn (all rows and test rows), churners captured, economics; and the budget choice. */
import { formatCurrencyLarge, formatInteger, formatNumber, formatPercent } from '../../lib/format';
import type { ResultView } from './protocol';

export default function TierTable({ r, sub: Sub }: { r: ResultView; sub: 'h3' | 'h4' }) {
  const s = r.tiers.summary;
  const total = s.reduce((a, t) => ({ cost: a.cost + t.cost, saved: a.saved + t.expectedSaved, net: a.net + t.net }), { cost: 0, saved: 0, net: 0 });
  const b = r.budget;
  return (
    <div>
      <div class="sim-scroll" tabIndex={0} role="region" aria-label="各层结果表(可横向滚动)">
        <table class="sim-table sim-tiers">
          <caption>
            各风险层级{r.tiers.mode === 'rank' ? '(按风险分排名占比划分)' : '(按风险分分数线划分)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">层级</th>
              <th scope="col">人数</th>
              <th scope="col">占比</th>
              <th scope="col">实际流失率(全部)</th>
              <th scope="col">测试集流失率</th>
              <th scope="col">捕获流失者占比</th>
              <th scope="col">平均价值</th>
              <th scope="col">干预方式</th>
              <th scope="col">人均成本</th>
              <th scope="col">成功率</th>
              <th scope="col">总成本</th>
              <th scope="col">预期挽回价值</th>
              <th scope="col">净收益</th>
              <th scope="col">ROI</th>
            </tr>
          </thead>
          <tbody>
            {s.map((t) => (
              <tr key={t.tier}>
                <th scope="row">
                  {t.tier} {t.name}
                </th>
                <td>
                  <output data-metric={`tier-${t.tier}-count`} data-value={String(t.count)}>
                    {formatInteger(t.count)}
                  </output>
                </td>
                <td>{formatPercent(t.share)}</td>
                <td>
                  <output data-metric={`tier-${t.tier}-rate`} data-value={t.actualRate === null ? '' : String(t.actualRate)}>
                    {formatPercent(t.actualRate)}
                  </output>
                </td>
                <td>
                  <output data-metric={`tier-${t.tier}-test-rate`} data-value={t.testRate === null ? '' : String(t.testRate)}>
                    {formatPercent(t.testRate)}
                  </output>
                </td>
                <td>{formatPercent(t.capturedShare)}</td>
                <td>{formatCurrencyLarge(t.meanValue, { digits: 1 })}</td>
                <td title={t.detail}>{t.intervention}</td>
                <td>{formatCurrencyLarge(t.costPerHead)}</td>
                <td>{formatPercent(t.successRate)}</td>
                <td>{formatCurrencyLarge(t.cost, { digits: 1 })}</td>
                <td>{formatCurrencyLarge(t.expectedSaved, { digits: 1 })}</td>
                <td class={t.net < 0 ? 'sim-neg' : undefined}>{formatCurrencyLarge(t.net, { digits: 1 })}</td>
                <td>{t.roi === null ? '—' : formatPercent(t.roi, { digits: 0 })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              <td>{formatInteger(r.data.n)}</td>
              <td>100%</td>
              <td>{formatPercent(r.data.baseRate)}</td>
              <td colSpan={6} />
              <td>{formatCurrencyLarge(total.cost, { digits: 1 })}</td>
              <td>{formatCurrencyLarge(total.saved, { digits: 1 })}</td>
              <td>
                <output data-metric="net-total" data-value={String(total.net)}>
                  {formatCurrencyLarge(total.net, { digits: 1 })}
                </output>
              </td>
              <td>{total.cost > 0 ? formatPercent(total.net / total.cost, { digits: 0 }) : '—'}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="sim-muted">
        预期挽回价值 = 成功率 × Σ(每人流失概率 × 每人价值);净收益 = 预期挽回价值 − 总成本;ROI = 净收益 ÷ 总成本。实际流失率“全部”含训练行,“测试集”只算模型没见过的行,更能说明模型在新数据上的表现。
      </p>
      {b !== null && (
        <section class="sim-budget">
          <Sub>预算模式:{formatCurrencyLarge(b.budget)} 应该花在谁身上</Sub>
          <p>
            按“预期挽回价值 ÷ 成本”从高到低挑人,只选值得干预(挽回价值高于成本)的人:共干预{' '}
            <output data-metric="budget-count" data-value={String(b.count)}>
              {formatInteger(b.count)}
            </output>{' '}
            人,花费 {formatCurrencyLarge(b.cost, { digits: 1 })},预期挽回 {formatCurrencyLarge(b.expectedSaved, { digits: 1 })},净收益{' '}
            <output data-metric="budget-net" data-value={String(b.net)}>
              {formatCurrencyLarge(b.net, { digits: 1 })}
            </output>
            {b.roi !== null ? `,ROI ${formatPercent(b.roi, { digits: 0 })}` : ''}。
          </p>
          <p class="sim-muted">各层入选:{b.perTier.map((p, i) => `${s[i]?.name ?? ''} ${formatInteger(p.count)} 人`).join(',')}。</p>
        </section>
      )}
      <p class="sim-muted">平均风险分(0–100,越高越可能流失):{s.map((t) => `${t.name} ${formatNumber(t.meanScore, { digits: 1 })}`).join(',')}。</p>
    </div>
  );
}
