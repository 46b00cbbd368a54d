/** Tier controls: shares by rank (sum 100) or score cut-offs; cost per head and success rate per tier; budget mode. */
import type { Scenario } from '../../lib/simulator/scenario';
import { TIER_NAMES } from '../../lib/simulator/tiers';

interface Props {
  uid: string;
  scenario: Scenario;
  set: (p: Partial<Scenario>) => void;
  sharesError: string | null;
  cutoffsError: string | null;
}

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
const shown = (v: number) => (Number.isFinite(v) ? String(v) : '');
const INTERVENTION = ['一对一定制', '一对一定制', '半定制', '批量维护', '批量维护'];

export default function TierPanel({ uid, scenario, set, sharesError, cutoffsError }: Props) {
  const replace = (list: number[], i: number, v: number) => list.map((x, k) => (k === i ? v : x));
  const sum = scenario.shares.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  return (
    <fieldset class="sim-fieldset">
      <legend>3. 分层与干预</legend>
      <div class="sim-radios" role="radiogroup" aria-label="分层方式">
        <label>
          <input type="radio" name={`${uid}-tiers`} checked={scenario.tierMode === 'rank'} onChange={() => set({ tierMode: 'rank' })} /> 按排名占比
        </label>
        <label>
          <input type="radio" name={`${uid}-tiers`} checked={scenario.tierMode === 'cutoff'} onChange={() => set({ tierMode: 'cutoff' })} /> 按分数线
        </label>
      </div>
      <div class="sim-scroll" tabIndex={0} role="region" aria-label="各层设置">
        <table class="sim-table sim-tier-inputs">
          <thead>
            <tr>
              <th scope="col">层级</th>
              <th scope="col">{scenario.tierMode === 'rank' ? '占比 %' : '风险分下限'}</th>
              <th scope="col">人均成本(元)</th>
              <th scope="col">成功率 %</th>
            </tr>
          </thead>
          <tbody>
            {TIER_NAMES.map((name, t) => (
              <tr key={name}>
                <th scope="row">
                  {t + 1} {name}
                  <span class="sim-hint-inline">{INTERVENTION[t]}</span>
                </th>
                <td>
                  {scenario.tierMode === 'rank' ? (
                    <input
                      type="number"
                      min={0}
                      max={100}
                      step={1}
                      aria-label={`${name}层占比(%)`}
                      data-share={t + 1}
                      value={shown(scenario.shares[t] as number)}
                      onInput={(e) => set({ shares: replace(scenario.shares, t, num(e.currentTarget.value)) })}
                    />
                  ) : t < 4 ? (
                    <input
                      type="number"
                      min={0}
                      max={100}
                      step={1}
                      aria-label={`${name}层风险分下限`}
                      data-cutoff={t + 1}
                      value={shown(scenario.cutoffs[t] as number)}
                      onInput={(e) => set({ cutoffs: replace(scenario.cutoffs, t, num(e.currentTarget.value)) })}
                    />
                  ) : (
                    '其余'
                  )}
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step={10}
                    aria-label={`${name}层人均成本(元)`}
                    data-cost={t + 1}
                    value={shown(scenario.costs[t] as number)}
                    onInput={(e) => {
                      const v = num(e.currentTarget.value);
                      if (Number.isFinite(v) && v >= 0) set({ costs: replace(scenario.costs, t, v) });
                    }}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    aria-label={`${name}层干预成功率(%)`}
                    data-success={t + 1}
                    value={shown(scenario.success[t] as number)}
                    onInput={(e) => {
                      const v = num(e.currentTarget.value);
                      if (Number.isFinite(v) && v >= 0 && v <= 100) set({ success: replace(scenario.success, t, v) });
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {scenario.tierMode === 'rank' && (
        <p class={sharesError !== null ? 'sim-error' : 'sim-hint'} role={sharesError !== null ? 'alert' : undefined} data-shares-status>
          {sharesError ?? `合计 ${sum}%。默认 5/15/25/35/20:极高层最少、最贵。`}
        </p>
      )}
      {scenario.tierMode === 'cutoff' && cutoffsError !== null && (
        <p class="sim-error" role="alert">
          {cutoffsError}
        </p>
      )}
      <p class="sim-hint">成功率默认 47%(课程引用的数据驱动干预挽回率)。</p>
      <label class="sim-check">
        <input type="checkbox" checked={scenario.budget !== null} onInput={(e) => set({ budget: e.currentTarget.checked ? 200000 : null })} /> 预算模式:在预算内选择干预谁,使预期净收益最大
      </label>
      {scenario.budget !== null && (
        <label class="sim-block">
          预算(元)
          <input
            type="number"
            min={0}
            step={10000}
            value={scenario.budget}
            data-control="budget"
            onInput={(e) => {
              const v = num(e.currentTarget.value);
              if (Number.isFinite(v) && v >= 0) set({ budget: v });
            }}
          />
        </label>
      )}
    </fieldset>
  );
}
