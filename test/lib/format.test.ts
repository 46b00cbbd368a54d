import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY,
  formatCurrency,
  formatCurrencyLarge,
  formatDate,
  formatInteger,
  formatIsoDate,
  formatLarge,
  formatMultiple,
  formatNumber,
  formatPercent,
} from '../../src/lib/format';

describe('formatNumber', () => {
  it('groups digits the zh-CN way and rounds to 2 decimals', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(0.125, { digits: 2 })).toBe('0.13');
    expect(formatNumber(2, { minDigits: 1 })).toBe('2.0');
    expect(formatNumber(5, { signed: true })).toBe('+5');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-12.5)).toBe('-12.5');
    expect(formatNumber(1.23456, { digits: 99 })).toBe('1.23456');
    expect(formatNumber(1.5, { digits: NaN })).toBe('1.5');
  });

  it('prints an em dash for anything that is not a finite number', () => {
    for (const v of [NaN, Infinity, -Infinity, undefined, null, '12', {}]) expect(formatNumber(v)).toBe(EMPTY);
  });

  it('formatInteger', () => {
    expect(formatInteger(1234.56)).toBe('1,235');
    expect(formatInteger(NaN)).toBe(EMPTY);
  });
});

describe('formatPercent', () => {
  it('shows fractions as percentages, at most 1 decimal', () => {
    expect(formatPercent(0.85)).toBe('85%');
    expect(formatPercent(0.075)).toBe('7.5%');
    expect(formatPercent(0.4596)).toBe('46%');
    expect(formatPercent(0.45963, { digits: 2 })).toBe('45.96%');
    expect(formatPercent(-0.15, { signed: true })).toBe('-15%');
    expect(formatPercent(0.05, { signed: true })).toBe('+5%');
    expect(formatPercent(1.2)).toBe('120%');
    expect(formatPercent(NaN)).toBe(EMPTY);
  });
});

describe('formatCurrency', () => {
  it('shows yuan, cents only when there are any', () => {
    expect(formatCurrency(2400)).toBe('¥2,400');
    expect(formatCurrency(1234.5)).toBe('¥1,234.50');
    expect(formatCurrency(760.004)).toBe('¥760');
    expect(formatCurrency(-99.9)).toBe('-¥99.90');
    expect(formatCurrency(1234.5678, { digits: 0 })).toBe('¥1,235');
    expect(formatCurrency(12, { minDigits: 2 })).toBe('¥12.00');
    expect(formatCurrency(Infinity)).toBe(EMPTY);
  });
});

describe('formatLarge and formatCurrencyLarge', () => {
  it('uses 万 and 亿', () => {
    expect(formatLarge(9876)).toBe('9,876');
    expect(formatLarge(15000)).toBe('1.5万');
    expect(formatLarge(123456789)).toBe('1.23亿');
    expect(formatLarge(99_999_999)).toBe('1亿');
    expect(formatLarge(9_999.999)).toBe('1万');
    expect(formatLarge(-25000)).toBe('-2.5万');
    expect(formatLarge(1e12)).toBe('10,000亿');
    expect(formatLarge(NaN)).toBe(EMPTY);
  });

  it('with ¥', () => {
    expect(formatCurrencyLarge(1_500_000)).toBe('¥150万');
    expect(formatCurrencyLarge(2400)).toBe('¥2,400');
    expect(formatCurrencyLarge(3.2e8)).toBe('¥3.2亿');
    expect(formatCurrencyLarge(undefined)).toBe(EMPTY);
  });
});

describe('formatMultiple and dates', () => {
  it('formatMultiple', () => {
    expect(formatMultiple(3.2)).toBe('3.2倍');
    expect(formatMultiple(3.25, { digits: 2 })).toBe('3.25倍');
    expect(formatMultiple(NaN)).toBe(EMPTY);
  });

  it('formatDate and formatIsoDate', () => {
    expect(formatDate('2026-03-01')).toBe('2026年3月1日');
    expect(formatDate({ y: 2024, m: 12, d: 31 })).toBe('2024年12月31日');
    expect(formatDate('2026-02-30')).toBe(EMPTY);
    expect(formatIsoDate('2026/3/1')).toBe('2026-03-01');
    expect(formatIsoDate('x')).toBe(EMPTY);
  });
});

describe('properties', () => {
  it('never prints NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        for (const s of [formatNumber(x), formatPercent(x), formatCurrency(x), formatLarge(x), formatCurrencyLarge(x), formatMultiple(x)]) {
          expect(s).not.toMatch(/NaN|Infinity|∞/);
        }
      }),
    );
  });
});
