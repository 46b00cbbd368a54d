import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  caseCountLine,
  caseFacetsOf,
  caseVocabulary,
  describeCaseFilterIgnored,
  matchesCase,
  readCaseFilter,
  writeCaseFilter,
  CASE_FILTER_PARAMS,
  type CaseFacets,
} from '../../src/lib/case-filter';
import { ECHO_MAX_ITEMS } from '../../src/lib/echo-text';

const cases: CaseFacets[] = [
  caseFacetsOf({ industry: '零售', themes: ['职业发展', '福利政策'], audience: '员工', constructed: false }),
  caseFacetsOf({ industry: '零售', themes: ['服务质量'], audience: '客户', constructed: true }),
  caseFacetsOf({ industry: '电信', themes: ['服务质量', '净推荐值'], audience: '客户', constructed: false }),
];
const vocab = caseVocabulary(cases);
const read = (query: string) => readCaseFilter(new URLSearchParams(query), vocab);

describe('caseFacetsOf and caseVocabulary', () => {
  it('maps frontmatter to facets', () => {
    expect(cases[0]).toEqual({ industry: '零售', themes: ['职业发展', '福利政策'], subject: 'employee', origin: 'source' });
    expect(cases[1]!.origin).toBe('constructed');
    expect(cases[1]!.subject).toBe('customer');
  });

  it('lists each industry and theme once, in pinyin order', () => {
    expect(vocab.industries).toEqual(['电信', '零售']); // diàn < líng
    expect(vocab.themes).toEqual(['服务质量', '福利政策', '净推荐值', '职业发展']);
  });
});

describe('readCaseFilter', () => {
  it('reads every parameter', () => {
    expect(read('industry=零售&theme=服务质量&subject=customer&origin=constructed')).toEqual({
      filter: { industry: '零售', theme: '服务质量', subject: 'customer', origin: 'constructed' },
      ignored: [],
    });
  });

  it('reads percent-encoded Chinese values and the Chinese names of subject and origin', () => {
    expect(read(`industry=${encodeURIComponent('电信')}&subject=${encodeURIComponent('员工')}&origin=${encodeURIComponent('示例案例')}`).filter).toEqual({
      industry: '电信',
      subject: 'employee',
      origin: 'constructed',
    });
    expect(read('subject=EMPLOYEE&origin=Source').filter).toEqual({ subject: 'employee', origin: 'source' });
  });

  it('treats an empty value as “all”, without a notice', () => {
    expect(read('industry=&theme=')).toEqual({ filter: {}, ignored: [] });
  });

  it('ignores and reports unknown parameters, unknown values and repeated keys', () => {
    const { filter, ignored } = read('industry=航天&foo=1&subject=customer&subject=employee&theme=不存在的主题&origin=seed');
    expect(filter).toEqual({ subject: 'customer' });
    expect(ignored).toEqual([
      { key: 'industry', value: '航天', reason: 'invalid' },
      { key: 'foo', value: '1', reason: 'unknown' },
      { key: 'subject', value: 'employee', reason: 'repeated' },
      { key: 'theme', value: '不存在的主题', reason: 'invalid' },
      { key: 'origin', value: 'seed', reason: 'invalid' },
    ]);
    expect(describeCaseFilterIgnored(ignored)).toEqual([
      'industry=航天（没有这个取值的案例）',
      'foo=1（案例库没有这个筛选条件）',
      'subject=employee（重复出现，只用第一个）',
      'theme=不存在的主题（没有这个取值的案例）',
      'origin=seed（没有这个取值的案例）',
    ]);
  });

  it('does not treat object keys as parameters (__proto__, constructor)', () => {
    const { filter, ignored } = read('__proto__=x&constructor=y&industry=toString');
    expect(filter).toEqual({});
    expect(ignored.map((i) => i.reason)).toEqual(['unknown', 'unknown', 'invalid']);
  });

  it('echoes what it ignores as bounded, visible text (bidi overrides and long values)', () => {
    const { ignored } = read(`industry=${encodeURIComponent('\u202eevil')}&${'x'.repeat(100)}=1`);
    expect(ignored[0]!.value).toBe('‹U+202E›evil');
    expect(ignored[1]!.key.length).toBeLessThan(40);
    expect(ignored[1]!.key.endsWith('…')).toBe(true);
  });

  it('lists at most ECHO_MAX_ITEMS ignored parameters, then counts the rest', () => {
    const query = Array.from({ length: ECHO_MAX_ITEMS + 3 }, (_, i) => `p${i}=1`).join('&');
    const lines = describeCaseFilterIgnored(read(query).ignored);
    expect(lines).toHaveLength(ECHO_MAX_ITEMS + 1);
    expect(lines.at(-1)).toBe('另有 3 项未列出。');
  });
});

describe('writeCaseFilter', () => {
  it('writes the set parameters in a fixed order and leaves “all” out', () => {
    expect(writeCaseFilter({ origin: 'source', industry: '零售' }).toString()).toBe(`industry=${encodeURIComponent('零售')}&origin=source`);
    expect(writeCaseFilter({}).toString()).toBe('');
  });

  it('round-trips: what it writes reads back as the same filter (property)', () => {
    const filterArb = fc.record(
      {
        industry: fc.constantFrom(...vocab.industries),
        theme: fc.constantFrom(...vocab.themes),
        subject: fc.constantFrom('employee' as const, 'customer' as const),
        origin: fc.constantFrom('source' as const, 'constructed' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArb, (filter) => {
        const back = readCaseFilter(writeCaseFilter(filter), vocab);
        expect(back.ignored).toEqual([]);
        expect(back.filter).toEqual(filter);
      }),
    );
  });

  it('never throws and never reports a known parameter as unknown, whatever the URL (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom(...CASE_FILTER_PARAMS), fc.string()), fc.string()), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const { filter, ignored } = readCaseFilter(params, vocab);
        for (const i of ignored) if (i.reason === 'unknown') expect((CASE_FILTER_PARAMS as readonly string[]).includes(i.key)).toBe(false);
        for (const v of Object.values(filter)) expect(typeof v).toBe('string');
      }),
    );
  });
});

describe('matchesCase', () => {
  it('matches on every set part of the filter', () => {
    expect(cases.filter((c) => matchesCase(c, {}))).toHaveLength(3);
    expect(cases.filter((c) => matchesCase(c, { industry: '零售' }))).toHaveLength(2);
    expect(cases.filter((c) => matchesCase(c, { theme: '服务质量' }))).toHaveLength(2);
    expect(cases.filter((c) => matchesCase(c, { theme: '服务质量', origin: 'source' }))).toEqual([cases[2]]);
    expect(cases.filter((c) => matchesCase(c, { subject: 'employee', industry: '电信' }))).toEqual([]);
  });
});

describe('caseCountLine', () => {
  it('says how many are shown of how many', () => {
    expect(caseCountLine(18, 18)).toBe('共 18 个案例');
    expect(caseCountLine(3, 18)).toBe('显示 3 个案例（共 18 个）');
    expect(caseCountLine(0, 18)).toBe('显示 0 个案例（共 18 个）');
  });
});
