import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';

const opt = (id: string, correct = false) => ({ id, text: `选项 ${id}`, correct, explanation: `解析 ${id}` });
const base = { prompt: '题干', section: 'formula', explanation: '总解析' };
const messages = (raw: unknown) => {
  const r = quizSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('quiz schema errors', () => {
  it('accepts a well-formed quiz', () => {
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'single', options: [opt('a', true), opt('b')] }] })).toEqual([]);
  });
  it('refuses a choice question without a correct answer', () => {
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'single', options: [opt('a'), opt('b')] }] }).join()).toMatch('没有正确答案');
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'multiple', options: [opt('a'), opt('b'), opt('c')] }] }).join()).toMatch('没有正确答案');
  });
  it('refuses two correct answers in a single-choice question', () => {
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'single', options: [opt('a', true), opt('b', true)] }] }).join()).toMatch('只能有一个正确答案');
  });
  it('refuses duplicate question ids and duplicate option ids', () => {
    const q = { ...base, type: 'single', options: [opt('a', true), opt('b')] };
    expect(messages({ questions: [{ ...q, id: 'q1' }, { ...q, id: 'q1' }] }).join()).toMatch('题目 id 重复：q1');
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'single', options: [opt('a', true), opt('a')] }] }).join()).toMatch('选项 id 重复');
  });
  it('refuses a numeric question without tolerance', () => {
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'numeric', answer: 5, unit: '%' }] }).join()).toMatch('tolerance');
  });
  it('refuses an option without an explanation', () => {
    expect(messages({ questions: [{ ...base, id: 'q1', type: 'single', options: [{ id: 'a', text: 'x', correct: true }, opt('b')] }] }).join()).toMatch('explanation');
  });
  it('refuses a question without a section', () => {
    const { section: _s, ...noSection } = base;
    expect(messages({ questions: [{ ...noSection, id: 'q1', type: 'truefalse', answer: true, feedback: { true: 'a', false: 'b' } }] }).join()).toMatch('section');
  });
});
