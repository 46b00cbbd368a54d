/**
 * A course figure as data: a small set of SVG marks on a fixed canvas, its caption and its text
 * alternative. Figures are drawn at build time (src/components/figures/Figure.astro renders
 * `renderFigure`), so no figure ships JavaScript.
 *
 * Colours are never numbers here: every mark names classes of the figure palette
 * (src/components/figures/figures.css), which resolve to `var(--…)` colours of the light or
 * dark theme (and to the light ones in print). Geometry, font size and text anchoring are
 * numbers and SVG presentation attributes, which the strict CSP allows (a `style` attribute it
 * would block).
 */

/** Hues of the palette: s1–s6 categorical (s6 neutral), r1–r5 the risk scale (r1 极高 … r5 极低). */
export const PAINTS = ['s1', 's2', 's3', 's4', 's5', 's6', 'r1', 'r2', 'r3', 'r4', 'r5'] as const;
export type Paint = (typeof PAINTS)[number];

/**
 * The figure palette's classes (each defined in figures.css, checked by a test):
 * - `fg-ink`, `fg-ink-muted`, `fg-ink-<paint>`: text colour (4.5:1 on the page in both themes);
 *   `fg-ink-inverse`: text on a solid `fg-fill-<paint>` mark;
 * - `fg-fill-<paint>`: a solid mark (bars, dots: 3:1 on the page);
 * - `fg-tint-<paint>`: a soft box fill with a solid border of the same hue (text on it is ink);
 * - `fg-line-<paint>`, `fg-line-ink`, `fg-line-muted`: a stroke without fill (3:1);
 * - `fg-grid`: a faint decorative line (gridlines, guides) — never the only carrier of meaning;
 * - `fg-bg`: the page background (knocks a gap out of a line, e.g. behind a label);
 * - modifiers: `fg-thin`, `fg-thick`, `fg-dashed`, `fg-bold`.
 */
export type FigClass =
  | 'fg-ink'
  | 'fg-ink-muted'
  | 'fg-ink-inverse'
  | `fg-ink-${Paint}`
  | `fg-fill-${Paint}`
  | `fg-tint-${Paint}`
  | `fg-line-${Paint}`
  | 'fg-line-ink'
  | 'fg-line-muted'
  | 'fg-grid'
  | 'fg-bg'
  | 'fg-thin'
  | 'fg-thick'
  | 'fg-dashed'
  | 'fg-bold';

/** Font sizes in canvas units. The canvas is at most 640 wide, shown at ≥ 640 px on a desktop page and an A4 page. */
export const TEXT_SIZES = { s: 13, m: 15, l: 18, xl: 22 } as const;
export type TextSize = keyof typeof TEXT_SIZES;

export type Anchor = 'start' | 'middle' | 'end';

export type Mark =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; rx?: number; cls: FigClass[] }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; cls: FigClass[] }
  | { kind: 'path'; d: string; cls: FigClass[] }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[]; cls: FigClass[] }
  | { kind: 'circle'; cx: number; cy: number; r: number; cls: FigClass[] }
  | { kind: 'text'; x: number; y: number; text: string; size: TextSize; anchor: Anchor; cls: FigClass[] };

/** The text alternative: a table of the figure's content, or a list of statements. */
export type TextAlternative = { kind: 'table'; head: string[]; rows: string[][] } | { kind: 'list'; items: string[] };

/**
 * Where a figure's content comes from, shown as a badge on the caption:
 * - `concept`: a diagram of an idea (no numbers to label);
 * - `example`: numbers of a worked example or invented for the picture (示例);
 * - `reference`: course reference figures from the source documents (课程参考值).
 */
export type FigureKind = 'concept' | 'example' | 'reference';

export interface FigureSpec {
  /** Stable id (lowercase ASCII, hyphens), used in MDX: `<Figure id="…" />`. */
  id: string;
  /** Short name: the caption's lead and a slide title (at most about 18 characters). */
  title: string;
  /** One or two sentences under the picture: what to see in it. */
  caption: string;
  kind: FigureKind;
  /** What the picture shows, in a sentence or two: the SVG's accessible name. */
  summary: string;
  /** Canvas size in units (the viewBox). */
  width: number;
  height: number;
  marks: Mark[];
  /** The full text alternative, in a disclosure below the figure. */
  data: TextAlternative;
  /**
   * Strings a module's source must contain — the numbers of the worked example a figure draws —
   * so a figure cannot silently drift from the prose it illustrates (checked by a content test).
   */
  mentions?: { module: string; strings: string[] };
}
