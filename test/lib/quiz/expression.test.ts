import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, namesIn, parseExpression } from '../../../src/lib/quiz/expression';

const value = (src: string, vars: Record<string, number> = {}) => {
  const e = parseExpression(src);
  if (!e.ok) return e.errors[0]!.message;
  const v = evaluate(e.value, new Map(Object.entries(vars)));
  return v.ok ? v.value : v.errors[0]!.message;
};

describe('template expressions', () => {
  it('computes with precedence, parentheses and unary minus', () => {
    expect(value('start - lost + added', { start: 1000, lost: 150, added: 200 })).toBe(1050);
    expect(value('2 + 3 * 4')).toBe(14);
    expect(value('(2 + 3) * 4')).toBe(20);
    expect(value('-2 * -3')).toBe(6);
    expect(value('1 - output', { output: 0.6 })).toBeCloseTo(0.4, 12);
    expect(value('salary * 10000 / 12', { salary: 12 })).toBe(10000);
    expect(value('10 - 2 - 3')).toBe(5);
    expect(value('12 / 3 / 2')).toBe(2);
  });
  it('lists the names it reads', () => {
    const e = parseExpression('a * (b - a) / c');
    expect(e.ok && namesIn(e.value)).toEqual(['a', 'b', 'c']);
  });
  it('refuses anything but arithmetic, with a Chinese reason', () => {
    expect(value('a.b')).toMatch('不支持的字符“.”');
    expect(value('constructor(1)')).toMatch('多出内容');
    expect(value('Math.max(1, 2)')).toMatch('不支持的字符');
    expect(value('1 +')).toMatch('不完整');
    expect(value('(1 + 2')).toMatch('缺少右括号');
    expect(value('')).toMatch('是空的');
    expect(value('x'.repeat(201))).toMatch('太长');
  });
  it('an unknown name, a division by zero or overflow is an error, never NaN or Infinity', () => {
    expect(value('a + 1')).toMatch('未知的名称“a”');
    expect(value('1 / (a - a)', { a: 3 })).toBe('除数为 0');
    expect(value('a * a', { a: 1e200 })).toBe('结果不是有限的数字');
  });
  it('evaluates sums and products like JavaScript (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b, c) => {
        expect(value('a + b * c', { a, b, c })).toBe(a + b * c);
        expect(value('(a - b) / c', { a, b, c })).toBe((a - b) / c);
      }),
    );
  });
});
