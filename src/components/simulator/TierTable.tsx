/** Per-tier results: size, actual churn (all rows and test rows), churners captured, economics; and the budget choice. */
import { formatCurrencyLarge, formatInteger, formatNumber, formatPercent } from '../../lib/format';
import { SUCCESS_RATE_LABEL } from '../../lib/simulator/interventions';
import type { ResultView } from '../../lib/simulator/result-view';

const money = (v: number) => formatCurrencyLarge(v, { digits: Math.abs(v) >= 1e4 ? 1 : 0 });

export default function TierTable({ r, sub: Sub }: { r: ResultView; sub: 'h3' | 'h4' }) {
  const s = r.tiers.summary;
  const total = r.tiers.totals;
  const b = r.budget;
  const losing = s.filter((t) => t.net < 0 && t.count > 0);
  const labelled = r.target === 'training' && r.data.baseRate !== null;
  return (
    <div>
      <div class="sim-scroll sim-tier-scroll" tabIndex={0} role="region" aria-label="各层结果表（可横向滚动，层级列固定）">
        <table class="sim-table sim-tiers">
          <caption>
            各风险层级{r.tiers.mode === 'rank' ? '（按风险分排名占比划分）' : '（按风险分分数线划分）'}
            {r.target === 'new' ? `：新数据“${r.data.name}”` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">层级</th>
              <th scope="col">人数</th>
              <th scope="col">占比</th>
              {labelled && <th scope="col">实际流失率（全部）</th>}
              {labelled && <th scope="col">测试集流失率</th>}
              {labelled && <th scope="col">捕获流失者占比</th>}
              <th scope="col">预计流失比例</th>
              <th scope="col">平均每人价值</th>
              <th scope="col">干预方式</th>
              <th scope="col">人均成本</th>
              <th scope="col">{SUCCESS_RATE_LABEL}</th>
              <th scope="col">总成本</th>
              <th scope="col">预期挽回价值</th>
              <th scope="col">净收益</th>
              <th scope="col">ROI</th>
            </tr>
          </thead>
          <tbody>
            {s.map((t) => (
              <tr key={t.tier} class={t.net < 0 && t.count > 0 ? 'sim-row-loss' : undefined}>
                <th scope="row">
                  {t.tier} {t.name}
                </th>
                <td>
                  <output data-metric={`tier-${t.tier}-count`} data-value={String(t.count)}>
                    {formatInteger(t.count)}
                  </output>
                </td>
                <td>{formatPercent(t.share)}</td>
                {labelled && (
                  <td>
                    <output data-metric={`tier-${t.tier}-rate`} data-value={t.actualRate === null ? '' : String(t.actualRate)}>
                      {formatPercent(t.actualRate)}
                    </output>
                  </td>
                )}
                {labelled && (
                  <td>
                    <output data-metric={`tier-${t.tier}-test-rate`} data-value={t.testRate === null ? '' : String(t.testRate)}>
                      {formatPercent(t.testRate)}
                    </output>
                  </td>
                )}
                {labelled && <td>{formatPercent(t.capturedShare)}</td>}
                <td>
                  <output data-metric={`tier-${t.tier}-expected-rate`} data-value={String(t.meanProbability)}>
                    {formatPercent(t.meanProbability)}
                  </output>
                </td>
                <td>{money(t.meanValue)}</td>
                <td title={t.detail}>{t.intervention}</td>
                <td>{money(t.costPerHead)}</td>
                <td class={t.rateWarning !== null ? 'sim-warn-cell' : undefined}>
                  {formatPercent(t.successRate, { digits: 1 })}
                  {t.rateWarning !== null && <span class="sim-warn-mark"> ⚠ 高于预计流失比例</span>}
                </td>
                <td>{money(t.cost)}</td>
                <td>
                  <output data-metric={`tier-${t.tier}-saved`} data-value={String(t.expectedSaved)}>
                    {money(t.expectedSaved)}
                  </output>
                </td>
                <td class={t.net < 0 ? 'sim-neg' : undefined}>
                  <output data-metric={`tier-${t.tier}-net`} data-value={String(t.net)}>
                    {money(t.net)}
                  </output>
                </td>
                <td>{t.roi === null ? '—' : formatPercent(t.roi, { digits: 0 })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              <td>{formatInteger(total.count)}</td>
              <td>100%</td>
              {labelled && <td>{formatPercent(r.data.baseRate)}</td>}
              {labelled && <td />}
              {labelled && <td />}
              <td colSpan={5} />
              <td>{money(total.cost)}</td>
              <td>{money(total.expectedSaved)}</td>
              <td>
                <output data-metric="net-total" data-value={String(total.net)}>
                  {money(total.net)}
                </output>
              </td>
              <td>{total.roi === null ? '—' : formatPercent(total.roi, { digits: 0 })}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="sim-muted">
        预期挽回价值 = 人数 × {SUCCESS_RATE_LABEL} × 平均每人价值（成功率已经是“所有接受干预的人”中因干预而留下的比例，不再乘流失概率）；净收益 = 预期挽回价值 − 总成本；ROI = 净收益 ÷ 总成本。“预计流失比例”是模型给这一层的平均流失概率，成功率不能高于它。
        {labelled ? '实际流失率“全部”含训练行，“测试集”只算模型没见过的行，更能说明模型在新数据上的表现。' : ''}
      </p>
      {losing.length > 0 && (
        <p class="sim-warning" data-loss-note>
          {losing.map((t) => t.name).join('、')}层按当前假设净收益为负：干预的成本高于预期挽回的价值。可以降低这一层的干预强度（如把上门改成电话或批量维护）、暂停，或核对每人价值和成功率的假设；导出的名单会在这些人的“建议干预”旁注明。
        </p>
      )}
      {b !== null && (
        <section class="sim-budget">
          <Sub>预算模式：{formatCurrencyLarge(b.budget)} 应该花在谁身上</Sub>
          <p>
            按“预期挽回价值 ÷ 成本”从高到低挑人，只选值得干预（挽回价值高于成本）的人：共干预{' '}
            <output data-metric="budget-count" data-value={String(b.count)}>
              {formatInteger(b.count)}
            </output>{' '}
            人，花费 {money(b.cost)}，预期挽回 {money(b.expectedSaved)}，净收益{' '}
            <output data-metric="budget-net" data-value={String(b.net)}>
              {money(b.net)}
            </output>
            {b.roi !== null ? `，ROI ${formatPercent(b.roi, { digits: 0 })}` : ''}。
          </p>
          <p class="sim-muted" data-budget-tiers>
            各层入选：{b.perTier.map((p, i) => `${s[i]?.name ?? ''} ${formatInteger(p.count)} 人`).join('，')}。
          </p>
        </section>
      )}
      <p class="sim-muted">平均风险分（0–100，越高越可能流失）：{s.map((t) => `${t.name} ${formatNumber(t.meanScore, { digits: 1 })}`).join('，')}。</p>
    </div>
  );
}
