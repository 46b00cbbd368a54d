/**
 * One name per concept, one range notation, one quotation style, over every file a learner or
 * trainer reads (modules, quizzes, cases, glossary, guides, exercises, assessment). The rules live
 * in text-rules.ts; the first group proves each rule fires on a bad example and stays quiet on the
 * good one, the second runs them on the content and lists every problem as "file:line: …".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT, contentFiles, learnerText } from './learner-text';
import { EMPATHY, EMPATHY_ALIAS, TERM_RULES, empathyAliasAtFirstUse, quoteProblems, rangeProblems, termProblems } from './text-rules';

describe('the text rules themselves', () => {
  it('flag each known variant and name its canonical term', () => {
    const cases: [string, string][] = [
      ['高潜力人才离职的首要原因', '高潜人才'],
      ['对高潜力员工要单独跟踪', '高潜人才'],
      ['每位离职者都做离职面谈', '离职访谈'],
      ['响应性、保证性、同理心', '移情性'],
      ['中风险层半定制', '中等风险'],
      ['客户终身价值高 300%', '客户生命周期价值'],
      ['有效的会员计划', '忠诚度计划'],
      ['客户保留率提高', '留存率'],
      ['员工留任率高出 45%', '留存率'],
    ];
    for (const [text, canonical] of cases) expect(termProblems(text).map((p) => p.canonical), text).toEqual([canonical]);
  });

  it('leave the canonical names and the documented exceptions alone', () => {
    for (const text of ['高潜人才离职', '离职访谈记录', '移情性（又译同理心）：关心客户', '移情性（有的资料译作“同理心”，指是否关心', '培养同理心领导力', '中等风险层', '其中风险最高的一层', '客户生命周期价值', '忠诚度计划', '留存率', '员工保留策略']) {
      expect(termProblems(text), text).toEqual([]);
    }
  });

  it('flag ranges written with ~, a hyphen, an em dash or 至, but not –, 到 or an ISO date', () => {
    for (const bad of ['入职 1~6 个月', '15%～20%', '3-6 个月', '15%-20%', '3—6 个月', '第 1 至 6 个月', '一至两人']) expect(rangeProblems(bad), bad).not.toEqual([]);
    for (const good of ['入职 1–6 个月', '6 到 3 个月', '到期日 2027-06-30', '至少 3 个月', '甚至三周', '1 − 60% = 40%']) expect(rangeProblems(good), good).toEqual([]);
  });

  it('flag quotation marks other than “”', () => {
    for (const bad of ['按"实际怎么做事"来', '「预离」客户', "叫'预离'客户"]) expect(quoteProblems(bad), bad).not.toEqual([]);
    for (const good of ['按“实际怎么做事”来', '他说：“‘预离’是内部叫法。”', "it's fine"]) expect(quoteProblems(good), good).toEqual([]);
  });

  it('require the alias of 移情性 at its first use', () => {
    expect(empathyAliasAtFirstUse(['前言', '- 移情性（又译同理心）：关心客户', '移情性 5.0'])).toBe(true);
    expect(empathyAliasAtFirstUse(['- 移情性：关心客户', '“移情性”也译作“同理心”'])).toBe(false);
    expect(empathyAliasAtFirstUse(['没有提到这个维度'])).toBeNull();
  });
});

const files = contentFiles();
const lines = files.flatMap((f) => learnerText(f));

describe('the course text', () => {
  it('has content to check', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(lines.length).toBeGreaterThan(3000);
  });

  it('uses one name per concept (the glossary term)', () => {
    const problems = lines.flatMap((l) => termProblems(l.text).map((p) => `${l.file}:${l.n}: 用了“${p.variant}”，课程统一叫“${p.canonical}”`));
    expect(problems).toEqual([]);
  });

  it('writes ranges with – or 到', () => {
    const problems = lines.flatMap((l) => rangeProblems(l.text).map((p) => `${l.file}:${l.n}: 范围写法 ${p}，请用“–”或“到”`));
    expect(problems).toEqual([]);
  });

  it('quotes with “”', () => {
    const problems = lines.flatMap((l) => quoteProblems(l.text).map((p) => `${l.file}:${l.n}: 引号 ${p}，请用“”`));
    expect(problems).toEqual([]);
  });

  it(`explains ${EMPATHY}'s alias ${EMPATHY_ALIAS} at its first use in every module that names it`, () => {
    const modules = files.filter((f) => f.endsWith('.mdx'));
    const problems = modules.flatMap((f) => {
      const end = frontmatterEnd(f);
      const body = learnerText(f).filter((l) => l.n > end);
      return empathyAliasAtFirstUse(body.map((l) => l.text)) === false ? [`${body[0]?.file}: 第一次出现“${EMPATHY}”时要说明它也译作“${EMPATHY_ALIAS}”`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('has every canonical name as a glossary term or inside a glossary entry', () => {
    const glossary = parse(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')) as { term: string; definition: string }[];
    const text = glossary.map((e) => `${e.term} ${e.definition}`).join('\n');
    const missing = TERM_RULES.map((r) => r.canonical).filter((c) => !text.includes(c));
    expect(missing).toEqual([]);
  });
});

/** The 1-based line of the frontmatter's closing `---` (0 when there is none). */
function frontmatterEnd(path: string): number {
  const src = readFileSync(path, 'utf8').split(/\r?\n/);
  return src[0] === '---' ? src.indexOf('---', 1) + 1 : 0;
}
