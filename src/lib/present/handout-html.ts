/**
 * A module's rendered HTML made fit for the workbook (/workbook/), where every module shares
 * one page: element ids and the references to them (`href="#…"`, `for`, `aria-*`,
 * `popovertarget`) get the module's prefix, so two modules' `#in-practice` never clash; islands
 * become their server-rendered markup (a printed calculator shows its example inputs and
 * results) and island scripts are dropped.
 *
 * Pure: string in, string out.
 */
import { parse } from 'node-html-parser';

const ID_LIST_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'popovertarget', 'list'];

export function prefixedId(prefix: string, id: string): string {
  return `${prefix}--${id}`;
}

export function handoutHtml(html: string, prefix: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true } });
  for (const el of root.querySelectorAll('script')) el.remove();
  for (const island of root.querySelectorAll('astro-island')) island.replaceWith(...island.childNodes);
  for (const el of root.querySelectorAll('[id]')) el.setAttribute('id', prefixedId(prefix, el.getAttribute('id')!));
  for (const attr of ID_LIST_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      const ids = el.getAttribute(attr)!.split(/\s+/).filter(Boolean);
      el.setAttribute(attr, ids.map((id) => prefixedId(prefix, id)).join(' '));
    }
  }
  for (const a of root.querySelectorAll('a[href^="#"]')) {
    const target = a.getAttribute('href')!.slice(1);
    if (target) a.setAttribute('href', `#${prefixedId(prefix, target)}`);
  }
  return root.innerHTML;
}
