/**
 * The one script every page ships: theme toggle, the "/" search shortcut, copy-link on
 * headings, sideways-scrolling boxes made focusable (scroll-regions.ts), and the search UI — whose code and index load only when the learner starts
 * searching, so reading pages stay light.
 */
import { THEME_STORAGE_KEY } from '../lib/site';
import { offlineDecision } from '../lib/offline-context';
import { watchScrollRegions } from './scroll-regions';
// Chunks loaded later, by URL: no preload helper in this script (src/integrations/page-weight.mjs).
import searchUrl from 'lazy-chunk:./search';
import offlineUrl from 'lazy-chunk:./offline';

const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
  const set = root.dataset['theme'];
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function syncToggle(button: HTMLButtonElement): void {
  const dark = currentTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.title = dark ? '当前为深色主题' : '当前为浅色主题';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  syncToggle(button);
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage unavailable (private mode): the choice lasts for this page only.
    }
    syncToggle(button);
  });
}

// The module outline is a sticky side column on wide screens: keep it open there.
const wide = matchMedia('(min-width: 64rem)');
const syncOutline = () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-outline]')) details.open = wide.matches;
};
syncOutline();
wide.addEventListener('change', syncOutline);
for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-outline]')) {
  details.addEventListener('toggle', () => {
    if (wide.matches && !details.open) details.open = true;
  });
}
// The 目录 link of long modules on a phone goes back to the outline: open it there.
document.addEventListener('click', (event) => {
  if (!(event.target as HTMLElement | null)?.closest('a[href="#outline"]')) return;
  for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-outline]')) details.open = true;
});

// "/" focuses the search box, unless the learner is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// Heading links: a plain anchor that also copies the section URL when clipboard access exists.
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a.heading-link');
  if (!link || !navigator.clipboard) return;
  const url = new URL(link.getAttribute('href') ?? '', location.href).href;
  navigator.clipboard.writeText(url).then(
    () => {
      link.dataset['copied'] = 'true';
      link.setAttribute('aria-label', '已复制本节链接');
      setTimeout(() => {
        delete link.dataset['copied'];
        link.setAttribute('aria-label', link.dataset['label'] ?? '本节链接');
      }, 2000);
    },
    () => undefined,
  );
});

// Wide tables and formulas scroll in their own box on a phone: focusable and visibly so.
watchScrollRegions();

// Search: load the search module on the first sign of intent.
for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
  const start = () => {
    void (import(/* @vite-ignore */ searchUrl) as Promise<typeof import('./search')>).then((m) => m.attachSearch(input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
}

// Offline after one visit: the service worker registers once the page has loaded, never inside
// an LMS package (built with OFFLINE=off, or framed / opened by the LMS player).
if (__OFFLINE__ && 'serviceWorker' in navigator) {
  const start = () => {
    if (offlineDecision(window).register) void (import(/* @vite-ignore */ offlineUrl) as Promise<typeof import('./offline')>).then((m) => m.registerOffline());
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
