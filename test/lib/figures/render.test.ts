/**
 * The figure renderer and drawing helpers (src/lib/figures): escaping, number output, every mark
 * kind, text wrapping and arrow heads — hand-checked strings, since a figure is only as safe as
 * the markup it writes.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { escapeXml, num, renderFigure, renderMark, renderSvg, renderTextAlternative, badgeFor } from '../../../src/lib/figures/render';
import { arrow, box, textBlock, textWidth, wrap, charWidth, lineHeight } from '../../../src/lib/figures/draw';
import { bracket, chevron } from '../../../src/lib/figures/shapes';
import { valueOf } from '../../../src/lib/figures/util';
import { tiers, tierPaint } from '../../../src/lib/figures/risk-scale';
import { fail, fieldError, ok } from '../../../src/lib/result';
import type { FigureSpec } from '../../../src/lib/figures/types';

const spec = (over: Partial<FigureSpec> = {}): FigureSpec => ({
  id: 'x',
  title: '标题',
  caption: '说明<b>不是标签</b>',
  kind: 'example',
  summary: '摘要 “引号” & 符号',
  width: 100,
  height: 50,
  marks: [{ kind: 'text', x: 1, y: 20, text: '<script>', size: 's', anchor: 'start', cls: ['fg-ink'] }],
  data: { kind: 'list', items: ['一条 <i>'] },
  ...over,
});

describe('renderFigure', () => {
  it('escapes every text and attribute it writes', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    const html = renderFigure(spec());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    const root = parse(html);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('摘要 “引号” & 符号');
    // Markup in the data is text of the page, never elements.
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('text')!.text).toBe('<script>');
    expect(root.querySelector('figcaption b')).toBeNull();
    expect(root.querySelector('figcaption')!.text).toBe('示例标题：说明<b>不是标签</b>');
  });

  it('writes the badge of the figure kind, none for a concept', () => {
    expect(badgeFor('concept')).toBe('');
    expect(badgeFor('reference')).toBe('课程参考值');
    expect(renderFigure(spec({ kind: 'concept' }))).not.toContain('fig-badge');
    expect(renderFigure(spec({ kind: 'reference' }))).toContain('<span class="fig-badge">课程参考值</span>');
  });

  it('writes the SVG with its viewBox, size, role and no colour of its own', () => {
    expect(renderSvg(spec())).toMatch(/^<svg class="fig-svg" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 50" width="100" height="50" role="img" aria-label="[^"]+" focusable="false" data-pagefind-ignore>/);
  });

  it('writes a table alternative with column and row headers', () => {
    expect(renderTextAlternative({ kind: 'table', head: ['甲', '乙'], rows: [['1', '2']] })).toBe(
      '<div class="table-wrap"><table class="fig-table"><thead><tr><th scope="col">甲</th><th scope="col">乙</th></tr></thead><tbody><tr><th scope="row">1</th><td>2</td></tr></tbody></table></div>',
    );
    expect(renderTextAlternative({ kind: 'list', items: ['a', 'b'] })).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});

describe('renderMark', () => {
  it('writes each kind of mark, numbers rounded to two decimals, never "-0"', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(renderMark({ kind: 'rect', x: 1, y: 2, w: 3, h: 4, rx: 2, cls: ['fg-tint-s1'] })).toBe('<rect x="1" y="2" width="3" height="4" rx="2" class="fg-tint-s1"/>');
    expect(renderMark({ kind: 'rect', x: 1, y: 2, w: 3, h: 4, cls: ['fg-fill-s1'] })).toBe('<rect x="1" y="2" width="3" height="4" class="fg-fill-s1"/>');
    expect(renderMark({ kind: 'line', x1: 0, y1: 0, x2: 1.006, y2: 2, cls: ['fg-line-ink', 'fg-dashed'] })).toBe('<line x1="0" y1="0" x2="1.01" y2="2" class="fg-line-ink fg-dashed"/>');
    expect(renderMark({ kind: 'path', d: 'M0 0 L1 1', cls: ['fg-line-s2'] })).toBe('<path d="M0 0 L1 1" class="fg-line-s2"/>');
    expect(renderMark({ kind: 'polygon', points: [[0, 0], [1, 0], [0, 1]], cls: ['fg-fill-s3'] })).toBe('<polygon points="0,0 1,0 0,1" class="fg-fill-s3"/>');
    expect(renderMark({ kind: 'circle', cx: 5, cy: 5, r: 2, cls: ['fg-fill-s4'] })).toBe('<circle cx="5" cy="5" r="2" class="fg-fill-s4"/>');
    expect(renderMark({ kind: 'text', x: 5, y: 6, text: '甲', size: 'l', anchor: 'middle', cls: ['fg-ink'] })).toBe('<text x="5" y="6" font-size="18" text-anchor="middle" class="fg-ink">甲</text>');
  });
});

describe('drawing helpers', () => {
  it('estimate text width: Chinese a full em, digits about half', () => {
    expect(charWidth('留')).toBe(1);
    expect(charWidth('，')).toBe(1);
    expect(charWidth(' ')).toBe(0.3);
    expect(charWidth('1')).toBe(0.58);
    expect(charWidth('%')).toBe(0.85);
    expect(charWidth('i')).toBe(0.32);
    expect(textWidth('留存 1', 'm')).toBeCloseTo((2 + 0.3 + 0.58) * 15, 6);
    expect(lineHeight('s')).toBe(18);
  });

  it('wrap Chinese by character, never starting a line with closing punctuation, keeping numbers whole', () => {
    expect(wrap('一二三四五六', 3 * 13, 's')).toEqual(['一二三', '四五六']);
    expect(wrap('一二三，四五', 3 * 13, 's')).toEqual(['一二三，', '四五']);
    expect(wrap('共 12,345 人', 4 * 13, 's')).toEqual(['共', '12,345', '人']);
    expect(wrap('', 100, 's')).toEqual([]);
  });

  it('centre a block of lines and drop empty labels in a box', () => {
    const [a, b] = textBlock(10, 100, ['甲', '乙'], { size: 'm' }) as unknown as [{ y: number }, { y: number }];
    expect(b.y - a.y).toBe(lineHeight('m'));
    expect((a.y + b.y) / 2).toBeCloseTo(100 + 15 * 0.36, 6);
    expect(box(0, 0, 10, 10, '', {}).filter((m) => m.kind === 'text')).toHaveLength(0);
    expect(box(0, 0, 80, 40, '一二三四五六七八九十', { wrapLabel: true, size: 's', bold: true }).filter((m) => m.kind === 'text').length).toBeGreaterThan(1);
  });

  it('draw arrow heads in the line colour, at one or both ends', () => {
    const one = arrow(0, 0, 100, 0, { cls: ['fg-line-s1'] });
    expect(one.map((m) => m.kind)).toEqual(['line', 'polygon']);
    expect(one[1]!.cls).toEqual(['fg-fill-s1']);
    expect(arrow(0, 0, 0, 50, { cls: ['fg-line-ink'], both: true }).map((m) => m.cls[0])).toEqual(['fg-line-ink', 'fg-ink', 'fg-ink']);
    expect(arrow(0, 0, 0, 50)[1]!.cls).toEqual(['fg-ink-muted']);
    const [, head] = arrow(0, 0, 100, 0) as [unknown, { points: [number, number][] }];
    expect(head.points[0]).toEqual([100, 0]);
  });

  it('draw chevrons (the first with a flat back) and brackets pointing either way', () => {
    expect((chevron(0, 0, 120, 40, ['甲'], 's1', { first: true })[0] as unknown as { points: unknown[] }).points).toHaveLength(5);
    expect((chevron(0, 0, 120, 40, ['乙'], 's2', { bold: false })[0] as unknown as { points: unknown[] }).points).toHaveLength(6);
    expect(bracket(0, 10, 20, ['fg-line-ink'])).toEqual({ kind: 'path', d: 'M0 12 L0 20 L10 20 L10 12', cls: ['fg-line-ink'] });
    expect(bracket(0, 10, 20, ['fg-line-ink'], true)).toEqual({ kind: 'path', d: 'M0 28 L0 20 L10 20 L10 28', cls: ['fg-line-ink'] });
  });

  it('name the five tiers with their hues, from the tiers’ home', () => {
    expect(tiers().map((t) => t.short)).toEqual(['极高', '高', '中等', '低', '极低']);
    expect(tiers().reduce((a, t) => a + t.share, 0)).toBeCloseTo(1, 12);
    expect(tierPaint('very-high')).toBe('r1');
  });

  it('stop the build on a figure whose metric refuses its numbers', () => {
    expect(valueOf('f', ok(3))).toBe(3);
    expect(() => valueOf('f', fail([fieldError('a', '不对'), fieldError('b', '也不对')]))).toThrow('图 f 的数据无效：不对；也不对');
  });
});
