/**
 * A figure spec (types.ts) as HTML: an inline SVG inside a <figure> with its caption, and the
 * text alternative in a disclosure next to it. Pure string building (it runs at build time and
 * in vitest); every text and attribute value is escaped, so data never becomes markup.
 *
 *   <div class="fig-wrap" data-figure="id" data-title="title">
 *     <figure class="fig">
 *       <svg class="fig-svg" role="img" aria-label="summary" viewBox="…">marks</svg>
 *       <figcaption class="fig-caption">[badge] title：caption</figcaption>
 *     </figure>
 *     <details class="fig-alt"><summary>图的文字说明</summary>table or list</details>
 *   </div>
 *
 * No element ids: a figure may appear twice on one page (a slide and the speaker's notes), and
 * the speaker view's previews strip ids anyway.
 */
import type { FigClass, FigureKind, FigureSpec, Mark, TextAlternative } from './types';
import { TEXT_SIZES } from './types';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate as short text: at most two decimals, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function cls(classes: readonly FigClass[]): string {
  return escapeXml(classes.join(' '));
}

export function renderMark(m: Mark): string {
  switch (m.kind) {
    case 'rect':
      return `<rect x="${num(m.x)}" y="${num(m.y)}" width="${num(m.w)}" height="${num(m.h)}"${m.rx ? ` rx="${num(m.rx)}"` : ''} class="${cls(m.cls)}"/>`;
    case 'line':
      return `<line x1="${num(m.x1)}" y1="${num(m.y1)}" x2="${num(m.x2)}" y2="${num(m.y2)}" class="${cls(m.cls)}"/>`;
    case 'path':
      return `<path d="${escapeXml(m.d)}" class="${cls(m.cls)}"/>`;
    case 'polygon':
      return `<polygon points="${m.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" class="${cls(m.cls)}"/>`;
    case 'circle':
      return `<circle cx="${num(m.cx)}" cy="${num(m.cy)}" r="${num(m.r)}" class="${cls(m.cls)}"/>`;
    case 'text': {
      const anchor = m.anchor === 'start' ? '' : ` text-anchor="${m.anchor}"`;
      return `<text x="${num(m.x)}" y="${num(m.y)}" font-size="${TEXT_SIZES[m.size]}"${anchor} class="${cls(m.cls)}">${escapeXml(m.text)}</text>`;
    }
  }
}

export function renderSvg(spec: FigureSpec): string {
  const marks = spec.marks.map(renderMark).join('');
  // data-pagefind-ignore: the text alternative below says the same in sentences; the drawing's
  // scattered labels would only clutter search excerpts.
  return (
    `<svg class="fig-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(spec.width)} ${num(spec.height)}" ` +
    `width="${num(spec.width)}" height="${num(spec.height)}" role="img" aria-label="${escapeXml(spec.summary)}" focusable="false" data-pagefind-ignore>` +
    `${marks}</svg>`
  );
}

const BADGES: Record<FigureKind, string> = { concept: '', example: '示例', reference: '课程参考值' };

export function badgeFor(kind: FigureKind): string {
  return BADGES[kind];
}

export function renderTextAlternative(data: TextAlternative): string {
  if (data.kind === 'list') return `<ul>${data.items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
  const head = `<thead><tr>${data.head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>`;
  const rows = data.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td>${escapeXml(c)}</td>`)).join('')}</tr>`).join('');
  return `<div class="table-wrap"><table class="fig-table">${head}<tbody>${rows}</tbody></table></div>`;
}

export function renderFigure(spec: FigureSpec): string {
  const badge = badgeFor(spec.kind);
  const caption =
    (badge ? `<span class="fig-badge">${escapeXml(badge)}</span>` : '') +
    `<span class="fig-title">${escapeXml(spec.title)}</span>\uFF1A${escapeXml(spec.caption)}`;
  return (
    `<div class="fig-wrap" data-figure="${escapeXml(spec.id)}" data-title="${escapeXml(spec.title)}">` +
    `<figure class="fig">${renderSvg(spec)}<figcaption class="fig-caption">${caption}</figcaption></figure>` +
    `<details class="fig-alt"><summary>图的文字说明</summary><p>${escapeXml(spec.summary)}</p>${renderTextAlternative(spec.data)}</details>` +
    `</div>`
  );
}
