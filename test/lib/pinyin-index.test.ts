import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PINYIN_COLLATOR, groupByPinyin, pinyinInitial, sortKey } from '../../src/lib/pinyin-index';

describe('the ICU pinyin collation the build relies on', () => {
  it('is available in this Node (full ICU), not silently the root collation', () => {
    const resolved = new Intl.Collator('zh-CN-u-co-pinyin').resolvedOptions();
    expect(resolved.locale).toMatch(/^zh/);
    // Code point order would put 保 (U+4FDD) before 阿 (U+963F) and 召 (U+53EC) before 流 (U+6D41);
    // pinyin order is ā < bǎo < huò < liú (流 and 留 share the syllable) < zhào.
    const words = ['留存率', '阿', '流失率', '保留成本', '召回率', '获客成本'];
    expect([...words].sort(PINYIN_COLLATOR.compare)).toEqual(['阿', '保留成本', '获客成本', '流失率', '留存率', '召回率']);
  });

  it('orders by the syllables, not by the code points', () => {
    expect(PINYIN_COLLATOR.compare('价值证明', '焦点小组')).toBeLessThan(0); // jià < jiāo
    expect(PINYIN_COLLATOR.compare('大客户', '定性研究')).toBeLessThan(0); // dà < dìng
    expect(PINYIN_COLLATOR.compare('召回率', '自愿流失')).toBeLessThan(0); // zhào < zì
  });
});

describe('pinyinInitial', () => {
  it('files Han terms under their pinyin initial', () => {
    const cases: [string, string][] = [
      ['案例教学法', 'A'],
      ['保留成本', 'B'],
      ['成人学习理论', 'C'],
      ['大客户', 'D'],
      ['非自愿流失', 'F'],
      ['高潜人才', 'G'],
      ['获客成本', 'H'],
      ['净推荐值（NPS）', 'J'],
      ['客户旅程', 'K'],
      ['流失率', 'L'],
      ['帕累托分析', 'P'],
      ['期初数', 'Q'],
      ['人岗匹配', 'R'],
      ['试用期流失', 'S'],
      ['替换成本', 'T'],
      ['误差范围', 'W'],
      ['心理契约', 'X'],
      ['预警信号', 'Y'],
      ['召回率', 'Z'],
      ['组织社会化', 'Z'],
    ];
    for (const [term, letter] of cases) expect(pinyinInitial(term), term).toBe(letter);
  });

  it('files Latin terms under their first letter, upper case, and skips leading quotes', () => {
    expect(pinyinInitial('AUC')).toBe('A');
    expect(pinyinInitial('nps')).toBe('N');
    expect(pinyinInitial('SERVQUAL 服务质量模型')).toBe('S');
    expect(pinyinInitial('“预离”客户')).toBe('Y');
    expect(sortKey('“预离”客户')).toBe('预离”客户');
  });

  it('files anything else under #', () => {
    expect(pinyinInitial('3 个月')).toBe('#');
    expect(pinyinInitial('')).toBe('#');
    expect(pinyinInitial('——')).toBe('#');
  });

  it('takes ICU’s common reading of a polyphonic first character (documented limitation)', () => {
    expect(pinyinInitial('重复购买')).toBe('Z'); // zhòng, not chóng
  });
});

describe('groupByPinyin', () => {
  const glossary = parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string; term: string }[];

  it('puts every glossary term in exactly one group, groups A–Z then #, items in pinyin order', () => {
    const groups = groupByPinyin(glossary, (e) => e.term);
    expect(groups.flatMap((g) => g.items.map((e) => e.id)).sort()).toEqual(glossary.map((e) => e.id).sort());
    const letters = groups.map((g) => g.letter);
    expect(letters).toEqual([...new Set(letters)]);
    expect(letters.filter((l) => l !== '#')).toEqual([...letters.filter((l) => l !== '#')].sort());
    for (const g of groups) {
      for (const e of g.items) expect(pinyinInitial(e.term), e.term).toBe(g.letter);
      for (let i = 1; i < g.items.length; i++) {
        expect(PINYIN_COLLATOR.compare(sortKey(g.items[i - 1]!.term), sortKey(g.items[i]!.term)), `${g.items[i - 1]!.term} / ${g.items[i]!.term}`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('keeps within each letter the collator’s order: the letter boundaries agree with the collation (property)', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(han, { minLength: 2, maxLength: 30 }), (chars) => {
        const sorted = [...chars].sort(PINYIN_COLLATOR.compare);
        const letters = sorted.map((c) => pinyinInitial(c));
        // Sorted by pinyin, the letters never go backwards.
        for (let i = 1; i < letters.length; i++) expect(letters[i - 1]! <= letters[i]!).toBe(true);
      }),
    );
  });
});
