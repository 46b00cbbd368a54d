/**
 * Pinyin order and pinyin initials for an A–Z index of Chinese terms (the glossary page).
 *
 * Order: ICU's pinyin collation, `Intl.Collator('zh-CN-u-co-pinyin')` (Node ships full ICU, so
 * the build has it; test/unit/pinyin-index.test.ts pins the order it must give).
 * Initial: the collator cannot name a character's pinyin, but it can compare it with the first
 * character of each letter's range: the index letter of a Han character is the last letter
 * whose boundary character sorts at or before it (the boundary list is the usual one for ICU's
 * pinyin tailoring; no syllable starts with I, U or V, so those letters have no group). A term
 * starting with a Latin letter (NPS, SERVQUAL) is filed under that letter; anything else
 * (digits, symbols) under `#`. Leading quotation marks and brackets are skipped (“预离”客户 → Y).
 *
 * Polyphonic first characters take ICU's most common reading (重 → zhòng, 长 → zhǎng): a term
 * such as 重复购买 (chóng) would be filed under Z. No glossary term starts with one today; the
 * unit test lists the letters the glossary's first characters get.
 */

// Pure: a page that imports this module for something else (the case library's filter) does not
// keep the collator in its bundle.
export const PINYIN_COLLATOR = /* @__PURE__ */ new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

/** Index letters with Han syllables, each with the first character of its range in ICU's pinyin order. */
const BOUNDARIES: readonly (readonly [string, string])[] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '讥'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
const SKIPPED = /^[\s“”‘’"'「」『』《》〈〉（）()【】[\]]+/u;

/** The text a term is sorted and filed by: the term without leading quotation marks or brackets. */
export function sortKey(term: string): string {
  return term.replace(SKIPPED, '');
}

/** The index letter of a term: A–Z (no I, U, V for Chinese), or `#`. */
export function pinyinInitial(term: string): string {
  const first = Array.from(sortKey(term))[0] ?? '';
  if (LATIN.test(first)) return first.toUpperCase();
  if (!HAN.test(first)) return '#';
  let letter = '#';
  for (const [l, boundary] of BOUNDARIES) {
    if (PINYIN_COLLATOR.compare(boundary, first) <= 0) letter = l;
    else break;
  }
  return letter;
}

export interface IndexGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Items grouped by index letter: groups in A–Z order (then `#`), items within a group in pinyin
 * order of their sort key (ties broken by the raw text, so the order is total and stable).
 */
export function groupByPinyin<T>(items: readonly T[], term: (item: T) => string): IndexGroup<T>[] {
  const keyed = items.map((item) => ({ item, key: sortKey(term(item)), letter: pinyinInitial(term(item)) }));
  keyed.sort((a, b) => {
    if (a.letter !== b.letter) return a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter < b.letter ? -1 : 1;
    return PINYIN_COLLATOR.compare(a.key, b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  const groups: IndexGroup<T>[] = [];
  for (const k of keyed) {
    const last = groups.at(-1);
    if (last && last.letter === k.letter) last.items.push(k.item);
    else groups.push({ letter: k.letter, items: [k.item] });
  }
  return groups;
}
