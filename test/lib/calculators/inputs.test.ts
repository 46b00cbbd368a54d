/**
 * What the calculator frame does with inputs beyond parsing them: old units in old links,
 * parameters that do not apply, implausible magnitudes, and where a cross-field error is shown.
 */
import { describe, expect, it } from 'vitest';
import { getCalculator } from '../../../src/lib/calculators';
import { evaluate, exampleValues, fieldWarnings, inactiveNotices, MAX_AMOUNT } from '../../../src/lib/calculators/fields';
import { readLegacyUnits, writeLegacyUnits } from '../../../src/lib/calculators/legacy-units';
import { placeErrors } from '../../../src/lib/calculators/error-placement';
import { formatPeople } from '../../../src/lib/format';

const payGap = getCalculator('pay-gap')!;
const bare = (f: string) => f;

describe('one unit convention: the pay-gap calculator takes 元/年, old 万元 links keep their meaning', () => {
  it('reads a bare number under 1,000 in a URL as 万, and says so', () => {
    const r = readLegacyUnits(payGap.fields, { ours: '17', market: '20', p25: '', target: '50' }, bare);
    expect(r.values).toEqual({ ours: '17万', market: '20万', p25: '', target: '50' });
    expect(r.notices).toEqual([
      '“本企业薪酬”：ours=17 是旧版链接的写法（当时单位为万元/年），已按 17万元/年 读取。',
      '“市场中位数（P50）”：market=20 是旧版链接的写法（当时单位为万元/年），已按 20万元/年 读取。',
    ]);
    expect(evaluate(payGap, { ...exampleValues(payGap), ...r.values })).toMatchObject({ ok: true, value: { levels: [{ gap: -0.15, ours: 170000 }] } });
  });

  it('leaves numbers with a unit, numbers from 1,000 up, zero and other calculators alone', () => {
    const r = readLegacyUnits(payGap.fields, { ours: '170000', market: '20万', p75: '500元', p25: '0' }, (f) => `pay-gap.${f}`);
    expect(r).toEqual({ values: { ours: '170000', market: '20万', p75: '500元', p25: '0' }, notices: [] });
    const clv = getCalculator('clv')!;
    expect(readLegacyUnits(clv.fields, { arpu: '200' }, bare).values).toEqual({ arpu: '200' });
  });

  it('writes small bare numbers with 元, so a new link is never read as an old one', () => {
    expect(writeLegacyUnits(payGap.fields, { ours: '500', market: '200000', p25: '16万', target: '50' })).toEqual({ ours: '500元', market: '200000', p25: '16万', target: '50' });
    const written = writeLegacyUnits(payGap.fields, { ours: '500' });
    expect(readLegacyUnits(payGap.fields, written, bare)).toEqual({ values: { ours: '500元' }, notices: [] });
  });
});

describe('implausible magnitudes are computed, with a warning at the field', () => {
  const parsed = (id: string, query: string) => {
    const spec = getCalculator(id)!;
    const r = evaluate(spec, { ...exampleValues(spec), ...Object.fromEntries(new URLSearchParams(query)) });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return { spec, parsed: r.parsed ?? {} };
  };

  it('a salary typed in 元 next to a market median typed in 万元 (“+849,900% 具竞争力”)', () => {
    const { spec, parsed: p } = parsed('pay-gap', 'ours=170000&market=20&p25=&p75=');
    const w = fieldWarnings(spec, p);
    expect(w.map((x) => x.field)).toEqual(['market', 'ours']);
    expect(w[0]?.message).toBe('市场中位数（P50）为 20 元/年，比常见值小很多（常见范围约 1万–1,000万 元/年）。请检查单位；单位是元，可以直接输入“17万”这样的写法。');
    expect(w[1]?.message).toContain('是市场中位数（20 元）的 8,500 倍');
  });

  it('no warning for plausible values', () => {
    const { spec, parsed: p } = parsed('pay-gap', 'ours=17万&market=20万');
    expect(fieldWarnings(spec, p)).toEqual([]);
    const rc = parsed('replacement-cost', 'salary=120000');
    expect(fieldWarnings(rc.spec, rc.parsed)).toEqual([]);
    const rcWrong = parsed('replacement-cost', 'salary=12');
    expect(fieldWarnings(rcWrong.spec, rcWrong.parsed).map((x) => x.field)).toEqual(['salary']);
  });

  it('absurd amounts and counts are errors, not 20-digit figures', () => {
    const cc = getCalculator('churn-cost')!;
    const r = evaluate(cc, { ...exampleValues(cc), retain: '1e20', lost: '99999999999999999999' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['lost', 'retain']);
    expect(evaluate(cc, { ...exampleValues(cc), retain: String(MAX_AMOUNT) }).ok).toBe(true);
  });
});

describe('a parameter for a field that does not apply is named in the notice', () => {
  const spec = getCalculator('signal-score')!;

  it('an employee signal while the audience is 客户', () => {
    const raw = { ...exampleValues(spec), audience: 'customer', 'engagement-drop': '1' };
    expect(inactiveNotices(spec.fields, { audience: 'customer', 'engagement-drop': '1' }, raw, bare)).toEqual([
      '“工作参与度突然下降（权重 3）”：engagement-drop=1 只在“对象”为“员工”时计入；当前为“客户”，未计入。',
    ]);
    expect(inactiveNotices(spec.fields, { 'engagement-drop': '1' }, { ...exampleValues(spec), 'engagement-drop': '1' }, bare)).toEqual([]);
  });
});

describe('a cross-field error is shown on the field being edited', () => {
  const retention = getCalculator('retention')!;

  it('typing 期初人数 = 12 puts “留下的 850 …” on 期初人数, not on 期末人数', () => {
    const raw = { ...exampleValues(retention), start: '12' };
    const r = evaluate(retention, raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['end']);
    expect(placeErrors(retention, raw, r.errors, { field: 'start', before: '1000' })).toEqual([{ field: 'start', message: r.errors[0]?.message }]);
    // Editing 期末人数 itself, or with no edit (a URL), the error stays where the rule put it.
    expect(placeErrors(retention, raw, r.errors, { field: 'end', before: '1050' })).toEqual(r.errors);
    expect(placeErrors(retention, raw, r.errors, undefined)).toEqual(r.errors);
  });

  it('an error the edit did not cause stays on its field', () => {
    const raw = { ...exampleValues(retention), start: '12', subject: 'employee' };
    const r = evaluate(retention, raw);
    if (r.ok) throw new Error('expected an error');
    expect(placeErrors(retention, raw, r.errors, { field: 'subject', before: 'customer' })).toEqual(r.errors);
  });

  it('the message reads with grouped figures', () => {
    const r = evaluate(retention, { ...exampleValues(retention), start: '12', end: '100000', new: '200' });
    expect(r.ok ? '' : r.errors[0]?.message).toBe('期末客户数减去新增客户数（留下的 99,800）不能大于期初客户数（12）');
  });
});

describe('expected numbers of people', () => {
  it('whole numbers as they are, fractions as “约”, under a half as “不到 1”', () => {
    expect(formatPeople(45)).toBe('45 人');
    expect(formatPeople(5.6)).toBe('约 6 人');
    expect(formatPeople(1.26)).toBe('约 1 人');
    expect(formatPeople(0.3)).toBe('不到 1 人');
    expect(formatPeople(0)).toBe('0 人');
    expect(formatPeople(NaN)).toBe('—');
    expect(formatPeople(44.99999999)).toBe('45 人');
  });
});

describe('messages read as Chinese sentences (learner review, minor 2)', () => {
  const message = (id: string, field: string, value: string) => {
    const spec = getCalculator(id)!;
    const r = evaluate(spec, { ...exampleValues(spec), [field]: value });
    return r.ok ? '' : (r.errors.find((e) => e.field === field)?.message ?? '');
  };

  it.each([
    ['churn-cost', 'multiple', '', '获客成本倍数为必填项'],
    ['churn-cost', 'multiple', '0.5', '获客成本倍数不能小于 1'],
    ['pay-gap', 'p75', 'abc', '市场 P75 必须是数字'],
    ['pay-gap', 'market', '0', '市场中位数（P50）必须大于 0'],
    ['cohort', 'p1', '', '第 1 期末仍在的人数为必填项'],
    ['pareto', 'price', '', '因“价格”流失的客户数为必填项'],
    ['csat', 's1', '1.5', '1 分的答卷数必须是整数'],
    ['nps', 'promoters', '-1', '推荐者人数不能为负数'],
    ['servqual', 'e-empathy', '9', '移情性：期望分不能大于 7'],
  ])('%s %s=%s → %s', (id, field, value, expected) => {
    expect(message(id, field, value)).toBe(expected);
  });
});
