/**
 * Search UI over the Pagefind index (built by `pagefind --site dist`). Loaded on demand by
 * site.ts. Results show the page title, an excerpt with the match highlighted, and links to
 * the sections (sub-results) where the term appears.
 */
import { renderResults, type SearchHit } from './search-render';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  debouncedSearch(term: string, opts?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is only known after the build, so Vite must not try to resolve it.
  const path = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

export async function search(term: string, limit = 8): Promise<SearchHit[] | null> {
  const pf = await loadPagefind();
  const found = await pf.debouncedSearch(term, {}, 200);
  if (found === null) return null; // superseded by a newer query
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    // The section with the most matches first: it is the one that explains the term.
    sections: (d.sub_results ?? [])
      .filter((s) => s.url.includes('#'))
      .map((s, i) => ({ s, i, hits: s.locations?.length ?? 0 }))
      .sort((a, b) => b.hits - a.hits || a.i - b.i)
      .map(({ s }) => s)
      .slice(0, 3)
      .map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt })),
  }));
}

/** Wire a header search box: live results in its panel, Escape closes, Enter goes to /search/. */
export function attachSearch(input: HTMLInputElement): void {
  const form = input.closest('form');
  const panel = form?.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !panel || input.dataset['searchReady']) return;
  input.dataset['searchReady'] = 'true';

  const run = async () => {
    const term = input.value.trim();
    if (!term) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    panel.hidden = false;
    try {
      const hits = await search(term, 6);
      if (hits === null || input.value.trim() !== term) return;
      renderResults(panel, term, hits, { compact: true });
    } catch {
      renderResults(panel, term, undefined, { compact: true });
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      panel.hidden = true;
    }
  });
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !form.contains(next)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && panel.childElementCount) panel.hidden = false;
  });
  if (input.value.trim()) void run();
}
