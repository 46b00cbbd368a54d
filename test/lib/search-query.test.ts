import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, parseSearchQuery } from '../../src/lib/search-query';

const words = (q: string) => parseSearchQuery(q).words.map((w) => w.word);

describe('parseSearchQuery', () => {
  it('drops question words and cuts the query where they were', () => {
    expect(parseSearchQuery('怎么算流失率').chunks).toEqual(['流失率']);
    expect(parseSearchQuery('NPS 怎么算').chunks).toEqual(['NPS']);
    expect(parseSearchQuery('如何留住员工').chunks).toEqual(['留住员工']);
    expect(parseSearchQuery('续约提前多久').chunks).toEqual(['续约提前']);
    expect(parseSearchQuery('什么是心理契约？').chunks).toEqual(['心理契约']);
    expect(parseSearchQuery('客户流失的原因有哪些').chunks).toEqual(['客户流失', '原因']);
    expect(parseSearchQuery('离职访谈怎么做').chunks).toEqual(['离职访谈']);
  });

  it('drops 是 and 的 as words, but keeps them inside words (是否, 目的)', () => {
    expect(parseSearchQuery('获客成本是保留成本的几倍').chunks).toEqual(['获客成本', '保留成本', '倍']);
    expect(parseSearchQuery('是否续约').chunks).toEqual(['是否续约']);
  });

  it('sends what is left to Pagefind, or the query itself when nothing is left', () => {
    expect(parseSearchQuery('怎么算流失率').pagefindTerm).toBe('流失率');
    expect(parseSearchQuery('客户流失的原因有哪些').pagefindTerm).toBe('客户流失 原因');
    expect(parseSearchQuery('怎么').pagefindTerm).toBe('怎么');
    expect(parseSearchQuery('  ').pagefindTerm).toBe('');
  });

  it('keeps words of two or more characters, once, normalised, with the course’s synonyms', () => {
    expect(words('留存率 留存率')).toEqual(['留存']);
    expect(words('ＮＰＳ 计算')).toEqual(['nps', '计算']);
    const q = parseSearchQuery('如何留住员工');
    expect(q.words.find((w) => w.word === '留住')?.forms).toEqual(['留住', '保留', '留存', '挽留']);
  });

  it('recognises a question about computing', () => {
    for (const q of ['怎么算流失率', 'NPS 怎么计算', 'CLV 公式', '流失率计算器']) expect(parseSearchQuery(q).intents.has('calculate'), q).toBe(true);
    for (const q of ['流失率', '试用期', '如何留住员工']) expect(parseSearchQuery(q).intents.has('calculate'), q).toBe(false);
  });

  it('reads 案例 as a wish for case studies, dropping the word only when something else is asked', () => {
    const bank = parseSearchQuery('银行案例');
    expect(bank.intents.has('case')).toBe(true);
    expect(bank.chunks).toEqual(['银行']);
    const library = parseSearchQuery('案例库');
    expect(library.intents.has('case')).toBe(true);
    expect(library.chunks).toEqual(['案例库']);
  });

  it('never throws, and its chunks hold no punctuation, question phrase or space (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const q = parseSearchQuery(s);
        for (const c of q.chunks) {
          expect(c).not.toMatch(/\s/);
          expect(c).not.toMatch(/怎么算|为什么|有哪些/);
          expect(c.length).toBeGreaterThan(0);
        }
        expect(typeof q.pagefindTerm).toBe('string');
      }),
    );
  });
});

describe('normalise', () => {
  it('folds full-width forms and case, and removes spaces', () => {
    expect(normalise('净推荐值 （ＮＰＳ）')).toBe('净推荐值(nps)');
    expect(normalise('SERVQUAL 服务质量模型')).toBe('servqual服务质量模型');
  });
});
