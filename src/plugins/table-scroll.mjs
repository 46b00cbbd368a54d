// Build-time wrapper for Markdown tables (a Sätteri hast plugin).
//
// A table of numbers is wider than a phone (module risk-tiering's 8-column example is 552 px at
// 360 px) and cannot reflow, so every table written in Markdown sits in a box that scrolls
// sideways by itself instead of widening the page. The box is `.table-scroll`; the site script
// (src/scripts/scroll-regions.ts) gives it a tab stop and a name only while it overflows, and
// global.css shows that more columns are hidden.

/** Class of the scroll box around a Markdown table (shared with global.css and scroll-regions.ts). */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/** Wraps every `<table>` of a Markdown or MDX document in `<div class="table-scroll">`. */
export function tableScroll() {
  return () => ({
    name: 'retention-academy:table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        const wrapped = parent?.type === 'element' && parent.tagName === 'div' && String(parent.properties?.className ?? '').includes(TABLE_SCROLL_CLASS);
        if (wrapped) return;
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: [TABLE_SCROLL_CLASS] }, children: [] });
      },
    },
  });
}
