/**
 * Boxes that scroll sideways on a narrow screen (Markdown tables, calculator formulas and result
 * tables, the tool pages' formula): while one overflows, it
 * - is reachable by keyboard and named, so arrow keys can scroll it (WCAG 2.1.1; axe
 *   `scrollable-region-focusable`): tabindex="0", role="region", an aria-label;
 * - says which side hides more, as `data-more="start end"`, which global.css turns into a fade
 *   at that edge — the visible sign that there is more to see.
 * Attributes it set are removed again when the box stops overflowing (a wider window, a shorter
 * formula); attributes an author set are never touched.
 */

/** Every kind of sideways-scrolling box on the site (styled together in global.css). */
export const SCROLL_REGION_SELECTOR = '.table-scroll, .table-wrap, .calc-table-wrap, .calc-math, .tool-formula';

const watched = new WeakSet<HTMLElement>();

function label(el: HTMLElement): string {
  if (el.dataset['scrollLabel']) return el.dataset['scrollLabel'];
  const caption = el.querySelector('caption')?.textContent?.trim();
  if (caption) return `${caption}（可左右滚动）`;
  return el.querySelector('table') ? '表格（可左右滚动）' : '公式（可左右滚动）';
}

function updateMore(el: HTMLElement): void {
  const max = el.scrollWidth - el.clientWidth;
  const start = Math.abs(el.scrollLeft) > 1;
  const end = Math.abs(el.scrollLeft) < max - 1;
  el.dataset['more'] = [start ? 'start' : '', end ? 'end' : ''].filter(Boolean).join(' ');
}

function sync(el: HTMLElement): void {
  const overflows = el.scrollWidth > el.clientWidth + 1;
  const ours = el.dataset['scrollRegion'] === 'set';
  if (overflows) {
    if (!ours && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      if (!el.hasAttribute('role')) el.setAttribute('role', 'region');
      if (!el.hasAttribute('aria-label')) el.setAttribute('aria-label', label(el));
      el.dataset['scrollRegion'] = 'set';
    }
    updateMore(el);
    if (!watched.has(el)) {
      watched.add(el);
      el.addEventListener('scroll', () => updateMore(el), { passive: true });
    }
  } else {
    if (ours) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset['scrollRegion'];
    }
    delete el.dataset['more'];
  }
}

let queued = false;
/** Re-check every scroll box on the next frame (coalesces bursts of resize and input events). */
export function syncScrollRegions(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    for (const el of document.querySelectorAll<HTMLElement>(SCROLL_REGION_SELECTOR)) sync(el);
  });
}

/** Check now and whenever a box may have changed width or content. */
export function watchScrollRegions(): void {
  syncScrollRegions();
  addEventListener('resize', syncScrollRegions, { passive: true });
  addEventListener('load', syncScrollRegions, { once: true });
  // A calculator re-renders its formula as the learner types; a <details> opens (toggle does
  // not bubble, so listen in the capture phase).
  document.addEventListener('input', syncScrollRegions, true);
  document.addEventListener('change', syncScrollRegions, true);
  document.addEventListener('toggle', syncScrollRegions, true);
}
