/** Model controls: logistic regression (λ), CART (depth, minimum leaf) or the transparent scorecard (the course's signals, weights on sliders). */
import { BOUNDS } from '../../lib/simulator/bounds';
import type { Scenario } from '../../lib/simulator/scenario';
import NumberField from './NumberField';

interface Props {
  uid: string;
  scenario: Scenario;
  set: (p: Partial<Scenario>) => void;
  /** The scorecard's signals as the sliders show them (id, name, default weight). */
  signals: readonly { id: string; label: string; weight: number }[];
  /** For an upload: why the scorecard cannot run yet (no signal mapped), or null. */
  scorecardHint: string | null;
}

export default function ModelPanel({ uid, scenario, set, signals, scorecardHint }: Props) {
  const models: [Scenario['model'], string, string][] = [
    ['logistic', '逻辑回归', '给每个特征一个权重，算出流失概率；系数可以解释。'],
    ['tree', '决策树（CART）', '一串“如果……就……”的规则，最容易向业务方解释。'],
    ['scorecard', '透明评分卡', '课程的七个预警信号加权打分，权重由你来定。'],
  ];
  return (
    <fieldset class="sim-fieldset">
      <legend>2. 模型</legend>
      <div class="sim-radios sim-radios-stack" role="radiogroup" aria-label="模型">
        {models.map(([v, l, help]) => (
          <label key={v}>
            <input type="radio" name={`${uid}-model`} value={v} checked={scenario.model === v} onChange={() => set({ model: v })} />{' '}
            <span>
              {l}
              <span class="sim-hint-inline">{help}</span>
            </span>
          </label>
        ))}
      </div>
      {scenario.model === 'logistic' && (
        <NumberField id={`${uid}-lambda`} label="正则化强度 λ（越大，系数越收敛、越不易过拟合）" visibleLabel value={scenario.lambda} bound="lambda" size={6} data={{ control: 'lambda' }} onValue={(v) => set({ lambda: v })} />
      )}
      {scenario.model === 'tree' && (
        <div class="sim-row">
          <NumberField id={`${uid}-depth`} label={`最大深度（${BOUNDS.depth.min}–${BOUNDS.depth.max}）`} visibleLabel value={scenario.depth} bound="depth" size={4} data={{ control: 'depth' }} onValue={(v) => set({ depth: v })} />
          <NumberField id={`${uid}-leaf`} label="最小叶子样本数" visibleLabel value={scenario.minLeaf} bound="minLeaf" size={5} data={{ control: 'leaf' }} onValue={(v) => set({ minLeaf: v })} />
        </div>
      )}
      {scenario.model === 'scorecard' && (
        <div>
          <p class="sim-hint">
            评分卡输出的是<strong>风险分</strong>（0–100，越高越可能流失；健康分 = 100 − 风险分）。信号和默认权重与“流失早期预警信号”模块、信号评分计算器相同；权重为 0 即不计入。
          </p>
          {scorecardHint !== null && <p class="sim-hint" data-scorecard-hint>{scorecardHint}</p>}
          {signals.map((s) => {
            const w = scenario.weights[s.id] ?? s.weight;
            return (
              <div class="sim-slider" key={s.id}>
                <label for={`${uid}-w-${s.id}`}>{s.label}</label>
                <input
                  id={`${uid}-w-${s.id}`}
                  type="range"
                  min={BOUNDS.weight.min}
                  max={BOUNDS.weight.max}
                  step={0.5}
                  value={w}
                  data-weight={s.id}
                  onInput={(e) => {
                    const v = Number(e.currentTarget.value);
                    const weights = { ...scenario.weights };
                    if (v === s.weight) delete weights[s.id];
                    else weights[s.id] = v;
                    set({ weights });
                  }}
                />
                <output for={`${uid}-w-${s.id}`}>{w}</output>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
