import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createChecks,
  numberProblem,
  parseAmount,
  parseBoolean,
  parseChoice,
  parseCount,
  parseDate,
  parseFraction,
  parseNumber,
  parsePercent,
  readNumber,
  subject,
  tidy,
} from '../../src/lib/validate';

describe('tidy', () => {
  it('removes binary noise and negative zero', () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(759.9999999999993)).toBe(760);
    expect(tidy(45.00000000000001)).toBe(45);
    expect(Object.is(tidy(-0), 0)).toBe(true);
    expect(tidy(123456789012)).toBe(123456789012);
    expect(tidy(Infinity)).toBe(Infinity);
  });
});

describe('numberProblem', () => {
  it('checks in order: required, number, finite, integer, bounds', () => {
    expect(numberProblem(undefined, '人数')).toBe('人数为必填项');
    expect(numberProblem(null, '人数')).toBe('人数为必填项');
    expect(numberProblem('', '人数')).toBe('人数为必填项');
    expect(numberProblem('5', '人数')).toBe('人数必须是数字');
    expect(numberProblem(NaN, '人数')).toBe('人数必须是有限的数字');
    expect(numberProblem(-Infinity, '人数')).toBe('人数必须是有限的数字');
    expect(numberProblem(1.5, '人数', { integer: true })).toBe('人数必须是整数');
    expect(numberProblem(-1, '人数', { min: 0 })).toBe('人数不能为负数');
    expect(numberProblem(0, '人数', { min: 0, minExclusive: true })).toBe('人数必须大于 0');
    expect(numberProblem(0, '分', { min: 1 })).toBe('分不能小于 1');
    expect(numberProblem(-1, '贴现率', { min: -1, minExclusive: true })).toBe('贴现率必须大于 -1');
    expect(numberProblem(8, '分', { max: 7 })).toBe('分不能大于 7');
    expect(numberProblem(1, '率', { max: 1, maxExclusive: true, unit: 'fraction' })).toBe('率必须小于 100%');
    expect(numberProblem(1.2, '率', { min: 0, max: 1, unit: 'fraction' })).toBe('率不能大于 100%');
    expect(numberProblem(3, '人数', { integer: true, min: 0, max: 10 })).toBeUndefined();
  });
});

describe('createChecks', () => {
  const labels = { a: '甲', b: '乙' } as const;

  it('records one error per field, in order, with labels', () => {
    const c = createChecks<'a' | 'b'>(labels);
    expect(c.count('a', -1)).toBe(false);
    expect(c.count('a', 1.5)).toBe(false);
    expect(c.amount('b', 2)).toBe(true);
    expect(c.rule(false, 'b', '乙太大')).toBe(false);
    expect(c.valid('a')).toBe(false);
    expect(c.valid('b')).toBe(false);
    expect(c.errors).toEqual([
      { field: 'a', message: '甲不能为负数' },
      { field: 'b', message: '乙太大' },
    ]);
    const r = c.result(() => 1);
    expect(r.ok).toBe(false);
  });

  it('validates fractions and positive amounts', () => {
    const c = createChecks<'a' | 'b'>(labels);
    expect(c.fraction('a', 1.5)).toBe(false);
    expect(c.amount('b', 0, { positive: true })).toBe(false);
    expect(c.errors.map((e) => e.message)).toEqual(['甲不能大于 100%', '乙必须大于 0']);
  });

  it('uses labelAs for list items and falls back to the field id', () => {
    const c = createChecks<string>({});
    c.count(c.labelAs('rows.0', '第 1 行'), 'x');
    c.count('rows.1', -2);
    expect(c.errors).toEqual([
      { field: 'rows.0', message: '第 1 行必须是数字' },
      { field: 'rows.1', message: 'rows.1 不能为负数' },
    ]);
  });

  it('returns tidied values, and an error instead of Infinity or NaN', () => {
    const c = createChecks<'a' | 'b'>(labels);
    expect(c.result(() => ({ x: 0.1 + 0.2, list: [1 / 3, -0], s: 'ok', n: null }))).toEqual({
      ok: true,
      value: { x: 0.3, list: [0.33333333333333, 0], s: 'ok', n: null },
    });
    expect(c.result(() => ({ x: Infinity }))).toEqual({
      ok: false,
      errors: [{ field: 'a', message: '甲等输入数值过大，无法计算出有限的结果' }],
    });
    expect(c.result(() => [NaN], 'b')).toMatchObject({ ok: false, errors: [{ field: 'b' }] });
  });
});

describe('readNumber', () => {
  it.each([
    [12, 12, false],
    ['12', 12, false],
    [' 1,200 ', 1200, false],
    ['1,234,567.5', 1234567.5, false],
    ['１２００', 1200, false],
    ['１，２００．５', 1200.5, false],
    ['−5', -5, false],
    ['¥3,000', 3000, false],
    ['-￥3000', -3000, false],
    ['3000元', 3000, false],
    ['7.5%', 7.5, true],
    ['7.5％', 7.5, true],
    ['1.5万', 15000, false],
    ['2亿', 200000000, false],
    ['.5', 0.5, false],
    ['1e3', 1000, false],
  ])('%s → %s', (raw, value, percent) => {
    expect(readNumber(raw)).toEqual({ kind: 'number', value, percent });
  });

  it.each([[undefined], [null], [''], ['   ']])('%s is empty', (raw) => {
    expect(readNumber(raw)).toEqual({ kind: 'empty' });
  });

  it.each([['abc'], ['1,2'], ['12,34'], ['Infinity'], ['1e999'], [NaN], [Infinity], [{}], [true], ['1.2.3'], ['%']])(
    '%s is invalid',
    (raw) => {
      expect(readNumber(raw)).toEqual({ kind: 'invalid' });
    },
  );
});

describe('subject: labels inside a message', () => {
  it('puts a space after a label ending in a Latin letter or a digit, none after Han', () => {
    expect(subject('市场 P75')).toBe('市场 P75 ');
    expect(subject('CAC')).toBe('CAC ');
    expect(subject('期初人数')).toBe('期初人数');
    expect(subject('市场中位数（P50）')).toBe('市场中位数（P50）');
    expect(parseAmount('abc', 'p75', { label: '市场 P75' })).toMatchObject({ errors: [{ message: '市场 P75 必须是数字' }] });
  });
});

describe('parsers', () => {
  it('parseCount', () => {
    expect(parseCount('1,200', 'start')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('', 'start', { label: '期初客户数' })).toEqual({
      ok: false,
      errors: [{ field: 'start', message: '期初客户数为必填项' }],
    });
    expect(parseCount('x', 'start', { label: '期初客户数' })).toMatchObject({ errors: [{ message: '期初客户数必须是数字' }] });
    expect(parseCount('2.5', 'start', { label: '期初客户数' })).toMatchObject({ errors: [{ message: '期初客户数必须是整数' }] });
    expect(parseCount('-3', 'start')).toMatchObject({ errors: [{ field: 'start', message: 'start 不能为负数' }] });
    expect(parseCount('0', 'start', { minExclusive: true })).toMatchObject({ ok: false });
    expect(parseCount('11', 'n', { max: 10 })).toMatchObject({ errors: [{ message: 'n 不能大于 10' }] });
  });

  it('parseAmount', () => {
    expect(parseAmount('¥2,400.50', 'arpu')).toEqual({ ok: true, value: 2400.5 });
    expect(parseAmount('1.5万', 'salary')).toEqual({ ok: true, value: 15000 });
    expect(parseAmount('0', 'cac', { positive: true, label: 'CAC' })).toMatchObject({ errors: [{ message: 'CAC 必须大于 0' }] });
    expect(parseAmount('-1', 'cac')).toMatchObject({ ok: false });
    expect(parseAmount('200', 'x', { max: 100 })).toMatchObject({ ok: false });
  });

  it('parseNumber allows negatives within a rule', () => {
    expect(parseNumber('-0.5', 'd', { min: -1, minExclusive: true })).toEqual({ ok: true, value: -0.5 });
    expect(parseNumber('-1', 'd', { min: -1, minExclusive: true })).toMatchObject({ ok: false });
    expect(parseNumber('3', 'd')).toEqual({ ok: true, value: 3 });
  });

  it('parsePercent reads percent points as a fraction', () => {
    expect(parsePercent('5', 'rate')).toEqual({ ok: true, value: 0.05 });
    expect(parsePercent('5%', 'rate')).toEqual({ ok: true, value: 0.05 });
    expect(parsePercent(7.5, 'rate')).toEqual({ ok: true, value: 0.075 });
    expect(parsePercent('120', 'rate', { label: '流失率' })).toMatchObject({ errors: [{ message: '流失率不能大于 100%' }] });
    expect(parsePercent('0', 'rate', { minExclusive: true })).toMatchObject({ ok: false });
    expect(parsePercent('150', 'uplift', { max: 2 })).toEqual({ ok: true, value: 1.5 });
  });

  it('parseFraction reads fractions, or percentages with a % sign', () => {
    expect(parseFraction('0.05', 'rate')).toEqual({ ok: true, value: 0.05 });
    expect(parseFraction('5%', 'rate')).toEqual({ ok: true, value: 0.05 });
    expect(parseFraction('5', 'rate')).toMatchObject({ ok: false });
  });

  it('parseDate', () => {
    expect(parseDate('2026-03-01', 'end')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026/3/1', 'end')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026年3月1日', 'end')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate({ y: 2024, m: 2, d: 29 }, 'end')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2025-02-29', 'end', { label: '到期日' })).toEqual({
      ok: false,
      errors: [{ field: 'end', message: '到期日必须是有效日期（格式：YYYY-MM-DD）' }],
    });
    expect(parseDate('  ', 'end')).toMatchObject({ errors: [{ message: 'end 为必填项' }] });
    expect(parseDate(undefined, 'end')).toMatchObject({ ok: false });
    expect(parseDate(20260301, 'end')).toMatchObject({ ok: false });
  });

  it('parseChoice', () => {
    expect(parseChoice('year', 'to', ['month', 'quarter', 'year'] as const)).toEqual({ ok: true, value: 'year' });
    expect(parseChoice('7', 'scale', [5, 7, 10] as const)).toEqual({ ok: true, value: 7 });
    expect(parseChoice('week', 'to', ['month', 'year'], { label: '周期' })).toEqual({
      ok: false,
      errors: [{ field: 'to', message: '周期必须是以下之一：month、year' }],
    });
    expect(parseChoice('', 'to', ['month'])).toMatchObject({ errors: [{ message: 'to 为必填项' }] });
  });

  it('parseBoolean', () => {
    for (const t of [true, 1, '1', 'true', 'YES', 'on', '是', '有']) expect(parseBoolean(t, 'x')).toEqual({ ok: true, value: true });
    for (const f of [false, 0, '0', 'false', 'no', 'off', '否', '无']) expect(parseBoolean(f, 'x')).toEqual({ ok: true, value: false });
    expect(parseBoolean(undefined, 'x', { label: '信号' })).toMatchObject({ errors: [{ message: '信号为必填项' }] });
    expect(parseBoolean('maybe', 'x', { label: '信号' })).toMatchObject({ errors: [{ message: '信号必须是“是”或“否”' }] });
  });

  it('never throws and never returns a non-finite number (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.boolean()), (raw) => {
        for (const r of [parseCount(raw, 'f'), parseAmount(raw, 'f'), parsePercent(raw, 'f'), parseFraction(raw, 'f'), parseNumber(raw, 'f')]) {
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.errors[0]?.field).toBe('f');
        }
      }),
    );
  });

  it('round-trips integers written with zh-CN grouping (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseCount(n.toLocaleString('zh-CN'), 'n')).toEqual({ ok: true, value: n });
      }),
    );
  });
});
