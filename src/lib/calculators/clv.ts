import { customerLifetimeValue, type ClvValue } from '../metrics/clv';
import { formatCurrency, formatMultiple, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, paren, row, tx } from './formula';
import { num, optNum, renameErrors, str } from './fields';
import type { CalculatorSpec, Parsed } from './types';

const yuan = (x: number) => formatCurrency(x, { digits: 0 });
const periodName = (p: Parsed) => (str(p, 'period') === 'year' ? '年' : '月');

function clvOf(p: Parsed, churn: number) {
  const discount = optNum(p, 'discount');
  const cac = optNum(p, 'cac');
  return customerLifetimeValue({
    arpu: num(p, 'arpu'),
    grossMargin: num(p, 'margin'),
    churn,
    ...(discount !== undefined ? { discountRate: discount } : {}),
    ...(cac !== undefined ? { cac } : {}),
  });
}

/** CLV/CAC health bands: a common rule of thumb, not a law. */
export function clvCacReading(ratio: number): string {
  if (ratio < 1) return '低于 1：获客花的钱收不回来，应先降低获客成本或流失';
  if (ratio < 3) return '在 1–3 之间：能收回成本，但利润空间偏薄';
  if (ratio <= 5) return '在 3–5 之间：常被视为健康区间';
  return '高于 5：客户很有价值，也许可以在获客上更积极';
}

/** 简单 CLV = ARPU × 毛利率 / 流失率; 贴现 CLV = m × r / (1 + d − r) (Gupta & Lehmann 2003; seed 004). */
export const clv: CalculatorSpec<ClvValue> = {
  id: 'clv',
  title: '客户生命周期价值（CLV）计算器',
  topic: 'loyalty',
  summary: '一位客户在整个合作期内带来的毛利。ARPU、流失率和贴现率须按同一周期（每月或每年）填写。',
  fields: [
    {
      name: 'period',
      label: '周期',
      kind: 'choice',
      example: 'month',
      choices: [
        { value: 'month', label: '按月' },
        { value: 'year', label: '按年' },
      ],
      hint: '下面的 ARPU、流失率、贴现率都按这个周期填写',
    },
    { name: 'arpu', label: '每客户每期收入（ARPU）', unit: '元', kind: 'amount', example: '200' },
    { name: 'margin', label: '毛利率', unit: '%', kind: 'percent', example: '60', max: 100 },
    { name: 'churn', label: '每期流失率', unit: '%', kind: 'percent', example: '5', max: 100 },
    { name: 'discount', label: '每期贴现率', unit: '%', kind: 'percent', example: '1', max: 100, optional: true, hint: '选填：用于计算贴现 CLV；按月约 1%（年约 12%）' },
    { name: 'cac', label: '获客成本（CAC）', unit: '元', kind: 'amount', example: '', optional: true, hint: '选填：用于计算 CLV/CAC' },
  ],
  compute: (p) =>
    renameErrors(clvOf(p, num(p, 'churn')), { grossMargin: 'margin', discountRate: 'discount' }),
  metrics: [
    { id: 'clv-simple', label: '简单 CLV', format: (v) => yuan(v.simple) },
    { id: 'clv-discounted', label: '贴现 CLV', format: (v) => (v.discounted === undefined ? '未填贴现率' : yuan(v.discounted)) },
    { id: 'clv-lifetime', label: '预期生命周期', format: (v, p) => `${formatNumber(v.lifetime, { digits: 1 })} ${periodName(p) === '月' ? '个月' : '年'}`, secondary: true },
    { id: 'clv-cac', label: 'CLV/CAC', format: (v) => (v.clvToCac === undefined ? '未填 CAC' : formatMultiple(v.clvToCac, { digits: 2 })), secondary: true },
  ],
  formula: [
    eq(tx('简单 CLV'), frac(row(tx('ARPU'), op('×'), tx('毛利率')), tx('流失率'))),
    eq(tx('贴现 CLV'), frac(row(tx('ARPU'), op('×'), tx('毛利率'), op('×'), paren(nm('1'), op('−'), tx('流失率'))), row(tx('贴现率'), op('+'), tx('流失率')))),
  ],
  formulaNote:
    '贴现 CLV 假设每期期末、客户当期没有流失时才收到毛利，合作期无限长，并按“客户仍在的概率”加权：越远的钱越不值钱。所以贴现率为 0 时，贴现 CLV 仍比简单 CLV 少一期毛利——简单公式从第一期起就全额计入。',
  working: (v, p) => {
    const m = row(nm(yuan(num(p, 'arpu'))), op('×'), nm(formatPercent(num(p, 'margin'))));
    const lines = [eq(tx('简单 CLV'), frac(m, nm(formatPercent(num(p, 'churn')))), frac(nm(formatCurrency(v.margin)), nm(formatPercent(num(p, 'churn')))), nm(yuan(v.simple)))];
    const d = optNum(p, 'discount');
    if (v.discounted !== undefined && d !== undefined) {
      lines.push(
        eq(
          tx('贴现 CLV'),
          frac(row(nm(formatCurrency(v.margin)), op('×'), nm(formatPercent(v.retention))), row(nm(formatPercent(d)), op('+'), nm(formatPercent(num(p, 'churn'))))),
          nm(yuan(v.discounted)),
        ),
      );
    }
    const cac = optNum(p, 'cac');
    if (v.clvToCac !== undefined && cac !== undefined) {
      const basis = v.clvToCacBasis === 'discounted' ? (v.discounted ?? v.simple) : v.simple;
      lines.push(eq(tx('CLV/CAC'), frac(nm(yuan(basis)), nm(yuan(cac))), nm(formatMultiple(v.clvToCac, { digits: 2 }))));
    }
    return lines;
  },
  reading: (v, p) => {
    const life = `平均每位客户约留 ${formatNumber(v.lifetime, { digits: 1 })} 个${periodName(p)}`;
    const d = optNum(p, 'discount');
    const zero =
      d === 0 && v.discounted !== undefined
        ? `贴现率为 0 时贴现 CLV 仍比简单 CLV 少 ${yuan(v.simple - v.discounted)}，正好一期毛利：贴现公式在每期期末、客户没有流失时才计入毛利。`
        : '';
    if (v.clvToCac !== undefined) return `${life}；CLV/CAC 为 ${formatMultiple(v.clvToCac, { digits: 2 })}，${clvCacReading(v.clvToCac)}（常用经验区间）。${zero}`;
    return `${life}，按毛利计每位客户约值 ${yuan(v.discounted ?? v.simple)}；填入获客成本可判断获客投入是否划算。${zero}`;
  },
  example:
    '按月计：ARPU 200 元，毛利率 60%，每月流失 5%，月贴现率 1%。每月毛利 120 元，平均留 20 个月，简单 CLV = 120 ÷ 5% = 2,400 元；贴现 CLV = 120 × 95% ÷ (1% + 5%) = 1,900 元。',
  teachingModules: ['loyalty-measurement', 'cost-of-churn'],
  chart: (_v, p) => {
    const base = num(p, 'churn');
    const steps = [0.5, 0.75, 1, 1.25, 1.5, 2].map((k) => Math.min(1, base * k)).filter((c, i, a) => c > 0 && a.indexOf(c) === i);
    const points: { x: number; y: number; series: string }[] = [];
    const rows: string[][] = [];
    for (const c of steps) {
      const r = clvOf(p, c);
      if (!r.ok) continue;
      points.push({ x: c, y: r.value.simple, series: '简单 CLV' });
      if (r.value.discounted !== undefined) points.push({ x: c, y: r.value.discounted, series: '贴现 CLV' });
      rows.push([formatPercent(c, { digits: 2 }), yuan(r.value.simple), r.value.discounted === undefined ? '—' : yuan(r.value.discounted)]);
    }
    const series = (name: string) => points.filter((pt) => pt.series === name).map(({ x, y }) => ({ x, y }));
    return {
      kind: 'line',
      title: 'CLV 对流失率的敏感度',
      summary: `流失率越高，CLV 越低：把每${periodName(p)}流失率从 ${formatPercent(base, { digits: 2 })} 减半，简单 CLV 会翻倍。`,
      xLabel: `每${periodName(p)}流失率`,
      yLabel: 'CLV（元）',
      xFormat: 'percent',
      yFormat: 'currency',
      ruleX: { value: base, label: '当前流失率', tone: 'muted' },
      series: [
        { name: '简单 CLV', tone: 'accent', points: series('简单 CLV') },
        ...(points.some((pt) => pt.series === '贴现 CLV') ? [{ name: '贴现 CLV', tone: 'warn' as const, dashed: true, points: series('贴现 CLV') }] : []),
      ],
      table: { head: ['流失率', '简单 CLV', '贴现 CLV'], rows },
    };
  },
};
