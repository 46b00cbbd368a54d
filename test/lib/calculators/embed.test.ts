import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedProblems } from '../../../src/lib/calculators/embed';
import { calculators } from '../../../src/lib/calculators';

describe('embedProblems (fails the build for a wrong <Calculator> embed)', () => {
  it('accepts the documented embeds', () => {
    expect(embedProblems('retention', { start: 1000, end: 1050, new: 200 })).toEqual([]);
    expect(embedProblems('churn', { start: 1200, lost: 90 }, 'churn-q3')).toEqual([]);
    expect(embedProblems('clv', { period: 'year', margin: 60, discount: '' })).toEqual([]);
  });

  it('names an unknown id, field, bad value or instance in Chinese', () => {
    const unknown = embedProblems('retension', {}, undefined, '/modules/a/')[0] ?? '';
    expect(unknown).toContain('未知的计算器 id “retension”');
    expect(unknown).toContain('/modules/a/');
    expect(unknown).toContain('retention、churn、period');
    expect(embedProblems('retention', { begin: 5 })[0]).toContain('没有名为 “begin” 的输入项');
    expect(embedProblems('retention', { start: 'abc' })[0]).toContain('输入项 “start”（期初人数）的示例值 “abc” 无效');
    expect(embedProblems('period', { from: 'week' })[0]).toContain('“week” 无效');
    expect(embedProblems('churn', {}, 'Churn Q3')[0]).toContain('实例名 “Churn Q3” 无效');
  });
});

describe('Calculator.astro', () => {
  const source = readFileSync('src/components/calculator/Calculator.astro', 'utf8');
  it.each(calculators.map((c) => c.id))('hydrates an island for %s', (id) => {
    const island = `${id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}Calculator`;
    expect(source).toContain(`{id === '${id}' && <${island} client:visible {...props} />}`);
    expect(existsSync(`src/components/calculators/${island}.tsx`)).toBe(true);
  });
});
