import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSearchQuery } from '../../src/lib/search-query';
import { bestMatch, markCount, matchText, phraseChunk, phraseFirst, rankPages, refineExcerpt, type IndexedPage } from '../../src/lib/search-rank';

const page = (id: string, url: string, title: string, kind: IndexedPage['kind'], headings: [string, string][] = []): IndexedPage => ({
  id,
  url,
  title,
  kind,
  description: `${title}的简介`,
  headings: headings.map(([hid, text]) => ({ id: hid, text, lead: '' })),
});

const pages: IndexedPage[] = [
  page('p-a1', '/modules/retention-basics/', '留存与流失：定义与计算', 'module', [
    ['churn-rate', '流失率的计算'],
    ['customer-formula', '客户留存率'],
    ['employee-formula', '员工留存率'],
  ]),
  page('p-ers', '/modules/employee-retention-strategies/', '员工保留策略', 'module', [['pay-positioning', '薪酬定位：关键人才对标 75 分位']]),
  page('p-lm', '/modules/loyalty-measurement/', '忠诚度测量：NPS、CSAT 与 CLV', 'module', [
    ['nps', '净推荐值 NPS'],
    ['nps-formula', '计算 NPS'],
  ]),
  page('p-churn', '/tools/churn/', '流失率计算器', 'tool', [['formula', '公式']]),
  page('p-nps', '/tools/nps/', '净推荐值（NPS）计算器', 'tool'),
  page('p-gl', '/glossary/', '术语表', 'glossary', [
    ['churn-rate', '流失率 Churn rate'],
    ['recall', '召回率 Recall'],
  ]),
  page('p-bank', '/cases/bank/', '访谈流失客户，找到个性化需求（某银行）', 'case'),
  page('p-cert', '/certificate/', '结业证书', 'page'),
  page('p-ccp', '/modules/customer-churn-patterns/', '客户流失的模式与成因', 'module', [['renewal-timing', '续约时间线：到期前 6 到 3 个月']]),
];

const urls = (q: string, pagefind: string[] = []) => rankPages(pages, parseSearchQuery(q), pagefind).map((r) => r.match?.url ?? r.page.url);

describe('matchText', () => {
  it('tier 1: every chunk is in the text as a whole phrase', () => {
    expect(matchText('流失率计算器', parseSearchQuery('流失率计算器'))).toMatchObject({ tier: 1, fill: 1 });
    expect(matchText('流失率的计算', parseSearchQuery('流失率'))).toMatchObject({ tier: 1, fill: 0.5 });
    expect(matchText('召回率 Recall', parseSearchQuery('流失率'))).toBeNull();
  });

  it('tier 2: every word, in any order, synonyms included', () => {
    expect(matchText('员工保留策略', parseSearchQuery('如何留住员工'))).toMatchObject({ tier: 2 });
  });

  it('tier 3: at least half of two or more words', () => {
    expect(matchText('续约时间线', parseSearchQuery('续约提前多久'))).toMatchObject({ tier: 3 });
    expect(matchText('风险分层', parseSearchQuery('续约提前多久'))).toBeNull();
  });

  it('marks a computing heading only when the learner asked how to compute', () => {
    expect(matchText('计算 NPS', parseSearchQuery('NPS 怎么算'))?.computes).toBe(true);
    expect(matchText('计算 NPS', parseSearchQuery('NPS'))?.computes).toBe(false);
  });

  it('compares across full-width and half-width forms', () => {
    expect(matchText('净推荐值(NPS)计算器', parseSearchQuery('净推荐值（ＮＰＳ）'))).toMatchObject({ tier: 1 });
  });
});

describe('bestMatch', () => {
  it('prefers the section that computes when asked how to compute, else the page title', () => {
    expect(bestMatch(pages[2]!, parseSearchQuery('NPS 怎么算'))?.url).toBe('/modules/loyalty-measurement/#nps-formula');
    expect(bestMatch(pages[2]!, parseSearchQuery('NPS'))?.url).toBe('/modules/loyalty-measurement/');
  });
});

describe('rankPages', () => {
  it('finds the page a learner means in the first three, for learner-style queries', () => {
    expect(urls('怎么算流失率')[0]).toBe('/modules/retention-basics/#churn-rate');
    expect(urls('流失率计算器')[0]).toBe('/tools/churn/');
    expect(urls('结业证书')[0]).toBe('/certificate/');
    expect(urls('NPS 怎么算').slice(0, 2)).toEqual(['/modules/loyalty-measurement/#nps-formula', '/tools/nps/']);
    expect(urls('如何留住员工')[0]).toBe('/modules/employee-retention-strategies/');
    expect(urls('续约提前多久')[0]).toBe('/modules/customer-churn-patterns/#renewal-timing');
    expect(urls('银行案例')[0]).toBe('/cases/bank/');
  });

  it('orders pages that teach before tools, glossary, cases and other pages within a tier', () => {
    expect(urls('流失率')).toEqual(['/modules/retention-basics/#churn-rate', '/tools/churn/', '/glossary/#churn-rate']);
  });

  it('keeps only the best tier of title and heading matches, then Pagefind’s other pages in its order', () => {
    // 员工 alone (tier 2) would match 员工留存率 too; next to tier-1 matches it does not count.
    const ranked = rankPages(pages, parseSearchQuery('员工保留'), ['p-cert', 'p-a1', 'p-ers', 'unknown-id']);
    expect(ranked.map((r) => [r.page.id, r.match?.tier ?? null])).toEqual([
      ['p-ers', 1],
      ['p-cert', null],
      ['p-a1', null],
    ]);
    expect(ranked[0]!.pagefindRank).toBe(2);
  });

  it('lists each page once, and every Pagefind page it knows (property)', () => {
    const ids = pages.map((p) => p.id);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.shuffledSubarray(ids), (q, found) => {
        const ranked = rankPages(pages, parseSearchQuery(q), found);
        const out = ranked.map((r) => r.page.id);
        expect(new Set(out).size).toBe(out.length);
        for (const id of found) expect(out).toContain(id);
      }),
    );
  });
});

describe('phraseFirst and phraseChunk', () => {
  it('puts the pages with the whole phrase first, keeping each group’s order', () => {
    expect(phraseFirst(['a', 'b', 'c', 'd'], new Set(['d', 'b']))).toEqual(['b', 'd', 'a', 'c']);
    expect(phraseFirst(['a', 'b'], new Set())).toEqual(['a', 'b']);
  });

  it('searches the longest chunk of two or more characters as a phrase', () => {
    expect(phraseChunk(parseSearchQuery('客户流失的原因有哪些'))).toBe('客户流失');
    expect(phraseChunk(parseSearchQuery('怎么'))).toBeUndefined();
    expect(phraseChunk(parseSearchQuery('？'))).toBeUndefined();
  });
});

describe('refineExcerpt', () => {
  const q = parseSearchQuery('怎么算流失率');

  it('drops a lone highlight that is not the query (率 of 召回率, 贴现率)', () => {
    expect(refineExcerpt('看<mark>召回</mark>和召回<mark>率</mark>', q)).toBe('看召回和召回率');
    expect(refineExcerpt('ARPU、<mark>流失</mark><mark>率</mark>和<mark>贴现率</mark>', q)).toBe('ARPU、<mark>流失</mark><mark>率</mark>和贴现率');
  });

  it('keeps highlights that are the query or part of it', () => {
    expect(refineExcerpt('<mark>流失</mark><mark>率 </mark>= 期内<mark>流失</mark>数', q)).toBe('<mark>流失</mark><mark>率 </mark>= 期内<mark>流失</mark>数');
    expect(markCount(refineExcerpt('<mark>流失</mark>原因', q))).toBe(1);
  });

  it('keeps the text unchanged: only <mark> tags are removed (property)', () => {
    const piece = fc.oneof(fc.constantFrom('流失', '率', '召回', '贴现率', '流失率', ' ', '，'), fc.string({ maxLength: 3 }).filter((s) => !/[<>]/.test(s)));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 12 }), (parts) => {
        const excerpt = parts.map(([t, m]) => (m ? `<mark>${t}</mark>` : t)).join('');
        const refined = refineExcerpt(excerpt, q);
        expect(refined.replace(/<\/?mark>/g, '')).toBe(excerpt.replace(/<\/?mark>/g, ''));
        expect(markCount(refined)).toBeLessThanOrEqual(markCount(excerpt));
      }),
    );
  });
});
