/** Each calculator's interpretation sentence, band by band, and its field-level errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculators, getCalculator } from '../../../src/lib/calculators';
import { SUCCESS_RATE_LABEL } from '../../../src/lib/simulator/interventions';
import { evaluate, exampleValues } from '../../../src/lib/calculators/fields';
import { clvCacReading } from '../../../src/lib/calculators/clv';
import { npsBand } from '../../../src/lib/calculators/nps';
import { readLegacyUnits } from '../../../src/lib/calculators/legacy-units';

/** As the page reads a URL: example values, then the query (old units read as they were meant). */
function run(id: string, query: string) {
  const spec = getCalculator(id)!;
  const fromUrl = readLegacyUnits(spec.fields, Object.fromEntries(new URLSearchParams(query)), (f) => f).values;
  const raw = { ...exampleValues(spec), ...fromUrl };
  const r = evaluate(spec, raw);
  if (!r.ok) return { errors: r.errors, reading: '', metrics: {} as Record<string, string>, working: '' };
  const parsed = r.parsed ?? {};
  return {
    errors: [],
    reading: spec.reading(r.value, parsed),
    metrics: Object.fromEntries(spec.metrics.map((m) => [m.id, m.format(r.value, parsed)])),
    working: spec.working(r.value, parsed).length,
  };
}

describe('readings', () => {
  it.each([
    ['retention', 'start=100&end=95&new=0', '留存表现稳健'],
    ['retention', 'start=100&end=80&new=0&subject=employee', '名员工'],
    ['retention', 'start=100&end=50&new=0', '流失偏高'],
    ['churn', 'start=100&lost=20&voluntary=15', '多数人是自己选择离开的'],
    ['churn', 'start=100&lost=20&voluntary=5', '被动流失占多数'],
    ['period', 'rate=5&from=month&to=month', '流失率不变'],
    ['period', 'rate=40&from=year&to=month', '相当于每月'],
    ['csat', 's1=0&s2=0&s3=0&s4=50&s5=50', '整体体验良好'],
    ['clv', 'discount=&cac=', '填入获客成本'],
    ['clv', 'discount=&cac=100', 'CLV/CAC 为'],
    ['cohort', 'p1=1000&p2=1000&p3=&p4=&p5=&p6=', '目前无人流失'],
    ['replacement-cost', 'leavers=0', '没有离职'],
    ['churn-cost', 'retain=', '填入保留成本'],
    ['pay-gap', 'ours=16.5&market=20', '预警线'],
    ['pay-gap', 'ours=15&market=20', '危险线'],
    ['pay-gap', 'ours=19&market=20', '仍在 15% 的预警线以内，属于可接受区间'],
    ['pay-gap', 'ours=22&market=20', '薪酬具竞争力'],
    ['pay-gap', 'ours=200000&market=200000', '薪酬具竞争力'],
    ['pay-gap', 'ours=16.5万&market=20万', '预警线'],
    ['renewal', 'asof=2026-01-01', '进入沟通窗口'],
    ['renewal', 'asof=2027-05-01', '偏晚'],
    ['renewal', 'asof=2027-07-01', '需要挽回'],
    ['loyalty-roi', 'cost=10000000', '不足以覆盖成本'],
    ['intervention-roi', 'success=5', '才能保本'],
    ['intervention-roi', 'value=100', '无论成功率多高都无法保本'],
    ['signal-score', 'job-search=1&engagement-drop=1&leave-increase=1&attendance-drop=1&quality-decline=1', '一对一'],
    ['signal-score', 'job-search=0&engagement-drop=0&leave-increase=0', '风险较低'],
    ['servqual', 'e-tangibles=1&e-reliability=1&e-responsiveness=1&e-assurance=1&e-empathy=1', '达到或超过了期望'],
  ])('%s ?%s reads “…%s…”', (id, query, expected) => {
    const r = run(id, query);
    expect(r.errors).toEqual([]);
    expect(r.reading).toContain(expected);
  });

  it('bands NPS and CLV/CAC', () => {
    expect([-10, 10, 40, 60, 80].map(npsBand).map((s) => s.slice(0, 4))).toEqual(['为负值：', '处于 0', '处于 3', '处于 5', '在 70']);
    // NPS 0: as many promoters as detractors, not “推荐者略多” (learner review, minor 4).
    expect(npsBand(0)).toBe('推荐者与贬损者一样多，口碑没有净增长');
    expect(run('nps', 'promoters=20&passives=60&detractors=20').reading).not.toContain('略多');
    expect([0.5, 2, 4, 8].map(clvCacReading).map((s) => s.slice(0, 2))).toEqual(['低于', '在 ', '在 ', '高于']);
  });

  it('shows the percentile position when survey points are given', () => {
    expect(run('pay-gap', 'ours=30&market=20&p25=16&p75=24').metrics['pay-percentile']).toBe('高于 P75');
    expect(run('pay-gap', 'ours=17&market=20&p25=&p75=').metrics['pay-percentile']).toBe('需填 P25 或 P75');
    expect(run('pay-gap', 'target=75&p75=').metrics['pay-target-gap']).toBe('需填目标分位的市场薪酬');
    expect(run('clv', 'discount=').metrics['clv-discounted']).toBe('未填贴现率');
    expect(run('churn', 'voluntary=30').metrics['voluntary-churn-rate']).toBe('2.5%');
    expect(run('churn', 'voluntary=30').working).toBe(3);
  });
});

describe('errors land on the URL field the learner typed', () => {
  it.each([
    ['retention', 'start=100&end=50&new=60', 'new'],
    ['retention', 'start=100&end=300&new=10', 'end'],
    ['clv', 'discount=-50&churn=10', 'discount'],
    ['cohort', 'p2=&p3=500', 'p2'],
    ['cohort', 'p1=500&p2=600', 'p2'],
    ['pareto', 'price=0&quality=0&service=0&personal=0&competitor=0&expectation=0&other=0', 'price'],
    ['pay-gap', 'p25=30', 'market'],
    ['renewal', 'opens=2&closes=3', 'opens'],
    ['renewal', 'end=2027-02-30', 'end'],
    ['onboarding', 'probation=9', 'probation'],
    ['csat', 's1=0&s2=0&s3=0&s4=0&s5=0', 's5'],
    ['servqual', 'e-empathy=9', 'e-empathy'],
  ])('%s ?%s → error on %s', (id, query, field) => {
    const r = run(id, query);
    expect(r.errors.map((e) => e.field)).toContain(field);
  });
});

describe('reading figures', () => {
  it('keeps one decimal per 100 and speaks of percentage points', () => {
    expect(run('churn', 'start=1200&lost=90').reading).toContain('约有 7.5 人');
    expect(run('retention', '').reading).toContain('约有 85 名');
    expect(run('period', 'rate=5&from=month&to=year').reading).toContain('高估 14.04 个百分点');
  });
});

describe('readings in edge cases (learner review, minor 4–5; content review 7, 16–19, 30)', () => {
  it('CSAT with no 1–2 scores does not ask to call back “0% 客户”', () => {
    expect(run('csat', 's1=0&s2=0&s3=10&s4=50&s5=40').reading).toContain('也没有人给出 1–2 分');
    expect(run('csat', 's1=0&s2=0&s3=10&s4=50&s5=40').reading).not.toContain('0% 客户');
    expect(run('csat', 's1=5&s2=5&s3=10&s4=40&s5=40').reading).toContain('回访给出 1–2 分的 10 位客户（10%）');
  });

  it('a period conversion of 0 % has no “低估 0 个百分点”', () => {
    expect(run('period', 'rate=0&from=month&to=year').reading).toBe('每月流失 0%，累积一年约流失 0%。');
  });

  it('ROI multiples to two decimals and people as expectations', () => {
    // 5,000 × 80.5 % − 70 % = 525 people × 1,200 = 630,000 over 600,000: 1.05, not “1.1”.
    expect(run('loyalty-roi', '').reading).toContain('约收回 1.05 元');
    // 12 × 10.5 points = 1.26 people.
    expect(run('loyalty-roi', 'members=12').metrics['loyalty-extra-retained']).toBe('约 1 人');
    // 28 × 20 % = 5.6 people.
    expect(run('intervention-roi', 'atrisk=28&success=20').metrics['intervention-saved']).toBe('约 6 人');
    expect(run('intervention-roi', '').metrics['intervention-saved']).toBe('45 人');
  });

  it('the intervention ROI uses the course’s one 干预成功率（增量） and the module’s worked example', () => {
    const spec = getCalculator('intervention-roi')!;
    expect(spec.fields.find((f) => f.name === 'success')?.label).toBe(SUCCESS_RATE_LABEL);
    expect(spec.summary).toContain('干预组留存率减去对照组留存率');
    // Module 风险分层与分级干预: 150 家, 800 元, 30 %, 6,000 元 → ROI 125 %, 2.25 倍, 保本 13.3 %.
    expect(run('intervention-roi', '').metrics).toMatchObject({ 'intervention-roi': '125%', 'intervention-multiple': '2.25倍', 'intervention-break-even': '13.3%' });
  });

  it('Pareto: seven equal reasons have no vital few', () => {
    const r = run('pareto', 'price=10&quality=10&service=10&personal=10&competitor=10&expectation=10&other=10');
    expect(r.metrics['pareto-vital-few']).toBe('不明显（前 6 个原因才到 80%）');
    expect(r.reading).toContain('没有明显的关键少数');
    expect(r.reading).not.toContain('应优先解决');
    // The module's 200 customers: four reasons reach 80 %, a vital few.
    expect(run('pareto', 'service=58&price=46&quality=34&competitor=22&personal=16&expectation=12&other=12').metrics['pareto-vital-few']).toBe('服务响应慢、价格、产品质量、竞争对手吸引');
  });

  it('the cohort reading averages over all periods and warns when churn is front-loaded', () => {
    // Module B1: 60 → 52, 47, 43, 42, 41, 40. Period 1 loses 13.3 %; from period 2 on
    // (40/52)^(1/5) → 5.1 % a period; over all six (40/60)^(1/6) → 6.5 %.
    const r = run('cohort', 'size=60&p1=52&p2=47&p3=43&p4=42&p5=41&p6=40');
    expect(r.reading).toContain('6 期平均每期流失 6.5%');
    expect(r.reading).toContain('第 2 期起每期只流失约 5.1%');
    expect(r.reading).toContain('会低估');
    expect(r.reading).not.toContain('之后每期平均');
    // A constant 10 % a period: nothing to warn about.
    expect(run('cohort', 'size=1000&p1=900&p2=810&p3=729&p4=&p5=&p6=').reading).not.toContain('会低估');
  });

  it('CLV: the default discount is 1 % a month; a 0 % discount is explained', () => {
    expect(run('clv', '').metrics['clv-discounted']).toBe('¥1,900');
    expect(run('clv', 'discount=0').reading).toContain('贴现率为 0 时贴现 CLV 仍比简单 CLV 少 ¥120，正好一期毛利');
  });

  it('no period-blind “流失偏高” and no rank-based shares for cut-off tiers', () => {
    expect(run('churn', 'start=100&lost=16').reading).not.toContain('偏高');
    expect(run('churn', '').reading).toContain('同样长度的报告期');
    const high = run('signal-score', 'job-search=1&engagement-drop=1&leave-increase=1&attendance-drop=1&quality-decline=1');
    expect(high.reading).not.toMatch(/典型|%/);
  });

  it('churn cost: two alternative bills, never their sum', () => {
    const r = run('churn-cost', '');
    expect(r.metrics).toEqual({ 'churn-cost-total': '¥12万', 'churn-cost-lost-value': '¥24万', 'churn-cost-replacement': '¥12万' });
    expect(r.reading).toContain('两笔账二选一，不能相加');
    expect(r.reading).toContain('补回更省');
    expect(run('churn-cost', 'multiple=25').reading).toContain('补回比不补回还贵');
  });

  it('the churn calculator does not call 1 − 流失率 a retention rate', () => {
    const spec = getCalculator('churn')!;
    const m = spec.metrics.find((x) => x.id === 'churn-retention-rate');
    expect(m?.label).toBe('1 − 流失率');
    expect(m?.note).toContain('才等于留存率');
  });

  it('the pay-gap status: 具竞争力 only at or above the median', () => {
    expect(run('pay-gap', 'ours=17万&market=20万').metrics['pay-status']).toBe('可接受（未达预警线）');
    expect(run('pay-gap', 'ours=20万&market=20万').metrics['pay-status']).toBe('具竞争力');
  });
});

describe('tool pages link the modules that teach them (content review #20)', () => {
  const modules = readdirSync('src/content/modules').filter((f) => f.endsWith('.mdx'));
  const embeds = new Map<string, Set<string>>();
  for (const file of modules) {
    const text = readFileSync(`src/content/modules/${file}`, 'utf8');
    for (const m of text.matchAll(/<Calculator id="([a-z-]+)"/g)) {
      const id = m[1] as string;
      if (!embeds.has(id)) embeds.set(id, new Set());
      embeds.get(id)?.add(file.replace(/\.mdx$/, ''));
    }
  }

  it.each(calculators.map((c) => [c.id, c] as const))('%s lists every module that embeds it, and only existing modules', (_id, spec) => {
    for (const slug of embeds.get(spec.id) ?? []) expect(spec.teachingModules, slug).toContain(slug);
    for (const slug of spec.teachingModules) expect(modules, slug).toContain(`${slug}.mdx`);
  });

  it('the three wrong lists of the review are fixed', () => {
    expect(getCalculator('cohort')?.teachingModules).toEqual(['employee-churn-types']);
    expect(getCalculator('intervention-roi')?.teachingModules).toEqual(['risk-tiering']);
    expect(getCalculator('replacement-cost')?.teachingModules).toEqual(['cost-of-churn']);
  });
});
