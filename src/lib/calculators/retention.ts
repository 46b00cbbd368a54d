import { retentionRate, type RetentionSubject, type RetentionValue } from '../metrics/retention';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { eq, frac, nm, op, row, tx } from './formula';
import { num, renameErrors, str } from './fields';
import type { CalculatorSpec } from './types';

const pct1 = (x: number) => formatPercent(x, { digits: 1, minDigits: 1 });

/** 留存率 = (期末数 − 新增数) / 期初数 (seeds 000, 002). */
export const retention: CalculatorSpec<RetentionValue> = {
  id: 'retention',
  title: '留存率计算器',
  topic: 'basics',
  summary: '期初在的客户（或员工）中，到期末还留着多少？新增的不算，增长就掩盖不了流失。',
  fields: [
    { name: 'start', label: '期初人数', unit: '人', kind: 'count', example: '1000', min: 1, hint: '期初的客户数或在岗员工数' },
    { name: 'end', label: '期末人数', unit: '人', kind: 'count', example: '1050', hint: '期末总数，含期间新增' },
    { name: 'new', label: '期间新增', unit: '人', kind: 'count', example: '200', hint: '期间新获客户或新入职员工' },
    {
      name: 'subject',
      label: '对象',
      kind: 'choice',
      example: 'customer',
      choices: [
        { value: 'customer', label: '客户' },
        { value: 'employee', label: '员工' },
      ],
    },
  ],
  compute: (p) =>
    renameErrors(
      retentionRate({ start: num(p, 'start'), end: num(p, 'end'), added: num(p, 'new') }, str(p, 'subject') as RetentionSubject),
      { added: 'new' },
    ),
  metrics: [
    { id: 'retention-rate', label: '留存率', format: (v) => pct1(v.rate) },
    { id: 'retained', label: '留下的人数', format: (v) => formatInteger(v.retained), secondary: true },
    { id: 'retention-churn-rate', label: '对应流失率', format: (v) => pct1(v.churnRate), secondary: true },
  ],
  formula: [eq(tx('留存率'), frac(row(tx('期末人数'), op('−'), tx('期间新增')), tx('期初人数')))],
  working: (v, p) => [
    eq(
      tx('留存率'),
      frac(row(nm(formatInteger(num(p, 'end'))), op('−'), nm(formatInteger(num(p, 'new')))), nm(formatInteger(num(p, 'start')))),
      frac(nm(formatInteger(v.retained)), nm(formatInteger(num(p, 'start')))),
      nm(pct1(v.rate)),
    ),
  ],
  reading: (v, p) => {
    const who = str(p, 'subject') === 'employee' ? '员工' : '客户';
    const per100 = formatNumber(v.rate * 100, { digits: 1 });
    if (v.rate >= 0.9) return `期初每 100 名${who}中约有 ${per100} 名留到期末，留存表现稳健，继续盯住流失最多的细分群体。`;
    if (v.rate >= 0.75) return `期初每 100 名${who}中约有 ${per100} 名留到期末，还有提升空间，值得查一查流失集中在哪一类${who}。`;
    return `期初每 100 名${who}中只有约 ${per100} 名留到期末，流失偏高，应优先分析原因并制定挽留措施。`;
  },
  example:
    '期初有 1,000 名客户，期末有 1,050 名，其中 200 名是期间新获的。留下的老客户是 1,050 − 200 = 850 名，留存率 = 850 ÷ 1,000 = 85.0%。只看总数（从 1,000 增长到 1,050）会误以为没有流失。',
  teachingModules: ['retention-basics'],
};
