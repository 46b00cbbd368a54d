/**
 * Search UI over the Pagefind index (built by `pagefind --site dist`). Loaded on demand by
 * site.ts. The query is read as a learner's question (src/lib/search-query.ts), Pagefind finds
 * the pages whose text has its words, and the results are ranked with the pages' titles and
 * headings first (src/lib/search-rank.ts, over pagefind/site-headings.json). Each result shows
 * the page title, an excerpt with the query highlighted, and links to the sections about it.
 * The header dropdown and the results page report the same number of pages.
 */
import { renderResults, type SearchHit, type SearchSection } from './search-render';
import { normalise, parseSearchQuery, type SearchQuery } from '../lib/search-query';
import { markCount, phraseChunk, phraseFirst, rankPages, refineExcerpt, type IndexedPage, type RankedPage } from '../lib/search-rank';

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
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  debouncedSearch(term: string, opts?: unknown, ms?: number): Promise<{ results: PagefindResult[] } | null>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

export interface SearchPage {
  /** Number of pages found (the same whatever slice is shown). */
  total: number;
  hits: SearchHit[];
}

let pagefind: Promise<Pagefind> | undefined;
let headings: Promise<IndexedPage[] | null> | undefined;

// Pagefind's module: only known after the build, so Vite must not try to resolve it. An LMS
// package rewrites this path relative to _astro/ (scripts/package-lms.mjs); the headings file
// sits beside it, so it is found from the same URL, wherever the site is served.
const PAGEFIND = '/pagefind/pagefind.js';

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

/** The titles and headings of the indexed pages; null when they cannot be loaded (then Pagefind's order is used). */
function loadHeadings(): Promise<IndexedPage[] | null> {
  headings ??= fetch(new URL('site-headings.json', new URL(PAGEFIND, import.meta.url)))
    .then((r) => (r.ok ? (r.json() as Promise<{ version: number; pages: IndexedPage[] }>) : null))
    .then((data) => (data && data.version === 1 ? data.pages : null))
    .catch(() => null);
  return headings;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sections of a Pagefind result, those about the query first. */
function relevantSections(data: PagefindResultData, query: SearchQuery): (PagefindSubResult & { refined: string })[] {
  const chunks = query.chunks.map(normalise).filter(Boolean);
  return (data.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .map((s, i) => {
      const refined = refineExcerpt(s.excerpt, query);
      const inTitle = chunks.some((c) => normalise(s.title).includes(c)) ? 1 : 0;
      return { ...s, refined, i, score: inTitle * 1000 + markCount(refined) * 10 + Math.min(9, s.locations?.length ?? 0) };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i);
}

async function toHit(ranked: RankedPage, results: PagefindResult[], query: SearchQuery): Promise<SearchHit> {
  const { page, match } = ranked;
  const section = match && !match.isTitle ? match : undefined;
  const data = ranked.pagefindRank !== undefined ? await results[ranked.pagefindRank]!.data() : undefined;
  const relevant = data ? relevantSections(data, query) : [];
  // The excerpt: the matched section's, else (no title match) the most relevant section's, else
  // the page's; without Pagefind's text, the section's lead or the page description.
  const shown = section ? relevant.find((s) => s.url === section.url) : match ? undefined : relevant[0];
  const lead = section ? page.headings.find((h) => `${page.url}#${h.id}` === section.url)?.lead : undefined;
  const excerpt = shown ? shown.refined : data && !lead ? refineExcerpt(data.excerpt, query) : escapeText(lead || page.description);
  const sections: SearchSection[] = [
    ...(section ? [{ url: section.url, title: section.text, excerpt }] : []),
    ...relevant.map((s) => ({ url: s.url, title: s.title, excerpt: s.refined })),
  ].filter((s, i, all) => all.findIndex((t) => t.url === s.url) === i);
  return { url: match?.isTitle ? page.url : (sections[0]?.url ?? page.url), title: page.title, excerpt, sections: sections.slice(0, 3) };
}

/** Fallback without the headings file: Pagefind's order, titles from Pagefind's metadata. */
async function pagefindOnly(results: PagefindResult[], query: SearchQuery, offset: number, limit: number): Promise<SearchPage> {
  const data = await Promise.all(results.slice(offset, offset + limit).map((r) => r.data()));
  return {
    total: results.length,
    hits: data.map((d) => {
      const sections = relevantSections(d, query).slice(0, 3);
      return {
        url: sections[0]?.url ?? d.url,
        title: d.meta.title ?? d.url,
        excerpt: sections[0]?.refined ?? refineExcerpt(d.excerpt, query),
        sections: sections.map((s) => ({ url: s.url, title: s.title, excerpt: s.refined })),
      };
    }),
  };
}

/** Search: `limit` results from `offset`, and the total; null when a newer query superseded this one. */
export async function search(term: string, { offset = 0, limit = 8 }: { offset?: number; limit?: number } = {}): Promise<SearchPage | null> {
  const query = parseSearchQuery(term);
  const [pf, pages] = await Promise.all([loadPagefind(), loadHeadings()]);
  const found = await pf.debouncedSearch(query.pagefindTerm, {}, 200);
  if (found === null) return null; // superseded by a newer query
  // Pages with the longest chunk as a whole phrase first (Pagefind's exact search: quoted).
  const phrase = phraseChunk(query);
  const exact = phrase ? await pf.search(`"${phrase}"`) : null;
  const byId = new Map(found.results.map((r) => [r.id, r]));
  const results = phraseFirst(
    found.results.map((r) => r.id),
    new Set(exact?.results.map((r) => r.id) ?? []),
  ).map((id) => byId.get(id)!);
  if (!pages) return pagefindOnly(results, query, offset, limit);
  const ranked = rankPages(
    pages,
    query,
    results.map((r) => r.id),
  );
  const hits = await Promise.all(ranked.slice(offset, offset + limit).map((r) => toHit(r, results, query)));
  return { total: ranked.length, hits };
}

/** How many results the header dropdown shows before “查看全部”. */
const DROPDOWN_LIMIT = 6;

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
      const page = await search(term, { limit: DROPDOWN_LIMIT });
      if (page === null || input.value.trim() !== term) return;
      renderResults(panel, term, page, { compact: true });
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
