/**
 * The script every page of an LMS package loads (added by scripts/package-lms.mjs; never on the
 * public site). The packager rewrites the links of the built HTML; this does the same for the
 * links islands create while the learner works (继续学习, the progress table, search results,
 * review links): a root-relative link becomes a relative file link when the package has the
 * page, else a link to the public site in a new window; a folder link inside the package gets
 * its index.html (an LMS seldom serves a folder), also when it already names the package's own
 * path (Pagefind's result URLs). It talks to no LMS: the launch page does.
 *
 * The package's page list and the public site's address are compiled in per package
 * (`__LMS_PAGES__`, `__LMS_SITE__`).
 */
import { fileFor, mapRootUrl, relativePath } from '../lib/lms/links';

declare const __LMS_PAGES__: string[];
declare const __LMS_SITE__: string;

const pages = new Set(__LMS_PAGES__);
const script = document.currentScript as HTMLScriptElement | null;
/** The package root: this script is lms/page.js. */
const root = new URL('../', script?.src ?? location.href);
const here = (() => {
  const path = decodeURIComponent(location.pathname.slice(root.pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
})();

function fix(a: HTMLAnchorElement): void {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  // A link that already names the package's own path (Pagefind's results: /<LMS path>/modules/x/):
  // a relative file link, index.html added to a folder.
  const url = new URL(href, location.href);
  if ((href.startsWith('/') || /^https?:/.test(href)) && url.origin === root.origin && url.pathname.startsWith(root.pathname)) {
    const file = fileFor(decodeURIComponent(url.pathname.slice(root.pathname.length)), (f) => pages.has(f));
    if (file !== undefined) a.setAttribute('href', relativePath(here, file) + url.search + url.hash);
    return;
  }
  // A site path (/modules/x/): inside when the package has the page, else the public site.
  const mapped = mapRootUrl(href, here, (f) => pages.has(f), __LMS_SITE__);
  if (!mapped) return;
  a.setAttribute('href', mapped.href);
  if (mapped.kind === 'outside') markOutside(a);
}

function markOutside(a: HTMLAnchorElement): void {
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.dataset['lmsOutside'] = '';
}

const fixAll = (node: ParentNode) => node.querySelectorAll<HTMLAnchorElement>('a[href]').forEach(fix);
fixAll(document);
new MutationObserver((records) => {
  for (const r of records) {
    if (r.type === 'attributes' && r.target instanceof HTMLAnchorElement) fix(r.target);
    for (const n of r.addedNodes) {
      if (n instanceof HTMLAnchorElement) fix(n);
      else if (n instanceof Element) fixAll(n);
    }
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
