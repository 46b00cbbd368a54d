// typography-ignore-file: these snippets carry ASCII punctuation on purpose.
/**
 * The dist typography check (scripts/check-typography.mjs): its detector on hand-written HTML,
 * what it ignores (code, math, scripts, numbers, URLs, attributes nobody sees), and the command's
 * exit code and report on a small built site.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkHtml, checkJson, findInText } from '../../scripts/check-typography.mjs';

const between = (html: string) => checkHtml(html).between.map((f: { mark: string; where: string }) => `${f.where} ${f.mark}`);

describe('detector on text', () => {
  it.each([
    ['a comma between Han', '留存率,流失率', [',']],
    ['every mark', '甲,乙:丙;丁?戊!己(庚)辛', [',', ':', ';', '?', '!', '(', ')']],
    ['with spaces around the mark', '留存率 , 流失率', [',']],
    ['before an opening quote', '他说:“好”', [':']],
    ['after a closing full-width parenthesis', '（示例）,再看', [',']],
  ])('%s', (_, text, marks) => {
    expect(findInText(text).between.map((f: { mark: string }) => f.mark)).toEqual(marks);
  });

  it.each([
    ['thousands separators', '共 1,200 人'],
    ['times and ratios', '上午 09:00 开始，按 3:1 分配'],
    ['full-width marks', '留存率，流失率（示例）：好'],
    ['English', 'Hello, world (test): ok?'],
    ['a URL between Chinese words', '访问https://example.org/?a=1,b;c=2了解'],
    ['a site path', '打开/tools/churn/?start=1200,90看看'],
  ])('nothing between Han in %s', (_, text) => {
    expect(findInText(text).between).toEqual([]);
  });

  it('counts a mark with Chinese on one side only as "beside", not as a failure', () => {
    const r = findInText('NPS:推荐者占比');
    expect(r.between).toEqual([]);
    expect(r.beside.map((f: { mark: string }) => f.mark)).toEqual([':']);
  });

  it('shows the mark in a snippet of its context', () => {
    expect(findInText('这个地址没有对应的页面,可能是链接输错了').between[0].snippet).toBe('这个地址没有对应的页面[,]可能是链接输错了');
  });
});

describe('detector on HTML', () => {
  it('reads text across inline elements, not across blocks', () => {
    expect(between('<p><strong>客户</strong>:留存指</p>')).toEqual(['text :']);
    expect(between('<p>见<a href="/a/">留存率</a>,再看</p>')).toEqual(['text ,']);
    expect(between('<p>客户</p><p>:留存</p>')).toEqual([]);
    expect(between('<li>甲</li><li>,乙</li>')).toEqual([]);
  });

  it('decodes entities', () => {
    expect(between('<p>留存&#44;流失</p>')).toEqual(['text ,']);
    expect(between('<p>留存&#xFF0C;流失</p>')).toEqual([]);
  });

  it.each([
    ['code', '<p>运行 <code>留存,流失</code> 即可</p>'],
    ['pre', '<pre>留存,流失\n甲:乙</pre>'],
    ['kbd', '<p>按 <kbd>甲,乙</kbd> 键</p>'],
    ['samp', '<samp>留存,流失</samp>'],
    ['math', '<math><mtext>留存,流失</mtext></math>'],
    ['script', "<script>var a = '留存,流失';</script>"],
    ['style', '<style>a::after{content:"留存,流失"}</style>'],
    ['an attribute nobody sees', '<div data-label="留存,流失" class="甲,乙"></div>'],
    ['a meta tag that is not text', '<meta name="viewport" content="留存,流失">'],
  ])('ignores %s', (_, html) => {
    expect(between(html)).toEqual([]);
  });

  it('does not let code join the text around it', () => {
    expect(between('<p>留存<code>x</code>,流失</p>')).toEqual([]);
  });

  it.each([
    ['title', '<a title="标题;说明">x</a>', 'title= ;'],
    ['aria-label', '<nav aria-label="本节链接:定义"></nav>', 'aria-label= :'],
    ['alt', '<img alt="图,示">', 'alt= ,'],
    ['placeholder', '<input placeholder="例如:留存率">', 'placeholder= :'],
    ['meta description', '<meta name="description" content="留存,流失">', 'meta description ,'],
    ['Open Graph', '<meta property="og:title" content="留存:流失">', 'meta og:title :'],
    ['island props', '<astro-island props="{&quot;label&quot;:[0,&quot;留存,流失&quot;]}"></astro-island>', 'island props ,'],
  ])('checks the visible attribute %s', (_, html, expected) => {
    expect(between(html)).toEqual([expected]);
  });

  it('checks the string values of a JSON data file', () => {
    expect(checkJson('{"questions":[{"prompt":"留存,流失","id":"a,b"}]}').between.map((f: { mark: string }) => f.mark)).toEqual([',']);
    expect(checkJson('not json').between).toEqual([]);
  });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'typography-'));
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-typography.mjs', ...args], { encoding: 'utf8' });

describe('the command', () => {
  it('passes a site written with full-width punctuation', () => {
    const r = run(site({ 'index.html': '<p>留存率，流失率：1,200 人（示例）</p>', 'a/index.html': '<p>NPS:推荐者</p>' }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('排版检查通过');
    expect(r.stdout).toContain('只有一侧是中文的半角标点 1 处');
  });

  it('fails naming the page, the place, a snippet and the count', () => {
    const dir = site({
      'index.html': '<p>全角，正确</p>',
      'modules/a/index.html': '<h1 title="甲:乙">标题</h1><p>留存率,流失率</p>',
      'assessment/questions.json': '{"q":"甲;乙"}',
      '_astro/x.json': '{"q":"甲;乙"}',
    });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('3 处半角标点夹在中文之间（2 个页面或数据文件');
    expect(r.stderr).toContain('/modules/a/: 2 处');
    expect(r.stderr).toContain('title=  …甲[:]乙…');
    expect(r.stderr).toContain('text  …留存率[,]流失率…');
    expect(r.stderr).toContain('/assessment/questions.json: 1 处');
    expect(r.stderr).not.toContain('_astro');
  });

  it('with --strict, also fails on a mark with Chinese on one side', () => {
    const r = run(site({ 'index.html': '<p>NPS:推荐者</p>' }), '--strict');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('NPS[:]推荐者');
  });
});
