/**
 * Shapes several figures share: a row of chevrons (stages in order) and a bracket.
 */
import { textBlock } from './draw';
import type { FigClass, Mark, Paint, TextSize } from './types';

/** A chevron (an arrow-shaped box pointing right) with a centred label; `first` has a flat left edge. */
export function chevron(x: number, y: number, w: number, h: number, label: readonly string[], paint: Paint, o: { first?: boolean; size?: TextSize; bold?: boolean } = {}): Mark[] {
  const tip = Math.min(16, w / 6);
  const points: [number, number][] = [
    [x, y],
    [x + w - tip, y],
    [x + w, y + h / 2],
    [x + w - tip, y + h],
    [x, y + h],
  ];
  if (!o.first) points.push([x + tip, y + h / 2]);
  const cls: FigClass[] = o.bold === false ? ['fg-ink'] : ['fg-ink', 'fg-bold'];
  return [{ kind: 'polygon', points, cls: [`fg-tint-${paint}`] }, ...textBlock(x + w / 2 + (o.first ? -tip / 2 : tip / 2) * 0.5, y + h / 2, label, { anchor: 'middle', size: o.size ?? 'm', cls })];
}

/** A horizontal bracket under (or over) a span, with its tips pointing at the span. */
export function bracket(x1: number, x2: number, y: number, cls: FigClass[], up = false): Mark {
  const t = up ? 8 : -8;
  return { kind: 'path', d: `M${x1} ${y + t} L${x1} ${y} L${x2} ${y} L${x2} ${y + t}`, cls };
}
