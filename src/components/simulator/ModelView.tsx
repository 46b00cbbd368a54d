/** What the model learnt: coefficients (logistic), importance and the drawn tree (CART), or the scorecard's weights. */
import { formatInteger, formatNumber, formatPercent } from '../../lib/format';
import type { ResultView } from '../../lib/simulator/result-view';
import TreeView from './TreeView';

const SHOWN = 12;

function Bars({ caption, rows, signed, unit, words }: { caption: string; rows: { label: string; value: number; text: string; words?: string }[]; signed: boolean; unit: string; words?: string }) {
  const max = Math.max(1e-9, ...rows.map((x) => Math.abs(x.value)));
  return (
    <table class="sim-table sim-bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">特征</th>
          <th scope="col">{unit}</th>
          {words !== undefined && <th scope="col">{words}</th>}
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
            {words !== undefined && <td data-explanation>{x.words}</td>}
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
        <strong>{m.name}</strong>：{m.scoreLabel}。训练数据：<span data-trained-on>{r.trainedOn.name}</span>（{formatInteger(r.trainedOn.rows)} 行{r.trainedOn.trainRows > 0 ? `，其中 ${formatInteger(r.trainedOn.trainRows)} 行用于训练` : ''}）。
        {r.importedFrom !== null ? <span data-imported-from>模型从文件“{r.importedFrom}”导入，没有重新训练。</span> : null}
        {r.target === 'new' ? `现在显示的是用这个模型给“${r.data.name}”打的分。` : ''}
      </p>
      {m.coefficients !== undefined && (
        <>
          <Bars
            caption={`影响最大的 ${Math.min(SHOWN, m.coefficients.length)} 个特征`}
            unit="系数"
            words="怎么读（其他条件相同时）"
            signed
            rows={m.coefficients.slice(0, SHOWN).map((c) => ({ label: c.label, value: c.coefficient, text: formatNumber(c.coefficient, { digits: 2, signed: true }), words: c.explanation }))}
          />
          <p class="sim-muted">正系数（深色条）提高流失风险，负系数（浅色条）降低风险；“几率”是流失与留下的比值。系数是在特征标准化之后算的，所以可以直接比较大小。这些都是训练数据中的相关关系，不一定是原因：要通过谈话去确认。</p>
        </>
      )}
      {m.importance !== undefined && (
        <Bars
          caption="特征重要性（各特征的分裂使不纯度下降的份额）"
          unit="重要性"
          signed={false}
          rows={m.importance.slice(0, SHOWN).map((x) => ({ label: x.label, value: x.importance, text: formatPercent(x.importance) }))}
        />
      )}
      {m.signals !== undefined && (
        <Bars
          caption="评分卡的预警信号与权重（与“流失早期预警信号”模块相同）"
          unit="权重"
          signed={false}
          rows={m.signals.map((s) => ({ label: s.label, value: s.weight, text: formatNumber(s.weight, { digits: 1 }) }))}
        />
      )}
      {m.tree !== undefined && !compact && <TreeView tree={m.tree} rules={m.rules ?? []} sub={sub} />}
    </div>
  );
}

