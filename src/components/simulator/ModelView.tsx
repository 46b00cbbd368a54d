/** What the model learnt: coefficients (logistic), importance and the drawn tree (CART), or the scorecard's weights. */
import { formatNumber, formatPercent } from '../../lib/format';
import type { ResultView } from './protocol';
import TreeView from './TreeView';

const SHOWN = 12;

function Bars({ caption, rows, signed, unit }: { caption: string; rows: { label: string; value: number; text: string }[]; signed: boolean; unit: string }) {
  const max = Math.max(1e-9, ...rows.map((x) => Math.abs(x.value)));
  return (
    <table class="sim-table sim-bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">特征</th>
          <th scope="col">{unit}</th>
          <th scope="col">
            <span class="visually-hidden">条形图</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((x) => (
          <tr key={x.label}>
            <th scope="row">{x.label}</th>
            <td>{x.text}</td>
            <td class="sim-bar-cell" aria-hidden="true">
              <span class={`sim-bar ${signed && x.value < 0 ? 'sim-bar-neg' : ''}`} style={{ width: `${(Math.abs(x.value) / max) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ModelView({ r, compact, sub }: { r: ResultView; compact: boolean; sub: 'h3' | 'h4' }) {
  const m = r.model;
  return (
    <div>
      <p>
        <strong>{m.name}</strong>:{m.scoreLabel}。
      </p>
      {m.coefficients !== undefined && (
        <>
          <Bars
            caption={`影响最大的 ${Math.min(SHOWN, m.coefficients.length)} 个特征(系数:特征增加一个标准差时流失对数几率的变化)`}
            unit="系数(几率倍数)"
            signed
            rows={m.coefficients.slice(0, SHOWN).map((c) => ({ label: c.label, value: c.coefficient, text: `${formatNumber(c.coefficient, { digits: 2, signed: true })}(×${formatNumber(c.oddsRatio, { digits: 2 })})` }))}
          />
          <p class="sim-muted">正系数(深色条)提高流失风险,负系数(浅色条)降低风险。几率倍数 ×1.5 表示该特征高一个标准差,流失的几率变为 1.5 倍。这是相关,不一定是原因。</p>
        </>
      )}
      {m.importance !== undefined && (
        <Bars
          caption="特征重要性(各特征的分裂使不纯度下降的份额)"
          unit="重要性"
          signed={false}
          rows={m.importance.slice(0, SHOWN).map((x) => ({ label: x.label, value: x.importance, text: formatPercent(x.importance) }))}
        />
      )}
      {m.signals !== undefined && (
        <Bars
          caption="评分卡的预警信号与权重"
          unit="权重"
          signed={false}
          rows={m.signals.map((s) => ({ label: s.label, value: s.weight, text: formatNumber(s.weight, { digits: 1 }) }))}
        />
      )}
      {m.tree !== undefined && !compact && <TreeView tree={m.tree} rules={m.rules ?? []} sub={sub} />}
    </div>
  );
}
