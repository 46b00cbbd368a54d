/**
 * Fair grading of numeric answers: a hand-written table of what a learner types, the unit the
 * question asks for, and the verdict. The number itself is read by the calculators' parser
 * (src/lib/validate.ts); units are converted to the question's unit before comparing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANSWER_MAX_LENGTH, describeReading, readAnswer } from '../../../src/lib/quiz/numeric-answer';
import { answerProblem, grade } from '../../../src/lib/quiz/grade';
import { questionSchema, type Question } from '../../../src/schemas/quiz';

const numeric = (answer: number, unit: string, tolerance: number): Question =>
  questionSchema.parse({ id: 'n', type: 'numeric', prompt: '题', section: 's', explanation: '解析', answer, unit, tolerance, decimals: 1 });

type Verdict = 'right' | 'wrong' | 'message';
function verdict(q: Question, raw: string): Verdict {
  if (answerProblem(q, { type: 'number', raw }) !== undefined) return 'message';
  return grade(q, { type: 'number', raw }).correct ? 'right' : 'wrong';
}

describe('readAnswer: every format and unit, by hand', () => {
  const wan = numeric(180, '万元', 0.5);
  const yuan = numeric(13200, '元', 1);
  const yi = numeric(1.2, '亿元', 0.005);
  const pct = numeric(12.5, '%', 0.05);
  const pts = numeric(1.3, '个百分点', 0.05);
  const times = numeric(2.25, '倍', 0.005);
  const people = numeric(40, '人', 0);
  const score = numeric(42.9, '分', 0.05);
  const bare = numeric(-1.3, '', 0.05);

  const table: [Question, string, Verdict][] = [
    // The review's case: 180 万元.
    [wan, '180', 'right'],
    [wan, '180万', 'right'],
    [wan, '180万元', 'right'],
    [wan, '180 万元', 'right'],
    [wan, '1800000元', 'right'],
    [wan, '1,800,000元', 'right'],
    [wan, '１８０', 'right'],
    [wan, '１８０万元', 'right'],
    [wan, '¥1,800,000元', 'right'],
    [wan, '0.018亿元', 'right'],
    [wan, '0.018亿', 'right'],
    [wan, '180.4', 'right'],
    [wan, '181', 'wrong'],
    [wan, '1800000', 'wrong'], // a bare number is read in the question's unit: 1,800,000 万元
    [wan, '180元', 'wrong'],
    [wan, '180%', 'message'],
    [wan, '180人', 'message'],
    [wan, '一百八十万', 'message'],
    [wan, '180万万元', 'wrong'], // 180万 万元 = 1.8 亿元, not 180 万元
    [wan, '', 'message'],
    // 元 and 亿元.
    [yuan, '13200', 'right'],
    [yuan, '13,200', 'right'],
    [yuan, '1.32万', 'right'],
    [yuan, '1.32万元', 'right'],
    [yuan, '13200元', 'right'],
    [yuan, '13,200.5', 'right'],
    [yuan, '13,2000', 'message'],
    [yi, '1.2', 'right'],
    [yi, '1.2亿', 'right'],
    [yi, '12000万', 'right'],
    [yi, '120000000', 'wrong'],
    [yi, '120000000元', 'right'],
    // % and 个百分点, where the question says which it wants.
    [pct, '12.5', 'right'],
    [pct, '12.5%', 'right'],
    [pct, '12.5％', 'right'],
    [pct, ' 12.5 % ', 'right'],
    [pct, '12.45', 'right'],
    [pct, '12.56', 'wrong'],
    [pct, '0.125', 'wrong'],
    [pct, '12.5个百分点', 'message'],
    [pct, '12.5%%', 'message'],
    [pts, '1.3', 'right'],
    [pts, '1.3个百分点', 'right'],
    [pts, '1.3百分点', 'right'],
    [pts, '1.3%', 'message'],
    [pts, '1.4', 'wrong'],
    // Other units stated by the question.
    [times, '2.25', 'right'],
    [times, '2.25倍', 'right'],
    [times, '2.25%', 'message'],
    [people, '40', 'right'],
    [people, '40人', 'right'],
    [people, '40名', 'message'],
    [people, '40.5', 'wrong'],
    [score, '42.9分', 'right'],
    [score, '42.9', 'right'],
    [bare, '-1.3', 'right'],
    [bare, '−1.3', 'right'],
    [bare, '1.3', 'wrong'],
    [bare, '-1.3倍', 'message'],
    // Any unit the question states is accepted when written.
    [numeric(5, '人次', 0), '5人次', 'right'],
    [numeric(5, '人次', 0), '5', 'right'],
    [numeric(5, '人次', 0), '5次', 'message'],
    // Unreadable text is never a wrong mark.
    [pct, 'abc', 'message'],
    [pct, '12.5.1', 'message'],
    [pct, '1e999', 'message'],
    [pct, 'x'.repeat(ANSWER_MAX_LENGTH + 1), 'message'],
  ];
  it.each(table)('%# %s', (q, raw, expected) => {
    expect(verdict(q, raw), `${raw} → ${q.type === 'numeric' ? q.unit : ''}`).toBe(expected);
  });

  it('says which unit was converted and how the answer will be graded', () => {
    const r = readAnswer('1,800,000元', '万元');
    expect(r).toEqual({ kind: 'number', value: 180, converted: '元' });
    expect(describeReading(r, '万元', String)).toBe('已从“元”换算：按 180 万元 评分');
    expect(describeReading(readAnswer('180', '万元'), '万元', String)).toBe('按 180 万元 评分');
    expect(describeReading(readAnswer('12.5', '%'), '%', String)).toBe('按 12.5% 评分');
    expect(describeReading(readAnswer('abc', '%'), '%', String)).toBe('');
  });

  it('the messages say what to do, in Chinese', () => {
    expect(readAnswer('1.3%', '个百分点')).toMatchObject({ kind: 'unreadable', message: expect.stringContaining('个百分点') });
    expect(readAnswer('12%', '万元')).toMatchObject({ kind: 'unreadable', message: expect.stringContaining('请去掉“%”') });
    expect(readAnswer('abc', '万元')).toMatchObject({ kind: 'unreadable', message: expect.stringContaining('万元') });
  });
});

describe('unit conversion (property)', () => {
  it('an amount written in 元, 万元 or 亿元 reads as the same amount in the question’s unit', () => {
    const factors = { 元: 1, 万元: 1e4, 亿元: 1e8 } as const;
    const units = Object.keys(factors) as (keyof typeof factors)[];
    let reached = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(...units), fc.constantFrom(...units), (yuan, asked, written) => {
        const inWritten = yuan / factors[written];
        const r = readAnswer(`${inWritten}${written}`, asked);
        expect(r.kind).toBe('number');
        if (r.kind !== 'number') return;
        reached++;
        expect(r.value).toBeCloseTo(yuan / factors[asked], 6);
      }),
    );
    expect(reached).toBe(100);
  });
});
