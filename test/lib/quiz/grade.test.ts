import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerProblem, correctAnswer, describeAnswer, describeCorrect, grade, isComplete, matchingChoices, withinTolerance, type Answer } from '../../../src/lib/quiz/grade';
import { questionSchema, type Question } from '../../../src/schemas/quiz';

const q = (raw: unknown): Question => questionSchema.parse(raw);
const opt = (id: string, correct = false) => ({ id, text: `选项 ${id}`, correct, explanation: `解析 ${id}` });
const base = { prompt: '题干', section: 'formula', explanation: '总解析' };

const single = q({ ...base, id: 's1', type: 'single', options: [opt('a'), opt('b', true), opt('c')] });
const scenario = q({ ...base, id: 'sc1', type: 'scenario', scenario: '某公司……', options: [opt('a', true), opt('b')] });
const multiple = q({ ...base, id: 'm1', type: 'multiple', options: [opt('a', true), opt('b', true), opt('c'), opt('d')] });
const tf = q({ ...base, id: 't1', type: 'truefalse', answer: false, feedback: { true: '不对', false: '对' } });
const numeric = q({ ...base, id: 'n1', type: 'numeric', answer: 12.5, tolerance: 0.05, unit: '%', decimals: 1 });
const exact = q({ ...base, id: 'n2', type: 'numeric', answer: 40, tolerance: 0, unit: '人' });
const ordering = q({ ...base, id: 'o1', type: 'ordering', items: [{ id: 'x', text: '第一' }, { id: 'y', text: '第二' }, { id: 'z', text: '第三' }, { id: 'w', text: '第四' }] });
const matching = q({
  ...base,
  id: 'p1',
  type: 'matching',
  pairs: [
    { id: 'p', left: '月', right: '短期' },
    { id: 'r', left: '季', right: '中期' },
    { id: 's', left: '周', right: '短期' },
  ],
});

describe('single and scenario', () => {
  it('is right only for the correct option', () => {
    expect(grade(single, { type: 'choice', optionId: 'b' })).toEqual({ correct: true, parts: { right: 1, total: 1 } });
    expect(grade(single, { type: 'choice', optionId: 'a' }).correct).toBe(false);
    expect(grade(scenario, { type: 'choice', optionId: 'a' }).correct).toBe(true);
    expect(grade(scenario, { type: 'choice', optionId: 'zz' }).correct).toBe(false);
  });
  it('treats a missing or mistyped answer as wrong', () => {
    expect(grade(single, undefined)).toMatchObject({ correct: false, note: '未作答' });
    expect(grade(single, { type: 'boolean', value: true }).correct).toBe(false);
    expect(isComplete(single, undefined)).toBe(false);
    expect(isComplete(single, { type: 'choice', optionId: '' })).toBe(false);
  });
});

describe('multiple', () => {
  it('needs exactly the correct set, in any order', () => {
    expect(grade(multiple, { type: 'choices', optionIds: ['b', 'a'] })).toEqual({ correct: true, parts: { right: 4, total: 4 } });
  });
  it('grades a partial answer as wrong but counts the right parts', () => {
    expect(grade(multiple, { type: 'choices', optionIds: ['a'] })).toEqual({ correct: false, parts: { right: 3, total: 4 }, note: '漏选 1 项' });
    expect(grade(multiple, { type: 'choices', optionIds: ['a', 'b', 'c'] })).toEqual({ correct: false, parts: { right: 3, total: 4 }, note: '多选 1 项' });
    expect(grade(multiple, { type: 'choices', optionIds: ['c'] })).toEqual({ correct: false, parts: { right: 1, total: 4 }, note: '漏选 2 项，多选 1 项' });
  });
  it('is incomplete with nothing chosen', () => {
    expect(isComplete(multiple, { type: 'choices', optionIds: [] })).toBe(false);
  });
});

describe('truefalse', () => {
  it('compares the boolean', () => {
    expect(grade(tf, { type: 'boolean', value: false }).correct).toBe(true);
    expect(grade(tf, { type: 'boolean', value: true }).correct).toBe(false);
    expect(isComplete(tf, { type: 'boolean', value: true })).toBe(true);
  });
});

describe('numeric', () => {
  const n = (raw: string) => grade(numeric, { type: 'number', raw }).correct;
  it('accepts the answer and both tolerance edges', () => {
    expect(n('12.5')).toBe(true);
    expect(n('12.45')).toBe(true);
    expect(n('12.55')).toBe(true); // 12.55 − 12.5 = 0.05000000000000071 in binary
  });
  it('refuses just outside the tolerance', () => {
    expect(n('12.56')).toBe(false);
    expect(n('12.44')).toBe(false);
    expect(n('12.5501')).toBe(false);
  });
  it('reads a percent sign, full-width digits and spaces', () => {
    expect(n('12.5%')).toBe(true);
    expect(n(' １２.５ ')).toBe(true);
  });
  it('says when the input is not a number', () => {
    expect(grade(numeric, { type: 'number', raw: 'abc' })).toMatchObject({ correct: false, note: '答案无法识别' });
    expect(isComplete(numeric, { type: 'number', raw: '  ' })).toBe(false);
    // Unreadable text is not complete: it gets a message instead of a wrong mark.
    expect(isComplete(numeric, { type: 'number', raw: 'abc' })).toBe(false);
    expect(answerProblem(numeric, { type: 'number', raw: 'abc' })).toMatch('无法把“abc”识别为数字');
  });
  it('with tolerance 0 accepts only the exact value', () => {
    expect(grade(exact, { type: 'number', raw: '40' }).correct).toBe(true);
    expect(grade(exact, { type: 'number', raw: '40.001' }).correct).toBe(false);
  });
  it('withinTolerance is symmetric and monotone (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (answer, tol, t) => {
        expect(withinTolerance(answer + tol * t, answer, tol)).toBe(true);
        expect(withinTolerance(answer - tol * t, answer, tol)).toBe(true);
        expect(withinTolerance(answer + tol + 1 + Math.abs(answer) * 1e-6, answer, tol)).toBe(false);
      }),
    );
  });
});

describe('ordering', () => {
  it('is right only in the exact order', () => {
    expect(grade(ordering, { type: 'order', itemIds: ['x', 'y', 'z', 'w'] })).toEqual({ correct: true, parts: { right: 4, total: 4 } });
  });
  it('counts items in their correct place for a partial order', () => {
    expect(grade(ordering, { type: 'order', itemIds: ['x', 'z', 'y', 'w'] })).toEqual({ correct: false, parts: { right: 2, total: 4 }, note: '2/4 项位置正确' });
    expect(grade(ordering, { type: 'order', itemIds: ['w', 'x', 'y', 'z'] }).parts.right).toBe(0);
  });
  it('an untouched ordering question is unanswered, not an answer', () => {
    expect(isComplete(ordering, undefined)).toBe(false);
    expect(answerProblem(ordering, undefined)).toMatch('排好顺序');
    expect(grade(ordering, undefined)).toMatchObject({ correct: false, note: '未作答' });
  });
  it('an incomplete order is incomplete and wrong', () => {
    expect(isComplete(ordering, { type: 'order', itemIds: ['x', 'y', 'z'] })).toBe(false);
    expect(grade(ordering, { type: 'order', itemIds: ['x', 'y', 'z'] }).correct).toBe(false);
  });
});

describe('matching', () => {
  it('choices are the distinct right values', () => {
    expect(matchingChoices(matching as Extract<Question, { type: 'matching' }>)).toEqual(['短期', '中期']);
  });
  it('grades each pair', () => {
    expect(grade(matching, { type: 'match', choices: { p: '短期', r: '中期', s: '短期' } }).correct).toBe(true);
    expect(grade(matching, { type: 'match', choices: { p: '短期', r: '短期', s: '短期' } })).toEqual({ correct: false, parts: { right: 2, total: 3 }, note: '2/3 项配对正确' });
  });
  it('reads only own choices: a pair id named like an Object.prototype member is not answered by inheritance', () => {
    const proto = q({ ...base, id: 'p2', type: 'matching', pairs: [{ id: 'constructor', left: 'A', right: '1' }, { id: 'b', left: 'B', right: '2' }] });
    expect(isComplete(proto, { type: 'match', choices: { b: '2' } })).toBe(false);
    expect(grade(proto, { type: 'match', choices: { b: '2' } }).parts.right).toBe(1);
    expect(grade(proto, correctAnswer(proto)).correct).toBe(true);
  });
  it('is incomplete until every left item has a choice', () => {
    expect(isComplete(matching, { type: 'match', choices: { p: '短期', r: '' } })).toBe(false);
    expect(isComplete(matching, { type: 'match', choices: { p: '短期', r: '中期', s: '短期' } })).toBe(true);
  });
});

describe('correct answers and descriptions', () => {
  const all = [single, scenario, multiple, tf, numeric, exact, ordering, matching];
  it('correctAnswer grades as correct for every type', () => {
    for (const question of all) expect(grade(question, correctAnswer(question)).correct, question.id).toBe(true);
  });
  it('describes the correct answer in Chinese', () => {
    expect(describeCorrect(single)).toBe('选项 b');
    expect(describeCorrect(multiple)).toBe('选项 a；选项 b');
    expect(describeCorrect(tf)).toBe('错误');
    expect(describeCorrect(numeric)).toBe('12.5%（允许误差 ±0.05%）');
    expect(describeCorrect(exact)).toBe('40 人');
    expect(describeCorrect(ordering)).toBe('第一 → 第二 → 第三 → 第四');
    expect(describeCorrect(matching)).toBe('月 — 短期；季 — 中期；周 — 短期');
  });
  it('describes the learner answer, including none', () => {
    const cases: [Question, Answer | undefined, string][] = [
      [single, { type: 'choice', optionId: 'a' }, '选项 a'],
      [single, undefined, '未作答'],
      [multiple, { type: 'choices', optionIds: ['c', 'a'] }, '选项 a；选项 c'],
      [tf, { type: 'boolean', value: true }, '正确'],
      [numeric, { type: 'number', raw: '12' }, '12 %'],
      [numeric, { type: 'number', raw: '12%' }, '12%'],
      [ordering, { type: 'order', itemIds: ['y', 'x', 'z', 'w'] }, '第二 → 第一 → 第三 → 第四'],
      [matching, { type: 'match', choices: { p: '中期', r: '' } }, '月 — 中期；季 — 未选；周 — 未选'],
    ];
    for (const [question, a, text] of cases) expect(describeAnswer(question, a)).toBe(text);
  });
});
