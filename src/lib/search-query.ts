/**
 * What a learner's search box query asks for. Learners type questions (“怎么算流失率”, “NPS 怎么算”,
 * “续约提前多久”), not keywords; Pagefind requires every word of a query on a page, so question
 * words would filter out the very page that answers. This turns the query into:
 *
 * - `chunks`: the query without question and filler words, cut where those words were
 *   (“怎么算流失率” → [流失率], “客户流失的原因有哪些” → [客户流失, 原因]);
 * - `words`: the chunks' words of two or more characters (Intl.Segmenter, the segmenter Pagefind
 *   itself runs on the query: 流失率 → 流失), each with the course's own words for it (“留住” is
 *   taught as 保留 and 留存);
 * - `intents`: `calculate` when the learner asks how to compute something (怎么算, 计算, 公式 …),
 *   which prefers the sections and tools that compute; `case` when they ask for 案例, which
 *   prefers case pages (“银行案例” → the bank case, matched on 银行);
 * - `pagefindTerm`: what is sent to Pagefind.
 *
 * Text is compared after NFKC normalisation (full-width letters and brackets fold to ASCII),
 * lower case and without spaces, so `ＮＰＳ`, `NPS` and `nps` are the same. Pure; no DOM.
 */

/**
 * Question phrases removed before the query is cut into words (longest first). They are
 * unambiguous as written; shorter question words are removed only as whole words (STOP_WORDS),
 * so that 是 goes but 是否 stays.
 */
export const QUESTION_PHRASES = [
  '怎么计算',
  '怎样计算',
  '如何计算',
  '多长时间',
  '怎么算',
  '怎样算',
  '怎么做',
  '怎样做',
  '如何做',
  '怎么办',
  '怎么样',
  '为什么',
  '什么是',
  '是什么',
  '什么叫',
  '叫什么',
  '有哪些',
] as const;

/** Question and filler words, dropped where the segmenter finds them as whole words. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '怎么',
  '怎样',
  '如何',
  '为何',
  '什么',
  '哪些',
  '哪个',
  '多久',
  '多少',
  '请问',
  '一下',
  '应该',
  '需要',
  '可以',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '了',
  '是',
  '的',
  '几',
  '哪',
  '有',
]);

/** A word that asks for case studies: dropped from the words (when others remain), kept as intent. */
const CASE_WORDS: ReadonlySet<string> = new Set(['案例', '例子']);

/** Words that ask how to compute something. */
const CALCULATE = /怎么计算|怎样计算|如何计算|怎么算|怎样算|计算|公式|算法/;

/**
 * Learner words → the course's words for the same thing (matched as alternatives, never
 * replacing what was typed). Kept short: only words the course does not use itself.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  留住: ['保留', '留存', '挽留'],
  离职: ['流失'],
  跳槽: ['离职', '流失'],
  辞职: ['离职', '流失'],
  退订: ['流失'],
  流失率: ['离职率'],
  离职率: ['流失率'],
};

export interface QueryWord {
  /** The word as typed (normalised). */
  word: string;
  /** The word and its alternatives (normalised). */
  forms: readonly string[];
}

export type SearchIntent = 'calculate' | 'case';

export interface SearchQuery {
  /** The query as typed, trimmed. */
  raw: string;
  chunks: string[];
  words: QueryWord[];
  intents: ReadonlySet<SearchIntent>;
  pagefindTerm: string;
}

/** NFKC, lower case, no whitespace: the form in which query and headings are compared. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const QUESTION_RE = new RegExp(QUESTION_PHRASES.join('|'), 'g');

function segments(text: string): { segment: string; isWordLike: boolean }[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => ({ segment: s.segment, isWordLike: !!s.isWordLike }));
}

const longEnough = (w: string) => [...w].length >= 2;

/** Parse a search box query (see the module comment). */
export function parseSearchQuery(input: string): SearchQuery {
  const raw = input.trim();
  const intents = new Set<SearchIntent>();
  if (CALCULATE.test(raw)) intents.add('calculate');
  // Cut at punctuation, question phrases and stop words; keep the runs of words between them.
  const kept: string[][] = [];
  for (const piece of raw.normalize('NFKC').replace(PUNCTUATION, ' ').replace(QUESTION_RE, ' ').split(/\s+/)) {
    let run: string[] = [];
    for (const { segment, isWordLike } of segments(piece)) {
      if (!isWordLike || STOP_WORDS.has(segment)) {
        if (run.length) kept.push(run);
        run = [];
      } else run.push(segment);
    }
    if (run.length) kept.push(run);
  }
  // 案例 asks for case studies: an intent, and not a word to match, when something else is asked.
  let runs = kept;
  if (kept.some((r) => r.some((w) => CASE_WORDS.has(w)))) {
    intents.add('case');
    const without = kept.map((r) => r.filter((w) => !CASE_WORDS.has(w))).filter((r) => r.length > 0);
    if (without.some((r) => longEnough(r.join('')))) runs = without;
  }
  const chunks = runs.map((r) => r.join(''));
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const w of runs.flat().map(normalise)) {
    if (!longEnough(w) || seen.has(w)) continue;
    seen.add(w);
    words.push({ word: w, forms: [w, ...(SYNONYMS[w] ?? []).map(normalise)] });
  }
  return { raw, chunks, words, intents, pagefindTerm: chunks.length ? chunks.join(' ') : raw };
}
