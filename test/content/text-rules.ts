/**
 * The course's rules for names, ranges and quotation marks (issue 13 §2, content review #21), as
 * data and small functions, so terminology.test.ts runs them on every content file and proves each
 * rule on a bad example.
 *
 * One name per concept: the glossary's term is canonical; each entry lists the variants a writer
 * (or a source document) tends to use instead. Ranges: `–` between numbers (3–6 个月), or 到 in a
 * sentence (从 6 个月到 3 个月); never ~, ～, a hyphen, an em dash or 至. Quotation marks: “” (‘’
 * only nested inside “”); never "…", '…' around Chinese, 「」 or 『』.
 */

export interface TermRule {
  canonical: string;
  /** The variants, as one global regular expression (exceptions built in with lookarounds). */
  variant: RegExp;
  /** Why the exception in `variant` exists, when there is one. */
  note?: string;
}

export const TERM_RULES: readonly TermRule[] = [
  { canonical: '高潜人才', variant: /高潜力(?:人才|员工)|高潜员工/g },
  { canonical: '离职访谈', variant: /离职面谈/g },
  {
    canonical: '移情性',
    variant: /(?<!移情性.{0,14})同理心(?!领导力)/g,
    note: '“同理心”只在紧跟“移情性”解释别名时出现；“同理心领导力”是管理者的能力，不是 SERVQUAL 的维度。',
  },
  { canonical: '中等风险', variant: /(?<![其集])中风险/g, note: '“其中风险……”不是风险层级。' },
  { canonical: '客户生命周期价值', variant: /(?:客户|顾客)?终身价值/g },
  { canonical: '忠诚度计划', variant: /会员计划|忠诚计划/g },
  { canonical: '留存率', variant: /保留率|留任率|保持率/g },
];

/** Where a term rule's variant occurs in a line. */
export function termProblems(text: string): { variant: string; canonical: string }[] {
  const out: { variant: string; canonical: string }[] = [];
  for (const rule of TERM_RULES) {
    for (const m of text.matchAll(rule.variant)) out.push({ variant: m[0], canonical: rule.canonical });
  }
  return out;
}

const NUMERAL = '[0-9一二三四五六七八九十两]';

/** Range notations the course does not use, each with a pattern (checked on text without ISO dates). */
export const RANGE_RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: '波浪号 ~ 或 ～', pattern: /[~～]/g },
  { name: '半角连字符 -', pattern: /\d\s*%?\s*-\s*\d/g },
  { name: '破折号 —', pattern: /\d\s*%?\s*—+\s*\d/g },
  { name: '“至”', pattern: new RegExp(`(?<![甚直以乃])${NUMERAL}[^，。；、：\\s]{0,3}\\s*至\\s*${NUMERAL}`, 'g') },
];

export function rangeProblems(text: string): string[] {
  const withoutDates = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  return RANGE_RULES.flatMap((r) => [...withoutDates.matchAll(r.pattern)].map((m) => `${r.name}（“${m[0]}”）`));
}

/** Quotation marks other than “”: straight quotes around Chinese, corner brackets. */
export const QUOTE_RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: '直角引号「」『』', pattern: /[「」『』]/g },
  { name: '半角双引号 "', pattern: /"/g },
  { name: "半角单引号 '…'", pattern: /'[^'\n]*\p{Script=Han}[^'\n]*'/gu },
];

export function quoteProblems(text: string): string[] {
  return QUOTE_RULES.flatMap((r) => [...text.matchAll(r.pattern)].map((m) => `${r.name}（${m[0].length > 12 ? m[0].slice(0, 12) + '…' : m[0]}）`));
}

/** The alias of 移情性, which must follow its first use in a module. */
export const EMPATHY = '移情性';
export const EMPATHY_ALIAS = '同理心';

/** True when the first 移情性 of these lines is followed (within a short gloss) by its alias. */
export function empathyAliasAtFirstUse(lines: readonly string[]): boolean | null {
  for (const line of lines) {
    const i = line.indexOf(EMPATHY);
    if (i < 0) continue;
    return line.slice(i + EMPATHY.length, i + EMPATHY.length + 16).includes(EMPATHY_ALIAS);
  }
  return null;
}
