/** The four result charts: tier distribution, actual churn rate by tier, cumulative gains / lift, ROC. */
import { formatInteger, formatNumber, formatPercent } from '../../lib/format';
import type { ResultView } from '../../lib/simulator/result-view';
import Keep from './Keep';
import { BarChart, Figure, LineChart } from './SvgCharts';

export default function Charts({ r }: { r: ResultView }) {
  const { tierDistribution, actualRateByTier, gains, roc } = r.charts;
  const names = tierDistribution.map((t) => t.name);
  const top = actualRateByTier[0];
  const base = r.data.baseRate;
  const at20 = gains.find((g) => Math.abs(g.share - 0.2) < 1e-9);
  return (
    <div class="sim-charts">
      <Figure
        title="各层人数"
        summary={`共 ${formatInteger(r.data.n)} 人，按风险从高到低分为五层：${tierDistribution.map((t) => `${t.name} ${formatInteger(t.count)} 人`).join(',')}。`}
        head={['层级', '人数', '占比']}
        rows={tierDistribution.map((t) => [t.name, formatInteger(t.count), formatPercent(t.share)])}
      >
        <BarChart labels={names} series={[{ name: '人数', values: tierDistribution.map((t) => t.count) }]} percent={false} xLabel="风险层级" />
      </Figure>
      {base !== null && r.target === 'training' && (
        <Figure
          title="各层实际流失率"
          summary={`整体流失率 ${formatPercent(base)}；${top?.name ?? ''}层实际流失率 ${formatPercent(top?.rate)}。风险越高的层，流失率应越高——越陡，模型越有用。`}
          head={['层级', '实际流失率（全部）', '实际流失率（测试集）']}
          rows={actualRateByTier.map((t) => [t.name, formatPercent(t.rate), formatPercent(t.testRate)])}
        >
          <BarChart
            labels={names}
            series={[
              { name: '全部行', values: actualRateByTier.map((t) => t.rate) },
              { name: '仅测试集', values: actualRateByTier.map((t) => t.testRate) },
            ]}
            percent
            xLabel="风险层级"
          />
        </Figure>
      )}
      <Keep k={r.fitKey}>
      {gains.length > 0 && (
        <Figure
          title="累计增益与提升度"
          summary={
            at20 !== undefined
              ? `按风险分从高到低联系前 20% 的人，可覆盖测试集 ${formatPercent(at20.captured)} 的流失者，是随机联系的 ${formatNumber(at20.lift, { digits: 1 })} 倍（提升度）。`
              : '按风险分从高到低联系的人越多，覆盖的流失者越多。'
          }
          head={['联系人数占比', '覆盖流失者占比', '提升度']}
          rows={gains.slice(1).map((g) => [formatPercent(g.share), formatPercent(g.captured), formatNumber(g.lift, { digits: 2 })])}
        >
          <LineChart series={[{ name: '模型', points: gains.map((g) => [g.share, g.captured]) }]} xLabel="按风险分从高到低联系的人数占比" diagonal />
        </Figure>
      )}
      {roc.length > 0 && r.evaluation !== null && (
        <Figure
          title="ROC 曲线"
          summary={`曲线越靠左上角越好；曲线下面积 AUC = ${formatNumber(r.evaluation.auc, { digits: 3 })}（0.5 相当于随机猜测，1 为完美排序）。`}
          head={['误报率（FPR）', '命中率（TPR）']}
          rows={roc.filter((_, i) => i % 10 === 0 || i === roc.length - 1).map((p) => [formatPercent(p.fpr), formatPercent(p.tpr)])}
        >
          <LineChart series={[{ name: '模型', points: roc.map((p) => [p.fpr, p.tpr]) }]} xLabel="误报率：被误判为会流失的留存者占比" diagonal />
        </Figure>
      )}
      </Keep>
    </div>
  );
}
