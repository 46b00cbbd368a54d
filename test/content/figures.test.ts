/**
 * Figures in the modules (issue 13 §3): every module shows at least two figures, each also on a
 * slide of its section; every figure of the catalogue renders as a <figure> with an SVG that has
 * an accessible name, a caption and a text alternative; it stays on its canvas, its smallest
 * text is legible at the width of the page column, it uses only palette classes that exist, and
 * the palette keeps its contrast in both themes (and in print, which uses the light colours).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { FIGURES, FIGURE_IDS, buildFigure, isFigureId } from '../../src/lib/figures/catalog';
import { renderFigure } from '../../src/lib/figures/render';
import { textWidth } from '../../src/lib/figures/draw';
import { TEXT_SIZES, type FigureSpec, type Mark } from '../../src/lib/figures/types';
import { ASCII_NEXT_TO_HAN, readModule, slideBlocks } from './module-source';

const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = join(ROOT, 'src/content/modules');
const moduleFiles = readdirSync(MODULES).filter((f) => f.endsWith('.mdx')).sort();
const CSS = readFileSync(join(ROOT, 'src/components/figures/figures.css'), 'utf8');
const GLOBAL_CSS = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

/** Figures a module page must show. */
const MIN_FIGURES = 2;
/** Narrowest width a figure is drawn at on a desktop page or A4 paper (the 42rem column is 672 px; A4 minus margins ≈ 673 px). */
const COLUMN_PX = 640;
/** Smallest text a reader must be able to read there. */
const MIN_TEXT_PX = 12;

const FIGURE_TAG = /<Figure\s+id="([^"]+)"\s*\/>/;

describe.each(moduleFiles)('figures of %s', (file) => {
  const src = readModule(join(MODULES, file));
  const name = `src/content/modules/${file}`;

  it(`show at least ${MIN_FIGURES} known figures on the page, each also on a slide of its section`, () => {
    const problems: string[] = [];
    let onPage = 0;
    for (const section of src.sections) {
      const slides = slideBlocks(section.lines);
      const inSlide = new Set(slides.flatMap((b) => b.inner.map((l) => l.n)));
      const onSlides = new Set(slides.flatMap((b) => b.content.map((l) => FIGURE_TAG.exec(l.text)?.[1]).filter((id): id is string => Boolean(id))));
      for (const line of section.lines) {
        const id = FIGURE_TAG.exec(line.text)?.[1];
        if (!id) {
          if (/<Figure\b/.test(line.text)) problems.push(`${name}:${line.n}: 无法读取这个 <Figure>（须写成一行：<Figure id="…" />）`);
          continue;
        }
        if (!isFigureId(id)) problems.push(`${name}:${line.n}: 没有 id 为“${id}”的图（src/lib/figures/catalog.ts）`);
        if (inSlide.has(line.n)) continue;
        onPage++;
        if (!onSlides.has(id)) problems.push(`${name}:${line.n}: 图 ${id} 在小节 #${section.id} 的幻灯片上没有出现（请加一个 <Slide title="…"><Figure id="${id}" /></Slide>）`);
      }
    }
    if (onPage < MIN_FIGURES) problems.push(`${name}: 模块页上只有 ${onPage} 张图，至少需要 ${MIN_FIGURES} 张`);
    if (onPage > 0 && !src.body.some((l) => /^import\s*\{[^}]*\bFigure\b[^}]*\}\s*from\s*'\.\.\/\.\.\/components';/.test(l.text))) problems.push(`${name}: 使用了 <Figure>，但缺少 import { Figure } from '../../components';`);
    expect(problems).toEqual([]);
  });
});

/** Every number pair of a path's `d` (enough for the M/L/C paths the figures draw). */
function pathPoints(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  // Relative segments (lowercase) are offsets: only check absolute ones.
  if (/[a-z]/.test(d.replace(/e/g, ''))) return [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

function outside(spec: FigureSpec, m: Mark): string | null {
  const inX = (x: number) => x >= -0.5 && x <= spec.width + 0.5;
  const inY = (y: number) => y >= -0.5 && y <= spec.height + 0.5;
  const pts: [number, number][] = [];
  switch (m.kind) {
    case 'rect':
      pts.push([m.x, m.y], [m.x + m.w, m.y + m.h]);
      if (m.w < 0 || m.h < 0) return `rect with a negative size at ${m.x},${m.y}`;
      break;
    case 'line':
      pts.push([m.x1, m.y1], [m.x2, m.y2]);
      break;
    case 'circle':
      pts.push([m.cx - m.r, m.cy - m.r], [m.cx + m.r, m.cy + m.r]);
      break;
    case 'polygon':
      pts.push(...m.points.map(([x, y]) => [x, y] as [number, number]));
      break;
    case 'path':
      pts.push(...pathPoints(m.d));
      break;
    case 'text': {
      const w = textWidth(m.text, m.size);
      const left = m.anchor === 'start' ? m.x : m.anchor === 'middle' ? m.x - w / 2 : m.x - w;
      pts.push([left, m.y - TEXT_SIZES[m.size] * 0.85], [left + w, m.y + TEXT_SIZES[m.size] * 0.25]);
      break;
    }
  }
  const bad = pts.find(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y) || !inX(x) || !inY(y));
  return bad ? `${m.kind}${m.kind === 'text' ? ` “${m.text}”` : ''} reaches ${bad[0].toFixed(1)},${bad[1].toFixed(1)} outside ${spec.width}×${spec.height}` : null;
}

/** The classes figures.css defines for the drawing (`.fig-svg .fg-…`). */
const cssClasses = new Set([...CSS.matchAll(/\.fig-svg \.(fg-[a-z0-9-]+)/g)].map((m) => m[1]!));

const texts = (spec: FigureSpec) => [spec.title, spec.caption, spec.summary, ...(spec.data.kind === 'table' ? [...spec.data.head, ...spec.data.rows.flat()] : spec.data.items)];

describe.each(FIGURE_IDS)('figure %s', (id) => {
  const spec = FIGURES[id]();
  const html = renderFigure(spec);
  const root = parse(html);
  const wrap = root.querySelector('.fig-wrap') as HTMLElement;

  it('is a <figure> with a named SVG, a caption and a text alternative', () => {
    expect(spec.id).toBe(id);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(wrap.getAttribute('data-figure')).toBe(id);
    const svg = wrap.querySelector('figure.fig > svg.fig-svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')!.length).toBeGreaterThan(20);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${spec.width} ${spec.height}`);
    expect(svg.querySelectorAll('rect, line, path, polygon, circle').length).toBeGreaterThan(0);
    const caption = wrap.querySelector('figure.fig > figcaption.fig-caption')!;
    expect(caption.text.trim().length).toBeGreaterThan(spec.title.length + 10);
    const alt = wrap.querySelector('details.fig-alt')!;
    expect(alt.querySelector('summary')!.text).toBe('图的文字说明');
    const entries = spec.data.kind === 'table' ? alt.querySelectorAll('tbody tr') : alt.querySelectorAll('li');
    expect(entries.length).toBeGreaterThan(0);
    if (spec.data.kind === 'table') for (const r of spec.data.rows) expect(r).toHaveLength(spec.data.head.length);
  });

  it('labels invented numbers 示例 and source figures 课程参考值', () => {
    const badge = wrap.querySelector('.fig-badge')?.text;
    expect(badge).toBe(spec.kind === 'example' ? '示例' : spec.kind === 'reference' ? '课程参考值' : undefined);
  });

  it('has no style attribute, no colour value and no id (CSP, themes, figures repeated on one page)', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\s(fill|stroke|color|stop-color)="/);
    expect(html).not.toMatch(/\sid="/);
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  });

  it('uses only classes figures.css defines', () => {
    const used = new Set(spec.marks.flatMap((m) => m.cls));
    expect([...used].filter((c) => !cssClasses.has(c))).toEqual([]);
    // Every shape has a colour class (an SVG shape without one is black, invisible in the dark theme).
    const bare = spec.marks.filter((m) => m.kind !== 'text' && !m.cls.some((c) => /^fg-(fill|tint|line|grid|bg|ink)/.test(c)));
    expect(bare).toEqual([]);
  });

  it(`stays on its canvas, with text of at least ${MIN_TEXT_PX} px at a ${COLUMN_PX} px column`, () => {
    expect(spec.width).toBeLessThanOrEqual(COLUMN_PX);
    const scale = COLUMN_PX / spec.width;
    const small = spec.marks.filter((m) => m.kind === 'text' && TEXT_SIZES[m.size] * scale < MIN_TEXT_PX);
    expect(small).toEqual([]);
    expect(spec.marks.map((m) => outside(spec, m)).filter(Boolean)).toEqual([]);
    expect(spec.marks.filter((m) => m.kind === 'text' && m.text.trim() === '')).toEqual([]);
  });

  it('writes Chinese with full-width punctuation', () => {
    const words = [...texts(spec), ...spec.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))];
    expect(words.filter((t) => ASCII_NEXT_TO_HAN.test(t))).toEqual([]);
  });

  it('draws the numbers its module states', () => {
    if (!spec.mentions) return;
    const norm = (s: string) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, ' ');
    const source = norm(readFileSync(join(MODULES, `${spec.mentions.module}.mdx`), 'utf8'));
    expect(spec.mentions.strings.filter((s) => !source.includes(norm(s)))).toEqual([]);
  });
});

describe('the figure catalogue', () => {
  it('refuses an unknown id, naming the ids that exist', () => {
    const r = buildFigure('no-such-figure');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('loyalty-pyramid');
    expect(buildFigure('toString').ok).toBe(false);
    const known = buildFigure('loyalty-pyramid');
    expect(known.ok && known.value.id).toBe('loyalty-pyramid');
  });

  it('has a figure on a module page for every entry (none left unused)', () => {
    const used = new Set(moduleFiles.flatMap((f) => [...readFileSync(join(MODULES, f), 'utf8').matchAll(/<Figure\s+id="([^"]+)"/g)].map((m) => m[1]!)));
    expect(FIGURE_IDS.filter((id) => !used.has(id))).toEqual([]);
  });
});

// ---- contrast of the palette, both themes ----

function hex(h: string): [number, number, number] {
  const s = h.replace('#', '');
  const full = s.length === 3 ? [...s].map((c) => c + c).join('') : s;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
}
function luminance(h: string): number {
  const [r, g, b] = hex(h).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `--name: light-dark(#light, #dark)` declarations of a stylesheet. */
function lightDark(css: string): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const m of css.matchAll(/(--[a-z0-9-]+):\s*light-dark\((#[0-9a-f]{3,6}),\s*(#[0-9a-f]{3,6})\)/gi)) out.set(m[1]!, [m[2]!, m[3]!]);
  return out;
}

describe('the figure palette', () => {
  const fig = lightDark(CSS);
  const site = lightDark(GLOBAL_CSS);
  const themes = [0, 1] as const;
  const backgrounds = ['--bg', '--bg-raised', '--bg-sunken'].map((v) => site.get(v)!);
  const ink = site.get('--text')!;
  const muted = site.get('--text-muted')!;
  const solids = [...fig.keys()].filter((k) => /^--fig-(s|r)\d$/.test(k));
  const tintOf = (solid: string) => solid.replace(/^--fig-s(\d)$/, '--fig-t$1').replace(/^--fig-r(\d)$/, '--fig-tr$1');

  it('defines eleven solid hues, each with its tint', () => {
    expect(solids).toHaveLength(11);
    for (const s of solids) expect(fig.has(tintOf(s)), tintOf(s)).toBe(true);
  });

  it('keeps every solid hue at 4.5:1 on every page background, in both themes (text, bars and lines alike)', () => {
    const low: string[] = [];
    for (const s of solids) for (const t of themes) for (const bg of backgrounds) if (contrast(fig.get(s)![t], bg[t]) < 4.5) low.push(`${s} on ${bg[t]}: ${contrast(fig.get(s)![t], bg[t]).toFixed(2)}`);
    // Print: the light colours on white paper.
    for (const s of solids) if (contrast(fig.get(s)![0], '#ffffff') < 4.5) low.push(`${s} on paper`);
    expect(low).toEqual([]);
  });

  it('keeps text readable on every tint (ink, muted ink and the tint’s own hue) and inverse ink on every solid', () => {
    const low: string[] = [];
    const inverse = fig.get('--fig-inverse')!;
    for (const s of solids) {
      const tint = fig.get(tintOf(s))!;
      for (const t of themes) {
        for (const [name, c] of [['ink', ink[t]], ['muted', muted[t]], [s, fig.get(s)![t]]] as const) if (contrast(c, tint[t]) < 4.5) low.push(`${name} on ${tintOf(s)} (${t ? 'dark' : 'light'}): ${contrast(c, tint[t]).toFixed(2)}`);
        if (contrast(inverse[t], fig.get(s)![t]) < 4.5) low.push(`inverse on ${s} (${t ? 'dark' : 'light'})`);
      }
    }
    expect(low).toEqual([]);
  });

  it('catches a colour that fails (the check can fail)', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
