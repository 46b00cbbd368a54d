import { churnCost as churnCostOf, type ChurnCostValue } from '../metrics/churn-cost';
import { formatCurrencyLarge, formatInteger, formatNumber } from '../format';
import { eq, frac, nm, op, paren, row, tx } from './formula';
import { num, optNum, renameErrors } from './fields';
import type { CalculatorSpec } from './types';

const yuan = (x: number) => formatCurrencyLarge(x, { digits: 2 });

/**
 * 不补回的损失 = 流失客户数 × 每客户年毛利; 补回所需投入 = 流失客户数 × (保留成本 × k + 年毛利 ×
 * 空档月数 / 12): two alternative bills, never a sum (seed 001; content review finding 5).
 * URL parameters kept: lost, value, retain, multiple; `months` is new (example 3).
 */
export const churnCost: CalculatorSpec<ChurnCostValue> = {
  id: 'churn-cost',
  title: '客户流失成本计算器',
  topic: 'customer',
  summary:
    '流失的客户有两种算账方式，二选一：不补回，就少了他们一年的毛利；补回，就要付获客成本，并在新客户带来同样毛利之前少赚一段。获客成本通常是保留成本的 5–25 倍（课程参考值）。',
  fields: [
    { name: 'lost', label: '流失客户数', unit: '个', kind: 'count', example: '40' },
    { name: 'value', label: '每客户年毛利', unit: '元/年', kind: 'amount', example: '6000', hint: '用毛利而不是收入：客户走了，服务他的成本也省下了' },
    { name: 'retain', label: '每客户保留成本', unit: '元/年', kind: 'amount', example: '300', optional: true, hint: '选填：维护一位现有客户一年的花费' },
    { name: 'multiple', label: '获客成本倍数', unit: '倍', kind: 'number', example: '5', min: 1, max: 100, hint: '获客成本是保留成本的几倍；课程参考范围 5–25 倍' },
    { name: 'months', label: '补回前的空档期', unit: '个月', kind: 'number', example: '3', min: 0, max: 120, hint: '新客户多久才带来同样的毛利（示例值，按你们的经验填）' },
  ],
  compute: (p) => {
    const retain = optNum(p, 'retain');
    return renameErrors(
      churnCostOf({
        lost: num(p, 'lost'),
        annualValue: num(p, 'value'),
        acquisitionMultiple: num(p, 'multiple'),
        monthsToReplace: num(p, 'months'),
        ...(retain !== undefined ? { retainCost: retain } : {}),
      }),
      { annualValue: 'value', retainCost: 'retain', acquisitionMultiple: 'multiple', monthsToReplace: 'months' },
    );
  },
  metrics: [
    { id: 'churn-cost-total', label: '流失代价（两笔账取低者）', format: (v) => yuan(v.total), note: '两笔账二选一，不相加' },
    { id: 'churn-cost-lost-value', label: '不补回：一年少赚的毛利', format: (v) => yuan(v.lostValue), secondary: true },
    { id: 'churn-cost-replacement', label: '补回：获客投入 + 空档期少赚', format: (v) => (v.replacementCost === null ? '未填保留成本' : yuan(v.replacementCost)), secondary: true },
  ],
  formula: [
    eq(tx('不补回的损失'), row(tx('流失客户数'), op('×'), tx('每客户年毛利'))),
    eq(
      tx('补回所需投入'),
      row(tx('流失客户数'), op('×'), paren(tx('保留成本'), op('×'), tx('k'), op('+'), tx('每客户年毛利'), op('×'), frac(tx('空档月数'), nm('12')))),
    ),
    eq(tx('流失代价'), tx('两者中较低的一笔')),
  ],
  formulaNote:
    'k 为获客成本相对保留成本的倍数。两笔账是同一批客户的两种结局：补回的新客户带来毛利以后，损失就不再继续，所以不能相加。未填保留成本时只算“不补回”这一笔。',
  working: (v, p) => {
    const lost = nm(formatInteger(num(p, 'lost')));
    const lines = [eq(tx('不补回的损失'), row(lost, op('×'), nm(yuan(num(p, 'value')))), nm(yuan(v.lostValue)))];
    if (v.replacementCost !== null) {
      lines.push(
        eq(
          tx('补回所需投入'),
          row(
            lost,
            op('×'),
            paren(nm(yuan(optNum(p, 'retain') ?? 0)), op('×'), nm(formatNumber(v.acquisitionMultiple)), op('+'), nm(yuan(num(p, 'value'))), op('×'), frac(nm(formatNumber(v.monthsToReplace)), nm('12'))),
          ),
          row(nm(yuan(v.acquisitionTotal)), op('+'), nm(yuan(v.gapValue))),
          nm(yuan(v.replacementCost)),
        ),
        eq(tx('流失代价'), nm(yuan(v.total))),
      );
    }
    return lines;
  },
  reading: (v) => {
    if (v.replacementCost === null) return `不补回，这些客户每年带走约 ${yuan(v.lostValue)} 的毛利；填入保留成本，可以和“补回”这笔账比较。`;
    const both = `不补回，每年少赚 ${yuan(v.lostValue)}；补回，要投入 ${yuan(v.replacementCost)}（获客 ${yuan(v.acquisitionTotal)}，空档期少赚 ${yuan(v.gapValue)}）。两笔账二选一，不能相加：`;
    const lower = v.cheaper === 'replace' ? `补回更省，这次流失至少让你付出 ${yuan(v.total)}。` : `补回比不补回还贵，这次流失至少让你付出一年的毛利 ${yuan(v.total)}。`;
    return `${both}${lower}而当初留住他们一年只需约 ${yuan(v.retainingCost)}。`;
  },
  example:
    '一年流失 40 位客户，每位年毛利 6,000 元：不补回，每年少赚 24 万元。保留成本 300 元、获客成本按 5 倍计，赢回 40 位新客户要花 6 万元；新客户 3 个月后才带来同样的毛利，空档期少赚 6 万元，补回共 12 万元。两笔账二选一，这次流失的代价至少是 12 万元；当初留住他们只需 1.2 万元。',
  teachingModules: ['cost-of-churn'],
};
