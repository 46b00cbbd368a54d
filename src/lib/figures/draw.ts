/**
 * Small drawing helpers the figure definitions share: text (one line or several), boxes with a
 * centred label, arrows with a drawn head (no <marker>: markers need ids), and text width
 * estimates for layout and for the content test that keeps every label on the canvas.
 */
import { TEXT_SIZES, type Anchor, type FigClass, type Mark, type Paint, type TextSize } from './types';

/** Estimated advance of one character in ems: CJK and full-width 1, digits and Latin about 0.56, spaces 0.3. */
export function charWidth(ch: string): number {
  if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2014\u2026\u201C\u201D\u00D7\u00F7\u2212]/.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[il.,:;'|!()]/.test(ch)) return 0.32;
  if (/[mwMW%]/.test(ch)) return 0.85;
  return 0.58;
}

/** Estimated width of a line of text at a size (canvas units). */
export function textWidth(text: string, size: TextSize): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * TEXT_SIZES[size];
}

export interface TextOptions {
  size?: TextSize;
  anchor?: Anchor;
  cls?: FigClass[];
}

export function text(x: number, y: number, s: string, o: TextOptions = {}): Mark {
  return { kind: 'text', x, y, text: s, size: o.size ?? 'm', anchor: o.anchor ?? 'start', cls: o.cls ?? ['fg-ink'] };
}

/** Line height for a size. */
export function lineHeight(size: TextSize): number {
  return Math.round(TEXT_SIZES[size] * 1.35);
}

/**
 * Several lines of text whose block is vertically centred on `cy` (baselines placed so the
 * glyphs, not the baselines, are centred).
 */
export function textBlock(x: number, cy: number, lines: readonly string[], o: TextOptions = {}): Mark[] {
  const size = o.size ?? 'm';
  const lh = lineHeight(size);
  const first = cy - ((lines.length - 1) * lh) / 2 + TEXT_SIZES[size] * 0.36;
  return lines.map((l, i) => text(x, first + i * lh, l, { ...o, size }));
}

/**
 * Break a label into lines that fit `maxWidth` (greedy, by character for Chinese; a closing
 * punctuation mark never starts a line; ASCII words and numbers are kept whole).
 */
export function wrap(label: string, maxWidth: number, size: TextSize): string[] {
  const tokens = label.match(/[A-Za-z0-9.,%+\-−–×÷/]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const candidate = line + tok;
    const closing = /^[，。、；：？！）”’]/.test(tok);
    if (line !== '' && textWidth(candidate.trimEnd(), size) > maxWidth && !closing) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export interface BoxOptions {
  paint?: Paint;
  size?: TextSize;
  rx?: number;
  /** Classes of the label text (default ink). */
  textCls?: FigClass[];
  bold?: boolean;
  /** Wrap the label to the box width (minus padding) instead of using the given lines. */
  wrapLabel?: boolean;
}

/** A tinted box with a centred label (given lines, or one string wrapped to fit). */
export function box(x: number, y: number, w: number, h: number, label: string | readonly string[], o: BoxOptions = {}): Mark[] {
  const size = o.size ?? 'm';
  const given = typeof label === 'string' ? (o.wrapLabel ? wrap(label, w - 16, size) : [label]) : label;
  const lines = given.filter((l) => l !== '');
  const textCls: FigClass[] = [...(o.textCls ?? ['fg-ink']), ...(o.bold ? (['fg-bold'] as FigClass[]) : [])];
  return [
    { kind: 'rect', x, y, w, h, rx: o.rx ?? 6, cls: [`fg-tint-${o.paint ?? 's6'}`] },
    ...textBlock(x + w / 2, y + h / 2, lines, { size, anchor: 'middle', cls: textCls }),
  ];
}

export interface ArrowOptions {
  cls?: FigClass[];
  /** Head length and half-width. */
  head?: number;
  /** Draw the head at the start too. */
  both?: boolean;
}

/** An arrow from (x1, y1) to (x2, y2): a line and a filled triangular head (same colour). */
export function arrow(x1: number, y1: number, x2: number, y2: number, o: ArrowOptions = {}): Mark[] {
  const lineCls = o.cls ?? ['fg-line-muted'];
  const paint = lineCls.find((c) => c.startsWith('fg-line-'))?.slice('fg-line-'.length) ?? 'muted';
  const headCls: FigClass[] = [paint === 'ink' ? 'fg-ink' : paint === 'muted' ? 'fg-ink-muted' : (`fg-fill-${paint}` as FigClass)];
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const h = o.head ?? 9;
  const headAt = (tx: number, ty: number, dx: number, dy: number): Mark => ({
    kind: 'polygon',
    points: [
      [tx, ty],
      [tx - dx * h - dy * h * 0.55, ty - dy * h + dx * h * 0.55],
      [tx - dx * h + dy * h * 0.55, ty - dy * h - dx * h * 0.55],
    ],
    cls: headCls,
  });
  const sx = o.both ? x1 + ux * h * 0.8 : x1;
  const sy = o.both ? y1 + uy * h * 0.8 : y1;
  const marks: Mark[] = [{ kind: 'line', x1: sx, y1: sy, x2: x2 - ux * h * 0.8, y2: y2 - uy * h * 0.8, cls: lineCls }];
  marks.push(headAt(x2, y2, ux, uy));
  if (o.both) marks.push(headAt(x1, y1, -ux, -uy));
  return marks;
}

export function rect(x: number, y: number, w: number, h: number, cls: FigClass[], rx = 0): Mark {
  return { kind: 'rect', x, y, w, h, rx, cls };
}

export function line(x1: number, y1: number, x2: number, y2: number, cls: FigClass[] = ['fg-line-muted']): Mark {
  return { kind: 'line', x1, y1, x2, y2, cls };
}

export function circle(cx: number, cy: number, r: number, cls: FigClass[]): Mark {
  return { kind: 'circle', cx, cy, r, cls };
}

/** A linear scale from a domain to a range. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}
