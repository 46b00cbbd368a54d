/** Model controls: logistic regression (λ), CART (depth, minimum leaf) or the transparent scorecard (weights on sliders). */
import type { Scenario } from '../../lib/simulator/scenario';
import type { Signal } from '../../lib/simulator/scorecard';

interface Props {
  uid: string;
  scenario: Scenario;
  set: (p: Partial<Scenario>) => void;
  signals: readonly Signal[];
}

const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

export default function ModelPanel({ uid, scenario, set, signals }: Props) {
  const upload = scenario.sample === 'upload';
  const models: [Scenario['model'], string, string][] = [
    ['logistic', '逻辑回归', '给每个特征一个权重,算出流失概率;系数可解释。'],
    ['tree', '决策树(CART)', '一串“如果……就……”的规则,最容易向业务方解释。'],
    ['scorecard', '透明评分卡', '课程中的预警信号加权打分,权重由你来定。'],
  ];
  return (
    <fieldset class="sim-fieldset">
      <legend>2. 模型</legend>
      <div class="sim-radios sim-radios-stack" role="radiogroup" aria-label="模型">
        {models.map(([v, l, help]) => (
          <label key={v}>
            <input type="radio" name={`${uid}-model`} value={v} checked={scenario.model === v} disabled={v === 'scorecard' && upload} onChange={() => set({ model: v })} />{' '}
            <span>
              {l}
              <span class="sim-hint-inline">{v === 'scorecard' && upload ? '(上传数据没有预设信号,暂不可用)' : help}</span>
            </span>
          </label>
        ))}
      </div>
      {scenario.model === 'logistic' && (
        <label class="sim-block">
          正则化强度 λ(越大,系数越收敛、越不易过拟合)
          <input type="number" min={0} max={1000} step={0.1} value={scenario.lambda} onInput={(e) => {
            const v = num(e.currentTarget.value);
            if (Number.isFinite(v) && v >= 0 && v <= 1000) set({ lambda: v });
          }} />
        </label>
      )}
      {scenario.model === 'tree' && (
        <div class="sim-row">
          <label>
            最大深度(1–12)
            <input type="number" min={1} max={12} step={1} value={scenario.depth} data-control="depth" onInput={(e) => {
              const v = num(e.currentTarget.value);
              if (Number.isInteger(v) && v >= 1 && v <= 12) set({ depth: v });
            }} />
          </label>
          <label>
            最小叶子样本数
            <input type="number" min={1} max={5000} step={1} value={scenario.minLeaf} data-control="leaf" onInput={(e) => {
              const v = num(e.currentTarget.value);
              if (Number.isInteger(v) && v >= 1 && v <= 5000) set({ minLeaf: v });
            }} />
          </label>
        </div>
      )}
      {scenario.model === 'scorecard' && !upload && (
        <div>
          <p class="sim-hint">
            评分卡输出的是<strong>风险分</strong>(0–100,越高越可能流失;健康分 = 100 − 风险分)。每个信号按权重计分,权重为 0 即不计入。
          </p>
          {signals.map((s) => {
            const w = scenario.weights[s.id] ?? s.weight;
            return (
              <div class="sim-slider" key={s.id}>
                <label for={`${uid}-w-${s.id}`}>{s.label}</label>
                <input
                  id={`${uid}-w-${s.id}`}
                  type="range"
                  min={0}
                  max={10}
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
