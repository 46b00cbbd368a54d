import { servqualGap, SERVQUAL_DIMENSIONS, type ServqualValue } from '../metrics/servqual';
import { formatNumber } from '../format';
import { eq, frac, nm, op, paren, row, tx } from './formula';
import { num, renameErrors } from './fields';
import type { CalculatorSpec, FieldSpec } from './types';

const EXAMPLE: Record<string, [string, string]> = {
  tangibles: ['5.5', '5.8'],
  reliability: ['6.5', '5.2'],
  responsiveness: ['6.2', '5.0'],
  assurance: ['6.0', '5.7'],
  empathy: ['5.8', '5.1'],
};
/** The metric's error fields (scores.<i>.expectation) → URL fields (e-<dimension>). */
const ERROR_FIELDS: Record<string, string> = Object.fromEntries(
  SERVQUAL_DIMENSIONS.flatMap((d, i) => [
    [`scores.${i}.expectation`, `e-${d.id}`],
    [`scores.${i}.perception`, `p-${d.id}`],
  ]),
);
const gapText = (x: number) => formatNumber(x, { digits: 2, signed: true });

const fields: FieldSpec[] = SERVQUAL_DIMENSIONS.flatMap((d) => [
  { name: `e-${d.id}`, label: `${d.label}：期望`, errorLabel: `${d.label}：期望分`, unit: '分', kind: 'number' as const, example: EXAMPLE[d.id]?.[0] ?? '5', min: 1, max: 7, hint: d.description },
  { name: `p-${d.id}`, label: `${d.label}：感知`, errorLabel: `${d.label}：感知分`, unit: '分', kind: 'number' as const, example: EXAMPLE[d.id]?.[1] ?? '5', min: 1, max: 7 },
]);

/** 服务质量差距 = 感知 P − 期望 E (Parasuraman, Zeithaml & Berry 1988; seeds 002, 003). */
export const servqual: CalculatorSpec<ServqualValue> = {
  id: 'servqual',
  title: 'SERVQUAL 服务质量差距',
  topic: 'loyalty',
  summary: '在五个维度上比较客户的期望与实际感受（1–7 分）：差距为负，说明服务没达到期望。',
  fields,
  compute: (p) =>
    renameErrors(
      servqualGap({
        scores: SERVQUAL_DIMENSIONS.map((d) => ({ dimension: d.id, expectation: num(p, `e-${d.id}`), perception: num(p, `p-${d.id}`) })),
      }),
      ERROR_FIELDS,
    ),
  metrics: [
    { id: 'servqual-gap', label: '平均差距（P − E）', format: (v) => gapText(v.weightedGap) },
    { id: 'servqual-largest-gap', label: '差距最大的维度', format: (v) => `${v.largestGap.label}（${gapText(v.largestGap.gap)}）`, secondary: true },
  ],
  formula: [
    eq(tx('差距'), row(tx('感知 P'), op('−'), tx('期望 E'))),
    eq(tx('平均差距'), frac(tx('五个维度的差距之和'), nm('5'))),
  ],
  working: (v) => [
    ...v.rows.map((r) => eq(tx(r.label), row(nm(formatNumber(r.perception, { digits: 2 })), op('−'), nm(formatNumber(r.expectation, { digits: 2 }))), nm(gapText(r.gap)))),
    eq(tx('平均差距'), frac(paren(...v.rows.flatMap((r, i) => (i === 0 ? [nm(gapText(r.gap))] : [op('+'), nm(gapText(r.gap))]))), nm(String(v.rows.length))), nm(gapText(v.weightedGap))),
  ],
  reading: (v) =>
    v.hasShortfall
      ? `差距最大的是“${v.largestGap.label}”（${gapText(v.largestGap.gap)} 分）：客户对这一维度期望高而体验不足，应优先改进。`
      : '五个维度的感知都达到或超过了期望，服务质量整体令客户满意。',
  example: '可靠性期望 6.5 分、感知 5.2 分，差距 −1.3，是五个维度中最大的缺口；有形性感知高于期望（+0.3）。',
  teachingModules: ['retention-theories'],
  chart: (v) => ({
    kind: 'gap',
    title: '服务质量差距图',
    summary: v.hasShortfall
      ? `空心圆是期望，实心圆是感知；红色表示感知低于期望。差距最大的是“${v.largestGap.label}”（${gapText(v.largestGap.gap)} 分）。`
      : '空心圆是期望，实心圆是感知；五个维度的感知都达到或超过了期望。',
    xLabel: '评分（1–7 分）',
    scale: [1, 7],
    expectationLabel: '期望 E',
    perceptionLabel: '感知 P',
    rows: v.rows.map((r) => ({ label: r.label, expectation: r.expectation, perception: r.perception })),
    table: {
      head: ['维度', '期望 E', '感知 P', '差距 P − E'],
      rows: v.rows.map((r) => [r.label, formatNumber(r.expectation, { digits: 2 }), formatNumber(r.perception, { digits: 2 }), gapText(r.gap)]),
    },
  }),
  table: (v) => ({
    caption: '各维度的期望、感知与差距',
    head: ['维度', '期望 E', '感知 P', '差距 P − E'],
    rows: v.rows.map((r) => [r.label, formatNumber(r.expectation, { digits: 2 }), formatNumber(r.perception, { digits: 2 }), gapText(r.gap)]),
  }),
};
