/**
 * The search's headings file is read from the built pages with Pagefind's own rules: only what
 * is inside data-pagefind-body, nothing ignored or excluded; and it maps each page to its
 * Pagefind id through the fragment files, failing the build when the two disagree.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fragmentIds, kindOf, pageEntry, writeSearchHeadings, LEAD_LENGTH } from '../../src/integrations/search-headings.mjs';
import { EXCLUDED } from '../../src/integrations/pagefind-index.mjs';

const html = (body: string, head = '<meta name="description" content="页面简介">') => `<!doctype html><html lang="zh-CN"><head>${head}<title>标签页标题</title></head><body>${body}</body></html>`;

describe('pageEntry', () => {
  it('reads the title, description and the h2/h3 with ids inside data-pagefind-body, with each section’s lead', () => {
    const entry = pageEntry(
      html(`<header><h2 id="nav">导航</h2></header>
        <article data-pagefind-body><h1 data-pagefind-meta="title">流失率计算器</h1>
          <h2 id="formula">公式</h2><p>流失率 = 离开人数 ÷ 期初人数</p>
          <h3>没有 id 的标题</h3>
          <h3 id="x">带 <span class="visually-hidden">（隐藏）</span>链接的标题<a class="heading-link" data-pagefind-ignore>#</a></h3>
          <section data-pagefind-ignore><h2 id="ignored">被忽略</h2></section>
          <astro-island><h2 id="island">岛</h2></astro-island>
        </article>`),
      '/tools/churn/',
      EXCLUDED,
    );
    expect(entry).toEqual({
      url: '/tools/churn/',
      title: '流失率计算器',
      kind: 'tool',
      description: '页面简介',
      headings: [
        { id: 'formula', text: '公式', lead: '流失率 = 离开人数 ÷ 期初人数' },
        { id: 'x', text: '带 链接的标题', lead: '' },
      ],
    });
  });

  it('takes a `title:` value when the page sets one, and cuts long leads', () => {
    const long = '很'.repeat(LEAD_LENGTH + 10);
    const entry = pageEntry(html(`<div data-pagefind-body><h1 data-pagefind-meta="title:工具：全部计算器">工具</h1><h2 id="a">甲</h2><p>${long}</p></div>`), '/tools/', EXCLUDED);
    expect(entry?.title).toBe('工具：全部计算器');
    expect(entry?.headings[0]!.lead).toBe(`${'很'.repeat(LEAD_LENGTH)}…`);
  });

  it('returns null for a page Pagefind does not index', () => {
    expect(pageEntry(html('<main><h1>无索引</h1></main>'), '/present/', EXCLUDED)).toBeNull();
  });
});

describe('kindOf', () => {
  it('names the kind of a page by its URL', () => {
    expect(kindOf('/modules/retention-basics/')).toBe('module');
    expect(kindOf('/tools/churn/')).toBe('tool');
    expect(kindOf('/simulator/')).toBe('tool');
    expect(kindOf('/tools/')).toBe('page');
    expect(kindOf('/glossary/')).toBe('glossary');
    expect(kindOf('/cases/gym-churn-model/')).toBe('case');
    expect(kindOf('/cases/')).toBe('page');
    expect(kindOf('/certificate/')).toBe('page');
  });
});

function site(pages: Record<string, string>, fragments: Record<string, string | Buffer>): string {
  const dist = mkdtempSync(join(tmpdir(), 'ra-headings-'));
  mkdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true });
  for (const [url, body] of Object.entries(pages)) {
    const dir = join(dist, url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html(body));
  }
  for (const [id, content] of Object.entries(fragments)) {
    writeFileSync(join(dist, 'pagefind', 'fragment', `${id}.pf_fragment`), typeof content === 'string' ? gzipSync(`pagefind_dcd${content}`) : content);
  }
  return dist;
}

describe('writeSearchHeadings', () => {
  const body = '<article data-pagefind-body><h1 data-pagefind-meta="title">结业证书</h1></article>';

  it('writes every indexed page with its Pagefind id', () => {
    const dist = site({ '/certificate/': body, '/present/': '<h1>不索引</h1>' }, { 'zh-cn_abc': JSON.stringify({ url: '/certificate/', content: '' }) });
    expect(fragmentIds(join(dist, 'pagefind'))).toEqual(new Map([['/certificate/', 'zh-cn_abc']]));
    expect(writeSearchHeadings(dist, EXCLUDED)).toBe(1);
    const out = JSON.parse(readFileSync(join(dist, 'pagefind', 'site-headings.json'), 'utf8'));
    expect(out.version).toBe(1);
    expect(out.pages).toEqual([{ id: 'zh-cn_abc', url: '/certificate/', title: '结业证书', kind: 'page', description: '页面简介', headings: [] }]);
  });

  it('fails when a page with data-pagefind-body is not in the index, or the other way round', () => {
    expect(() => writeSearchHeadings(site({ '/certificate/': body }, {}), EXCLUDED)).toThrow(/不在 Pagefind 索引中/);
    const extra = site({ '/certificate/': body }, { a: JSON.stringify({ url: '/certificate/' }), b: JSON.stringify({ url: '/gone/' }) });
    expect(() => writeSearchHeadings(extra, EXCLUDED)).toThrow(/标题文件里却没有：\/gone\//);
  });

  it('fails when a fragment is not in the format it knows', () => {
    const dist = site({ '/certificate/': body }, { a: gzipSync('{"url":"/certificate/"}') });
    expect(() => writeSearchHeadings(dist, EXCLUDED)).toThrow(/不是预期的 Pagefind 片段格式/);
  });
});
