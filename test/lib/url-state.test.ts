import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clearState, describeIgnored, isInstanceName, paramName, readState, writeState } from '../../src/lib/url-state';
import { acceptsRaw } from '../../src/lib/calculators/fields';
import { calculators, getCalculator } from '../../src/lib/calculators';
import { escapeHtml } from '../../src/lib/calculators/formula';

const retention = getCalculator('retention')!;
const fields = retention.fields.map((f) => ({ name: f.name, accepts: (r: string) => acceptsRaw(f, r) }));
const read = (q: string, prefix: string | null = null) => readState(new URLSearchParams(q), fields, prefix);

describe('readState: standalone pages (bare names)', () => {
  it('restores declared fields', () => {
    expect(read('start=1000&end=1050&new=200')).toEqual({ values: { start: '1000', end: '1050', new: '200' }, ignored: [] });
  });

  it('reports unknown parameters without using them', () => {
    const r = read('start=1000&utm_source=x&__proto__=1&constructor=2');
    expect(r.values).toEqual({ start: '1000' });
    expect(r.ignored.map((i) => [i.key, i.reason])).toEqual([
      ['utm_source', 'unknown'],
      ['__proto__', 'unknown'],
      ['constructor', 'unknown'],
    ]);
    expect(Object.getPrototypeOf(r.values)).toBe(Object.prototype);
  });

  it('keeps the first of repeated keys and reports the rest', () => {
    const r = read('start=1000&start=5&start=6');
    expect(r.values).toEqual({ start: '1000' });
    expect(r.ignored).toEqual([
      { key: 'start', value: '5', reason: 'repeated' },
      { key: 'start', value: '6', reason: 'repeated' },
    ]);
  });

  it('rejects script tags, huge numbers and words as values', () => {
    const r = read(
      `start=${encodeURIComponent('<script>alert(1)</script>')}&end=1e999&new=${'9'.repeat(400)}&subject=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
    );
    expect(r.values).toEqual({});
    expect(r.ignored.map((i) => i.reason)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
  });

  it('accepts empty values (the field then says it is required) and Chinese number forms', () => {
    expect(read('start=&end=1%2C050&new=%EF%BC%92%EF%BC%90%EF%BC%90').values).toEqual({ start: '', end: '1,050', new: '２００' });
  });

  it('shortens what it echoes and strips control characters', () => {
    const r = read(`x${'a'.repeat(100)}=${encodeURIComponent('\u0000\u001b[31m' + 'b'.repeat(100))}`);
    const [i] = r.ignored;
    expect(i!.key.length).toBeLessThanOrEqual(33);
    expect(i!.value).not.toMatch(/[\u0000-\u001f]/);
    expect(i!.value.endsWith('…')).toBe(true);
  });
});

describe('readState: module pages (prefixed instances)', () => {
  it('takes only its own prefix and ignores other instances silently', () => {
    const r = read('retention.start=900&churn-q3.lost=90&retention.bogus=1&q=search', 'retention');
    expect(r.values).toEqual({ start: '900' });
    expect(r.ignored).toEqual([{ key: 'retention.bogus', value: '1', reason: 'unknown' }]);
  });

  it('does not confuse instances whose names share a beginning', () => {
    expect(read('retention-b.start=1&retention.start=2', 'retention').values).toEqual({ start: '2' });
    expect(read('retention-b.start=1&retention.start=2', 'retention-b').values).toEqual({ start: '1' });
  });

  it('treats bare names as not its own', () => {
    expect(read('start=1', 'retention')).toEqual({ values: {}, ignored: [] });
  });
});

describe('writeState / clearState', () => {
  it('writes prefixed parameters and keeps everything else', () => {
    const out = writeState(new URLSearchParams('churn.lost=9&retention.start=1'), { start: '1000', end: '1050', new: '200', subject: 'customer' }, retention.fields, 'retention');
    expect(out.toString()).toBe('churn.lost=9&retention.start=1000&retention.end=1050&retention.new=200&retention.subject=customer');
  });

  it('round-trips any value through the URL, including hostile text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const params = writeState(new URLSearchParams(), { start: a, end: b }, [{ name: 'start' }, { name: 'end' }], null);
        const again = new URLSearchParams(params.toString());
        expect(again.get('start')).toBe(a);
        expect(again.get('end')).toBe(b);
      }),
    );
  });

  it('omits fields equal to a reference when asked', () => {
    const out = writeState(new URLSearchParams(), { start: '1000', end: '7' }, [{ name: 'start' }, { name: 'end' }], null, { start: '1000', end: '1050' });
    expect(out.toString()).toBe('end=7');
  });

  it('clears only its own parameters', () => {
    const out = clearState(new URLSearchParams('a=1&retention.start=5&retention.end=6&churn.lost=2'), retention.fields, 'retention');
    expect(out.toString()).toBe('a=1&churn.lost=2');
  });

  it('names parameters with or without a prefix', () => {
    expect(paramName('start', null)).toBe('start');
    expect(paramName('start', 'churn-q3')).toBe('churn-q3.start');
  });
});

describe('describeIgnored and instance names', () => {
  it('describes every reason in Chinese, as plain text', () => {
    const lines = describeIgnored([
      { key: 'a', value: '<b>', reason: 'unknown' },
      { key: 'start', value: 'x', reason: 'invalid' },
      { key: 'start', value: '2', reason: 'repeated' },
    ]);
    expect(lines).toEqual(['a=<b>（不是本计算器的参数）', 'start=x（取值无效）', 'start=2（重复出现，只用第一个）']);
  });

  it('accepts only lowercase ASCII instance names', () => {
    expect(isInstanceName('churn-q3')).toBe(true);
    expect(isInstanceName('Churn')).toBe(false);
    expect(isInstanceName('a.b')).toBe(false);
    expect(isInstanceName('3a')).toBe(false);
    expect(isInstanceName('<x>')).toBe(false);
  });

  it('escapes HTML in formula text', () => {
    expect(escapeHtml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&#39;');
  });
});

describe('hostile query strings against every calculator', () => {
  it('never yields a value a field would not accept, and never throws', () => {
    const arbKey = fc.oneof(fc.constantFrom(...calculators.flatMap((c) => c.fields.map((f) => f.name))), fc.string({ maxLength: 20 }));
    const arbValue = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('<script>alert(1)</script>', '1e999', '-0', 'NaN', 'Infinity', '9'.repeat(330), '１２００', '5%', '¥3,000', '2026-02-30'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...calculators), fc.array(fc.tuple(arbKey, arbValue), { maxLength: 12 }), fc.boolean(), (spec, pairs, prefixed) => {
        const prefix = prefixed ? spec.id : null;
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(prefix ? `${prefix}.${k}` : k, v);
        const specFields = spec.fields.map((f) => ({ name: f.name, accepts: (r: string) => acceptsRaw(f, r) }));
        const r = readState(params, specFields, prefix);
        for (const [name, value] of Object.entries(r.values)) {
          const f = spec.fields.find((x) => x.name === name)!;
          expect(acceptsRaw(f, value)).toBe(true);
          expect(value.length).toBeLessThanOrEqual(40);
        }
        expect(Object.keys(r.values).length + r.ignored.length).toBe(pairs.length);
      }),
      { numRuns: 300 },
    );
  });
});
