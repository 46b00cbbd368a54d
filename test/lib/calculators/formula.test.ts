import { describe, expect, it } from 'vitest';
import { eq, frac, nm, op, paren, row, sup, toMathML, toText, tx } from '../../../src/lib/calculators/formula';

describe('formula rendering', () => {
  const f = eq(tx('留存率'), frac(row(tx('期末'), op('−'), tx('新增')), tx('期初')), nm('85.0%'));

  it('renders MathML with fractions, powers and brackets', () => {
    expect(toMathML(f)).toBe(
      '<math><mrow><mtext>留存率</mtext><mo>=</mo><mfrac><mrow><mrow><mtext>期末</mtext><mo>−</mo><mtext>新增</mtext></mrow></mrow><mrow><mtext>期初</mtext></mrow></mfrac><mo>=</mo><mn>85.0%</mn></mrow></math>',
    );
    expect(toMathML(sup(paren(nm('1'), op('−'), tx('r')), nm('12')))).toContain('<msup><mrow><mrow><mo>(</mo>');
  });

  it('reads as plain text', () => {
    // typography-ignore: the plain-text form of a formula keeps ASCII parentheses
    expect(toText(f)).toBe('留存率 = (期末 − 新增) / 期初 = 85.0%');
    expect(toText(sup(paren(nm('1'), op('−'), tx('r')), nm('12')))).toBe('(1 − r)^12');
  });

  it('escapes everything it is given', () => {
    const html = toMathML(row(tx('<img src=x onerror=alert(1)>'), nm('"&\'')));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&amp;&#39;');
  });
});
