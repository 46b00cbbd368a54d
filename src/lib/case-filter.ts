/**
 * The case library's filter in the query string — a public contract (README, `/cases/?…`):
 *
 *   /cases/?industry=零售&theme=流失原因分析&subject=customer&origin=source
 *
 * - `industry`: an industry that has cases (科技、零售 …, as written in the cases' frontmatter);
 * - `theme`: a theme that has cases;
 * - `subject`: `employee` (员工) or `customer` (客户) — the Chinese words are read too;
 * - `origin`: `source` (a case told by the source documents) or `constructed` (示例案例).
 *
 * Same rules as the calculators' URLs (src/lib/url-state.ts): an empty value means “all”; an
 * unknown parameter, a value the filter does not know and a repeated key after its first
 * occurrence are ignored and reported, for the page to list as plain text (through echoText, so
 * nothing from the URL can hide or reorder the notice). Pure: no DOM.
 */
import { ECHO_MAX_ITEMS, echoText } from './echo-text';
import { PINYIN_COLLATOR } from './pinyin-index';

export const CASE_SUBJECTS = ['employee', 'customer'] as const;
export const CASE_ORIGINS = ['source', 'constructed'] as const;
export type CaseSubject = (typeof CASE_SUBJECTS)[number];
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

/** The parameters, in the order they are written. */
export const CASE_FILTER_PARAMS = ['industry', 'theme', 'subject', 'origin'] as const;
export type CaseFilterParam = (typeof CASE_FILTER_PARAMS)[number];

export const SUBJECT_LABELS: Record<CaseSubject, string> = { employee: '员工', customer: '客户' };
export const ORIGIN_LABELS: Record<CaseOrigin, string> = { source: '资料案例', constructed: '示例案例' };

/** What the filter can match on, for one case. */
export interface CaseFacets {
  industry: string;
  themes: readonly string[];
  subject: CaseSubject;
  origin: CaseOrigin;
}

/** The facets of a case from its frontmatter fields. */
export function caseFacetsOf(c: { industry: string; themes: readonly string[]; audience: '员工' | '客户'; constructed: boolean }): CaseFacets {
  return { industry: c.industry, themes: c.themes, subject: c.audience === '员工' ? 'employee' : 'customer', origin: c.constructed ? 'constructed' : 'source' };
}

export interface CaseFilter {
  industry?: string;
  theme?: string;
  subject?: CaseSubject;
  origin?: CaseOrigin;
}

/** The values that exist: the industries and themes some case has. */
export interface CaseVocabulary {
  industries: readonly string[];
  themes: readonly string[];
}

export type CaseFilterIgnoredReason = 'unknown' | 'invalid' | 'repeated';

export interface CaseFilterIgnored {
  /** Parameter name and value as they will be shown (already passed through echoText). */
  key: string;
  value: string;
  reason: CaseFilterIgnoredReason;
}

export interface ReadCaseFilter {
  filter: CaseFilter;
  ignored: CaseFilterIgnored[];
}

/** The vocabulary of a list of cases (in pinyin order, each value once). */
export function caseVocabulary(cases: readonly CaseFacets[]): CaseVocabulary {
  const uniq = (xs: string[]) => [...new Set(xs)].sort(PINYIN_COLLATOR.compare);
  return { industries: uniq(cases.map((c) => c.industry)), themes: uniq(cases.flatMap((c) => [...c.themes])) };
}

function readValue(param: CaseFilterParam, raw: string, vocab: CaseVocabulary): string | undefined {
  const value = raw.trim();
  switch (param) {
    case 'industry':
      return vocab.industries.includes(value) ? value : undefined;
    case 'theme':
      return vocab.themes.includes(value) ? value : undefined;
    case 'subject': {
      const v = value.toLowerCase();
      return CASE_SUBJECTS.find((s) => s === v || SUBJECT_LABELS[s] === value);
    }
    case 'origin': {
      const v = value.toLowerCase();
      return CASE_ORIGINS.find((o) => o === v || ORIGIN_LABELS[o] === value);
    }
  }
}

function isParam(key: string): key is CaseFilterParam {
  return (CASE_FILTER_PARAMS as readonly string[]).includes(key);
}

/** Read the filter from a query string; everything not used is reported. */
export function readCaseFilter(params: URLSearchParams, vocab: CaseVocabulary): ReadCaseFilter {
  const filter: CaseFilter = {};
  const ignored: CaseFilterIgnored[] = [];
  const seen = new Set<string>();
  const report = (key: string, value: string, reason: CaseFilterIgnoredReason) => ignored.push({ key: echoText(key), value: echoText(value), reason });
  for (const [key, raw] of params) {
    if (!isParam(key)) {
      report(key, raw, 'unknown');
      continue;
    }
    if (seen.has(key)) {
      report(key, raw, 'repeated');
      continue;
    }
    seen.add(key);
    if (raw.trim() === '') continue; // 全部
    const value = readValue(key, raw, vocab);
    if (value === undefined) report(key, raw, 'invalid');
    else (filter as Record<CaseFilterParam, string>)[key] = value;
  }
  return { filter, ignored };
}

/** The query string of a filter: set parameters in a fixed order, “all” left out. */
export function writeCaseFilter(filter: CaseFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const param of CASE_FILTER_PARAMS) {
    const value = filter[param];
    if (value) out.append(param, value);
  }
  return out;
}

/** Whether a case passes every set part of the filter. */
export function matchesCase(facets: CaseFacets, filter: CaseFilter): boolean {
  return (
    (!filter.industry || facets.industry === filter.industry) &&
    (!filter.theme || facets.themes.includes(filter.theme)) &&
    (!filter.subject || facets.subject === filter.subject) &&
    (!filter.origin || facets.origin === filter.origin)
  );
}

const REASONS: Record<CaseFilterIgnoredReason, string> = {
  unknown: '案例库没有这个筛选条件',
  invalid: '没有这个取值的案例',
  repeated: '重复出现，只用第一个',
};

/**
 * One Chinese line per ignored parameter, for the visible notice (render as text only): at most
 * ECHO_MAX_ITEMS of them, then one line counting the rest.
 */
export function describeCaseFilterIgnored(ignored: readonly CaseFilterIgnored[]): string[] {
  const lines = ignored.slice(0, ECHO_MAX_ITEMS).map((p) => `${p.key}=${p.value}（${REASONS[p.reason]}）`);
  const rest = ignored.length - ECHO_MAX_ITEMS;
  return rest > 0 ? [...lines, `另有 ${rest} 项未列出。`] : lines;
}

/** “显示 3 个案例（共 18 个）” / “共 18 个案例”. */
export function caseCountLine(shown: number, total: number): string {
  return shown === total ? `共 ${total} 个案例` : `显示 ${shown} 个案例（共 ${total} 个）`;
}
