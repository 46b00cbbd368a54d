/** Test-set metrics of the selected model, each with a plain-words explanation, and the confusion matrix. */
import { formatInteger, formatNumber, formatPercent } from '../../lib/format';
import type { ResultView } from '../../lib/simulator/result-view';

export default function MetricsView({ r }: { r: ResultView }) {
  const e = r.evaluation;
  if (e === null && r.importedFrom !== null) return <p class="sim-muted">模型从文件导入，这里没有它的训练数据，无法重新评估；训练时的测试集表现记在模型文件和模型卡里。</p>;
  if (e === null) return <p class="sim-muted">训练数据没有可用的流失标签，无法评估模型的准确率；分层和成本测算仍然有效。</p>;
  const m = e.metrics;
  const c = m.confusion;
  const items: [string, string, string, string][] = [
    ['auc', 'ROC AUC', formatNumber(e.auc, { digits: 3, minDigits: 3 }), '随机抽一个流失者和一个留存者，模型给流失者打分更高的概率。0.5 等于瞎猜，0.8 以上较好。'],
    ['accuracy', '准确率', formatPercent(m.accuracy), '预测对的比例。流失者少时，全猜“不流失”也能很高，所以要结合下面几项看。'],
    ['precision', '精确率', formatPercent(m.precision), '被预测为会流失的人里，真的流失了的比例（找得准不准）。'],
    ['recall', '召回率', formatPercent(m.recall), '真正流失的人里，被模型提前找出来的比例（找得全不全）。'],
    ['f1', 'F1 值', formatNumber(m.f1, { digits: 3, minDigits: 3 }), '精确率和召回率的调和平均，两者兼顾时才高。'],
    ['lift', '极高层提升度', `${formatNumber(e.topTierLift, { digits: 1 })} 倍`, '极高层的实际流失率是整体的几倍。3 倍表示把资源集中在这一层，命中率是随机挑人的 3 倍。'],
  ];
  return (
    <div>
      <p class="sim-muted">
        {r.target === 'new' ? `这些数字来自训练文件“${r.trainedOn.name}”的测试集，新数据还没有结果，无法评估。` : ''}
        在测试集（{formatInteger(e.testCount)} 人，其中流失 {formatInteger(e.testChurners)} 人；模型训练时没见过它们）上的表现。判定规则：{e.rule}。
      </p>
      <dl class="sim-metrics">
        {items.map(([id, label, value, help]) => (
          <div class="sim-metric" key={id}>
            <dt>{label}</dt>
            <dd>
              <output data-metric={id} data-value={String(id === 'auc' ? e.auc : id === 'lift' ? e.topTierLift : m[id as 'accuracy'])}>
                {value}
              </output>
              <span class="sim-help">{help}</span>
            </dd>
          </div>
        ))}
      </dl>
      <table class="sim-table sim-confusion">
        <caption>混淆矩阵（测试集人数）</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">预测：会流失</th>
            <th scope="col">预测：不流失</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">实际：流失</th>
            <td>{formatInteger(c.tp)}（命中）</td>
            <td>{formatInteger(c.fn)}（漏掉）</td>
          </tr>
          <tr>
            <th scope="row">实际：留存</th>
            <td>{formatInteger(c.fp)}（误报）</td>
            <td>{formatInteger(c.tn)}（正确放过）</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
