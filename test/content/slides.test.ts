/**
 * Slide blocks in the modules (decision 8): every H2 section presents at least one slide (or
 * opts out as a pure practice section), and every slide is short enough to read from the back of
 * a room. The rules live in slide-rules.ts; the first group below proves each rule fires on a
 * small bad example, the second runs them on every module.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModule, readModule, displayWidth, slideBlocks } from './module-source';
import { MAX_LINES, slideProblems } from './slide-rules';
import { embedProblems } from '../../src/lib/calculators/embed';

const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = join(ROOT, 'src/content/modules');
const moduleFiles = readdirSync(MODULES).filter((f) => f.endsWith('.mdx')).sort();

const IMPORT = "import { Slide, SpeakerNote } from '../../components';";
const mdx = (...body: string[]) => ['---', 'title: 测试', 'minutes: 20', '---', ...body].join('\n');
const check = (...body: string[]) => slideProblems('t.mdx', parseModule(mdx(...body)));

describe('slide rules', () => {
  it('accept a well-formed module: slides, a forced break, a note, a calculator with its own instance, an opt-out', () => {
    expect(
      check(
        '## 甲 {#a}',
        '',
        IMPORT,
        '',
        '<Slide page="summary">',
        '- 留存率只看期初那批人',
        '- 新增人数要先扣掉',
        '<SpeakerNote>先问全场：期末比期初多，是不是就没人走？</SpeakerNote>',
        '</Slide>',
        '',
        '<Slide title="试一试">',
        '<Calculator id="retention" instance="slide-retention" values={{ start: 100, end: 90, new: 5 }} />',
        '</Slide>',
        '',
        '正文。',
        '',
        '<Calculator id="retention" values={{ start: 1000, end: 1050, new: 200 }} />',
        '',
        '## 乙 {#b}',
        '',
        '{/* no-slide: 纯练习，学员各自填写 */}',
        '',
        '练习。',
      ),
    ).toEqual([]);
  });

  it('require a slide or an opt-out in every H2 section', () => {
    expect(check('## 甲 {#a}', '', '正文。')).toEqual([expect.stringContaining('小节 #a 没有 <Slide>')]);
    // An opt-out comment further down does not count.
    expect(check('## 甲 {#a}', '', '正文。', '', '{/* no-slide: 练习 */}').join('\n')).toContain('no-slide 注释必须是小节标题下的第一行');
    expect(slideProblems('t.mdx', parseModule(mdx('## 甲 {#a}', '', '正文。')), { coverage: false })).toEqual([]);
  });

  it('reject an opt-out next to a slide, and a slide without its import', () => {
    const both = check('## 甲 {#a}', '', '{/* no-slide: 练习 */}', '', IMPORT, '<Slide>', '- 一点', '</Slide>');
    expect(both).toEqual([expect.stringContaining('不应再写 no-slide')]);
    expect(check('## 甲 {#a}', '', '<Slide>', '- 一点', '</Slide>')).toEqual([expect.stringContaining('缺少 import')]);
  });

  it(`count at most ${MAX_LINES} lines the room reads (speaker notes and blank lines excluded)`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `- 第 ${i + 1} 点`);
    const note = ['<SpeakerNote>', '这段只给讲师看。', '这也是。', '</SpeakerNote>'];
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide>', ...lines(MAX_LINES), '', ...note, '</Slide>')).toEqual([]);
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide>', ...lines(MAX_LINES + 1), '</Slide>')).toEqual([expect.stringContaining(`最多 ${MAX_LINES} 行`)]);
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide>', '</Slide>')).toEqual([expect.stringContaining('没有内容')]);
  });

  it('reject long lines, long or ASCII-punctuated titles, headings and ASCII punctuation inside a slide', () => {
    const p = check(
      '## 甲 {#a}',
      '',
      IMPORT,
      '<Slide title="试一试:计算">',
      '- 这一行写得实在太长了，超过了从教室后排能够一眼读完的二十六个字的上限',
      '### 小标题',
      '- 公式(期末数 − 新增数)', // typography-ignore: ASCII punctuation on purpose (the rule under test)
      '</Slide>',
      '<Slide title="一个非常非常非常长的幻灯片标题写到了二十多个字">',
      '- 一点',
      '</Slide>',
    ).join('\n');
    expect(p).toContain('半角标点');
    expect(p).toContain('每行最多约');
    expect(p).toContain('不能写标题');
    expect(p).toContain('太长');
  });

  it('reject unknown props, expression props and bad page modes', () => {
    const p = check('## 甲 {#a}', '', IMPORT, '<Slide page="deck" kind="x" title={t}>', '- 一点', '</Slide>').join('\n');
    expect(p).toContain('page="deck" 无效');
    expect(p).toContain('没有属性 kind');
    expect(p).toContain('属性 title 不允许');
  });

  it('keep a calculator on a slide nearly alone, with its own instance, never in a summary box', () => {
    const calc = '<Calculator id="churn" values={{ start: 120, lost: 17 }} />';
    const p = check('## 甲 {#a}', '', IMPORT, '<Slide page="summary">', '- 一', '- 二', '- 三', calc, '</Slide>', '', calc).join('\n');
    expect(p).toContain('除计算器外最多');
    expect(p).toContain('须有自己的 instance 名');
    expect(p).toContain('不能放计算器');
    expect(p).toContain('实例名 “churn” 与第');
  });

  it('keep a figure on a slide nearly alone, one a slide, never with a calculator or in a summary box', () => {
    const fig = '<Figure id="loyalty-pyramid" />';
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide title="图">', fig, '- 一', '- 二', '</Slide>')).toEqual([]);
    const p = check(
      '## 甲 {#a}',
      '',
      IMPORT,
      '<Slide page="summary">',
      fig,
      '- 一',
      '- 二',
      '- 三',
      '</Slide>',
      '<Slide title="两张">',
      fig,
      '<Figure id="risk-tiers" />',
      '</Slide>',
      '<Slide title="混放">',
      fig,
      '<Calculator id="churn" instance="slide-churn" values={{ start: 120, lost: 17 }} />',
      '</Slide>',
    ).join('\n');
    expect(p).toContain('除图外最多');
    expect(p).toContain('不能放图');
    expect(p).toContain('最多放一张图');
    expect(p).toContain('图和计算器不能放在同一张幻灯片上');
  });

  it('reject unclosed and nested slides, and slides or notes before the first H2', () => {
    expect(check(IMPORT, '<Slide>', '- 一点', '</Slide>', '## 甲 {#a}', '', '<Slide>', '- 二').join('\n')).toMatch(/只能写在二级标题[\s\S]*没有在小节 #a 内闭合/);
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide>', '<Slide>', '- 一点', '</Slide>').join('\n')).toContain('不能嵌套');
    expect(check('## 甲 {#a}', '', IMPORT, '<Example title="x">', '  <Slide>', '- 一点', '</Slide>', '</Example>').join('\n')).toContain('顶格');
  });

  it('reject an empty or unclosed speaker note', () => {
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide>', '- 一点', '<SpeakerNote></SpeakerNote>', '</Slide>').join('\n')).toContain('是空的');
    expect(check('## 甲 {#a}', '', IMPORT, '<Slide>', '- 一点', '<SpeakerNote>', '没写完', '</Slide>').join('\n')).toContain('没有闭合');
  });

  it('measure width as the room sees it: markers and tags removed, ASCII at half width', () => {
    expect(displayWidth('- **留存率** = 期末')).toBe(6.5);
    expect(displayWidth('1. NPS 50')).toBe(3);
    expect(slideBlocks(parseModule(mdx('## 甲 {#a}', '<Slide>', '- 一', '<SpeakerNote>不算</SpeakerNote>', '</Slide>')).sections[0]!.lines)[0]!.content).toHaveLength(1);
  });
});

describe.each(moduleFiles)('slides of %s', (file) => {
  const name = `src/content/modules/${file}`;
  const src = readModule(join(MODULES, file));

  it('follow the slide rules, and every H2 section presents at least one slide', () => {
    expect(slideProblems(name, src, { coverage: true })).toEqual([]);
  });

  // A hidden slide is not rendered on the module page, so the page build never checks its
  // calculator: check it here with the same rules the build uses.
  it('embed only valid calculators on slides', () => {
    const problems = src.sections.flatMap((s) =>
      slideBlocks(s.lines).flatMap((b) =>
        b.content
          .filter((l) => /<Calculator\b/.test(l.text))
          .flatMap((l) => {
            const embed = calculatorEmbed(l.text);
            return embed ? embedProblems(embed.id, embed.values, embed.instance, name).map((p) => `${name}:${l.n}: ${p}`) : [`${name}:${l.n}: 无法读取这个 <Calculator>（须写在一行内：id="…" instance="…" values={{ … }}）`];
          }),
      ),
    );
    expect(problems).toEqual([]);
  });
});

/** id, instance and values of a one-line `<Calculator … />` (values is an object literal of our own source). */
function calculatorEmbed(line: string): { id: string; instance?: string; values: Record<string, string | number | boolean> } | undefined {
  const m = /^\s*<Calculator\s+(.*?)\/>\s*$/.exec(line);
  if (!m) return undefined;
  const id = /\bid="([^"]+)"/.exec(m[1]!)?.[1];
  const instance = /\binstance="([^"]+)"/.exec(m[1]!)?.[1];
  const literal = /\bvalues=\{(\{.*\})\}/.exec(m[1]!)?.[1];
  if (!id) return undefined;
  try {
    const values = literal ? (new Function(`return (${literal});`)() as Record<string, string | number | boolean>) : {};
    return { id, ...(instance ? { instance } : {}), values };
  } catch {
    return undefined;
  }
}

