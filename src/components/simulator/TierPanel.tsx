/** Tier controls: shares by rank (sum 100) or score cut-offs; cost per head and 干预成功率（增量） per tier; budget mode. */
import { SUCCESS_RATE_LABEL, TIER_INTERVENTIONS } from '../../lib/simulator/interventions';
import type { Scenario } from '../../lib/simulator/scenario';
import { TIER_NAMES } from '../../lib/simulator/tiers';
import NumberField from './NumberField';

interface Props {
  uid: string;
  scenario: Scenario;
  set: (p: Partial<Scenario>) => void;
  problem: string | null;
  /** Success rates above a tier's expected churn, from the last result. */
  warnings: string[];
}

export default function TierPanel({ uid, scenario, set, problem, warnings }: Props) {
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
      <table class="sim-table sim-tier-inputs">
        <caption class="visually-hidden">各层设置</caption>
        <thead>
          <tr>
            <th scope="col">层级</th>
            <th scope="col">{scenario.tierMode === 'rank' ? '占比 %' : '风险分下限'}</th>
            <th scope="col">人均成本（元）</th>
            <th scope="col">{SUCCESS_RATE_LABEL} %</th>
          </tr>
        </thead>
        <tbody>
          {TIER_NAMES.map((name, t) => (
            <tr key={name}>
              <th scope="row">
                {t + 1} {name}
                <span class="sim-hint-inline">{TIER_INTERVENTIONS[t]}</span>
              </th>
              <td>
                {scenario.tierMode === 'rank' ? (
                  <NumberField id={`${uid}-share-${t}`} label={`${name}层占比（%）`} value={scenario.shares[t] as number} bound="share" size={4} data={{ share: String(t + 1) }} onValue={(v) => set({ shares: replace(scenario.shares, t, v) })} />
                ) : t < 4 ? (
                  <NumberField id={`${uid}-cutoff-${t}`} label={`${name}层风险分下限`} value={scenario.cutoffs[t] as number} bound="cutoff" size={4} data={{ cutoff: String(t + 1) }} onValue={(v) => set({ cutoffs: replace(scenario.cutoffs, t, v) })} />
                ) : (
                  '其余'
                )}
              </td>
              <td>
                <NumberField id={`${uid}-cost-${t}`} label={`${name}层人均成本（元）`} value={scenario.costs[t] as number} bound="cost" size={7} data={{ cost: String(t + 1) }} onValue={(v) => set({ costs: replace(scenario.costs, t, v) })} />
              </td>
              <td>
                <NumberField id={`${uid}-success-${t}`} label={`${name}层${SUCCESS_RATE_LABEL}（%）`} value={scenario.success[t] as number} bound="success" size={4} data={{ success: String(t + 1) }} onValue={(v) => set({ success: replace(scenario.success, t, v) })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {scenario.tierMode === 'rank' && (
        <p class={problem !== null ? 'sim-error' : 'sim-hint'} role={problem !== null ? 'alert' : undefined} data-shares-status>
          {problem ?? `合计 ${sum}%。默认 5/15/25/35/20：极高层最少、投入最重。`}
        </p>
      )}
      {scenario.tierMode === 'cutoff' && problem !== null && (
        <p class="sim-error" role="alert">
          {problem}
        </p>
      )}
      <p class="sim-hint">
        {SUCCESS_RATE_LABEL} = 干预组留存率 − 对照组留存率：接受干预的人里，因为干预才留下的比例。默认 30、30、8、2、0.5（与“风险分层与分级干预”模块的预算表相同），越往低层越小，因为低风险的人本来就很少会走。它不能高于这一层本来会流失的比例。
      </p>
      {warnings.length > 0 && (
        <ul class="sim-warnings" data-rate-warnings>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <label class="sim-check">
        <input type="checkbox" checked={scenario.budget !== null} onChange={(e) => set({ budget: e.currentTarget.checked ? 200000 : null })} /> 预算模式：在预算内选择干预谁，使预期净收益最大
      </label>
      {scenario.budget !== null && (
        <NumberField id={`${uid}-budget`} label="预算（元）" visibleLabel value={scenario.budget} bound="budget" size={10} data={{ control: 'budget' }} onValue={(v) => set({ budget: v })} />
      )}
    </fieldset>
  );
}
