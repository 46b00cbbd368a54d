import { churnCost as churnCostOf, type ChurnCostValue } from '../metrics/churn-cost';
import { formatCurrencyLarge, formatInteger, formatMultiple } from '../format';
import { eq, nm, op, row, tx } from './formula';
import { num, optNum, renameErrors } from './fields';
import type { CalculatorSpec } from './types';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });

/** 客户流失成本 = 流失客户数 × 每客户年价值 + 流失客户数 × 保留成本 × k (seed 001). */
export const churnCost: CalculatorSpec<ChurnCostValue> = {
  id: 'churn-cost',
  title: '客户流失成本计算器',
  topic: 'customer',
  summary: '流失的客户带走一年的价值；要重新赢回同样多的客户，获客成本通常是保留成本的 5–25 倍（课程参考值）。',
  fields: [
    { name: 'lost', label: '流失客户数', unit: '个', kind: 'count', example: '50' },
    { name: 'value', label: '每客户年价值', unit: '元/年', kind: 'amount', example: '8000', hint: '一年的收入或毛利' },
    { name: 'retain', label: '每客户保留成本', unit: '元', kind: 'amount', example: '300', optional: true, hint: '选填：留住一位客户要花的钱' },
    { name: 'multiple', label: '获客成本是保留成本的', unit: '倍', kind: 'number', example: '5', min: 1, max: 100, hint: '课程参考范围 5–25 倍' },
  ],
  compute: (p) => {
    const retain = optNum(p, 'retain');
    return renameErrors(
      churnCostOf({ lost: num(p, 'lost'), annualValue: num(p, 'value'), acquisitionMultiple: num(p, 'multiple'), ...(retain !== undefined ? { retainCost: retain } : {}) }),
      { annualValue: 'value', retainCost: 'retain', acquisitionMultiple: 'multiple' },
    );
  },
  metrics: [
    { id: 'churn-cost-total', label: '流失总成本', format: (v) => yuan(v.total) },
    { id: 'churn-cost-lost-value', label: '流失的年价值', format: (v) => yuan(v.lostValue), secondary: true },
    { id: 'churn-cost-replacement', label: '重新获客成本', format: (v) => yuan(v.replacementCost), secondary: true },
  ],
  formula: [
    eq(
      tx('流失总成本'),
      row(tx('流失客户数'), op('×'), tx('每客户年价值'), op('+'), tx('流失客户数'), op('×'), tx('保留成本'), op('×'), tx('k')),
    ),
  ],
  formulaNote: 'k 为获客成本相对保留成本的倍数；未填保留成本时只计算流失的年价值。',
  working: (v, p) => [
    eq(
      tx('流失总成本'),
      row(
        nm(formatInteger(num(p, 'lost'))),
        op('×'),
        nm(yuan(num(p, 'value'))),
        op('+'),
        nm(formatInteger(num(p, 'lost'))),
        op('×'),
        nm(yuan(optNum(p, 'retain') ?? 0)),
        op('×'),
        nm(formatMultiple(v.acquisitionMultiple).replace('倍', '')),
      ),
      row(nm(yuan(v.lostValue)), op('+'), nm(yuan(v.replacementCost))),
      nm(yuan(v.total)),
    ),
  ],
  reading: (v) =>
    v.replacementCost > 0
      ? `流失总成本约 ${yuan(v.total)}；其中重新获客比当初留住他们多花 ${yuan(v.extraOverRetaining)}。`
      : `流失的客户每年带走约 ${yuan(v.lostValue)}；填入保留成本，还能看到重新获客要多花多少。`,
  example: '一年流失 50 位客户，每位年价值 8,000 元，保留成本 300 元，获客成本按 5 倍计：40 万 + 50 × 300 × 5 = 47.5 万元。',
  teachingModules: ['cost-of-churn'],
};
