/**
 * Ranking of search results, on top of Pagefind. Pagefind matches a Chinese query word by word,
 * each word as a prefix (Intl.Segmenter cuts 流失率 into 流失|率, and 率 then matches every word
 * starting with 率), and ranks pages by how often those words occur — so 流失率计算器 did not
 * find the churn calculator and 怎么算流失率 highlighted a lone 率 in 召回率. Titles and
 * headings say what a page or section is about, so they rank first, matched as whole phrases:
 *
 *   tier 1: every chunk of the query (search-query.ts) appears in the page title or a section
 *           heading (流失率计算器 in “流失率计算器”);
 *   tier 2: every word appears there, in any order, a word also matching its course synonyms
 *           (留住员工 → “员工保留策略”);
 *   tier 3: at least half of two or more words appear there (续约提前 → “续约时间线 …”);
 *   then:   the other pages Pagefind found in the text, those with the query's longest chunk
 *           as a whole phrase first (phraseFirst), then in Pagefind's order.
 *
 * Only the best of tiers 1–3 that matched any page is used: next to pages whose heading holds
 * the whole phrase, a heading that shares one word with it is no better than body text.
 *
 * Within a tier, pages that teach come before pages that compute, define or illustrate
 * (module, tool, glossary, case, other page), then a heading that computes before others when
 * the learner asked how to compute (怎么算 NPS → “计算 NPS”), a match in the page title before
 * one in a section, the heading the query fills most, and Pagefind's own order. Each page appears once; the count of
 * results is the number of pages, the same in the header dropdown and on the results page.
 *
 * The headings come from the built pages (src/integrations/search-headings.mjs writes them next
 * to the Pagefind index). Pure; no DOM.
 */
import { normalise, type SearchQuery } from './search-query';

export type SearchKind = 'module' | 'tool' | 'glossary' | 'case' | 'page';

/** Pages that teach first (lower is earlier). */
export const KIND_ORDER: Readonly<Record<SearchKind, number>> = { module: 0, tool: 1, glossary: 2, case: 3, page: 4 };

export interface IndexedHeading {
  /** The heading's id (the section anchor). */
  id: string;
  text: string;
  /** The start of the section's text (the excerpt when Pagefind did not find the page). */
  lead: string;
}

/** One indexed page, as written by the build into the headings file. */
export interface IndexedPage {
  /** Pagefind's id of the page (a search result's `id`). */
  id: string;
  url: string;
  title: string;
  kind: SearchKind;
  /** The page's meta description: the excerpt when Pagefind did not find the page's text. */
  description: string;
  headings: IndexedHeading[];
}

export interface HeadingMatch {
  tier: 1 | 2 | 3;
  /** The page title matched (not a section heading). */
  isTitle: boolean;
  /** The heading computes (计算, 公式, 计算器) and the learner asked how to compute. */
  computes: boolean;
  /** Share of the heading's characters the query fills, 0–1. */
  fill: number;
  /** Where the match points: the page, or the page's section. */
  url: string;
  text: string;
}

export interface RankedPage {
  page: IndexedPage;
  /** The best title or heading match, if any (tiers 1–3). */
  match?: HeadingMatch;
  /** Position in Pagefind's results, if Pagefind found the page. */
  pagefindRank?: number;
}

const COMPUTES = /计算|公式|计算器/;

/** The best way a title or heading text matches the query, or null. */
export function matchText(text: string, query: SearchQuery): Omit<HeadingMatch, 'isTitle' | 'url' | 'text'> | null {
  const t = normalise(text);
  if (!t) return null;
  const chunks = query.chunks.map(normalise).filter((c) => [...c].length >= 2 || /^[a-z0-9]+$/.test(c));
  const computes = query.intents.has('calculate') && COMPUTES.test(t);
  const fillOf = (n: number) => Math.min(1, n / [...t].length);
  if (chunks.length && chunks.every((c) => t.includes(c))) {
    return { tier: 1, computes, fill: fillOf(chunks.reduce((n, c) => n + [...c].length, 0)) };
  }
  const words = query.words;
  if (!words.length) return null;
  const found = words.map((w) => w.forms.find((f) => t.includes(f)));
  const hits = found.filter((f): f is string => f !== undefined);
  const fill = fillOf(hits.reduce((n, f) => n + [...f].length, 0));
  if (hits.length === words.length) return { tier: 2, computes, fill };
  if (words.length >= 2 && hits.length * 2 >= words.length) return { tier: 3, computes, fill };
  return null;
}

/** Better match first: lower tier, computing heading (when asked how to compute), title over section, fuller heading. */
function compareMatch(a: HeadingMatch, b: HeadingMatch): number {
  return a.tier - b.tier || Number(b.computes) - Number(a.computes) || Number(b.isTitle) - Number(a.isTitle) || b.fill - a.fill;
}

/** The best title or heading match of a page, or undefined. */
export function bestMatch(page: IndexedPage, query: SearchQuery): HeadingMatch | undefined {
  const candidates: HeadingMatch[] = [];
  const title = matchText(page.title, query);
  if (title) candidates.push({ ...title, isTitle: true, url: page.url, text: page.title });
  for (const h of page.headings) {
    const m = matchText(h.text, query);
    if (m) candidates.push({ ...m, isTitle: false, url: `${page.url}#${h.id}`, text: h.text });
  }
  return candidates.sort(compareMatch)[0];
}

/**
 * Every page once, in result order: pages with a title or heading match (tiers 1–3), then the
 * other pages Pagefind found (`pagefindIds`, in Pagefind's order). Pagefind ids the headings
 * file does not know are left out (a page it does not know cannot be linked with a title).
 */
export function rankPages(pages: readonly IndexedPage[], query: SearchQuery, pagefindIds: readonly string[]): RankedPage[] {
  const rankOf = new Map(pagefindIds.map((id, i) => [id, i]));
  let matched: RankedPage[] = [];
  for (const page of pages) {
    const match = bestMatch(page, query);
    if (match) matched.push({ page, match, ...(rankOf.has(page.id) ? { pagefindRank: rankOf.get(page.id)! } : {}) });
  }
  // Only the best tier that matched: next to a whole-phrase match, pages that share one word of
  // it (离职 of 离职访谈) are noise; Pagefind's order places them with the rest.
  const best = Math.min(...matched.map((m) => m.match!.tier));
  matched = matched.filter((m) => m.match!.tier === best);
  const far = Number.MAX_SAFE_INTEGER;
  // Asked for 案例: case pages first within a tier.
  const kindRank = (kind: SearchKind) => (kind === 'case' && query.intents.has('case') ? -1 : KIND_ORDER[kind]);
  matched.sort(
    (a, b) =>
      a.match!.tier - b.match!.tier ||
      kindRank(a.page.kind) - kindRank(b.page.kind) ||
      compareMatch(a.match!, b.match!) ||
      (a.pagefindRank ?? far) - (b.pagefindRank ?? far) ||
      (a.page.url < b.page.url ? -1 : 1),
  );
  const byId = new Map(pages.map((p) => [p.id, p]));
  const taken = new Set(matched.map((m) => m.page.id));
  const rest: RankedPage[] = [];
  pagefindIds.forEach((id, i) => {
    const page = byId.get(id);
    if (page && !taken.has(id)) {
      taken.add(id);
      rest.push({ page, pagefindRank: i });
    }
  });
  return [...matched, ...rest];
}

/**
 * Pagefind's results with the pages that contain the query's longest chunk as a whole phrase
 * (Pagefind's exact search for it) first, each group in Pagefind's order: 离职访谈 ranks the
 * module that teaches exit interviews above pages that merely mention 离职 and 访谈 apart.
 */
export function phraseFirst(ids: readonly string[], phraseIds: ReadonlySet<string>): string[] {
  return [...ids.filter((id) => phraseIds.has(id)), ...ids.filter((id) => !phraseIds.has(id))];
}

/** The chunk worth an exact-phrase search: the longest of two or more characters, if any. */
export function phraseChunk(query: SearchQuery): string | undefined {
  return query.chunks.filter((c) => [...c].length >= 2).sort((a, b) => [...b].length - [...a].length)[0];
}

/**
 * A Pagefind excerpt with the highlights that do not stand for the query removed: a run of
 * adjacent <mark>s is kept when it holds a query word or chunk, or is part of one (流失 for
 * 流失率); a lone 率 (from 召回率 or 贴现率) for the query 流失率 loses its mark. The text is
 * unchanged; only <mark> tags are dropped.
 */
export function refineExcerpt(excerpt: string, query: SearchQuery): string {
  const targets = [...query.chunks.map(normalise), ...query.words.flatMap((w) => w.forms)].filter((t) => t.length > 0);
  const useful = (run: string) => {
    const r = normalise(run);
    if (!r) return false;
    if (targets.some((t) => r.includes(t))) return true;
    return [...r].length >= 2 && targets.some((t) => t.includes(r));
  };
  const parts = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]!.startsWith('<mark>')) {
      out += parts[i];
      continue;
    }
    // Adjacent marks (nothing but an empty string between them) form one run.
    const run: string[] = [];
    while (i < parts.length && (parts[i]!.startsWith('<mark>') || (parts[i] === '' && parts[i + 1]?.startsWith('<mark>')))) {
      if (parts[i]) run.push(parts[i]!.slice(6, -7));
      i++;
    }
    i--;
    const text = run.join('');
    out += useful(text) ? run.map((r) => `<mark>${r}</mark>`).join('') : text;
  }
  return out;
}

/** Number of highlights in an excerpt. */
export function markCount(excerpt: string): number {
  return (excerpt.match(/<mark>/g) ?? []).length;
}
