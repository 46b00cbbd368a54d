import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';

const opt = (id: string, correct = false) => ({ id, text: `选项 ${id}`, correct, explanation: `解析 ${id}` });
const base = { prompt: '题干', section: 'formula', explanation: '总解析' };
/** A quiz's question errors: the quiz gets a mapping of all its questions to one objective. */
const messages = <Q extends { id: string }>(raw: { questions: Q[] }) => issues({ objectives: [{ objective: 1, questions: raw.questions.map((q) => q.id) }], ...raw }).map((i) => i.message);
const issues = (raw: unknown) => {
  const r = quizSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
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

describe('quiz schema: the objective → question mapping', () => {
  const q = (id: string) => ({ ...base, id, type: 'truefalse', answer: true, feedback: { true: '对', false: '错' } });
  const questions = [q('q1'), q('q2'), q('q3')];
  it('accepts entries numbered 1…n whose questions exist and together cover every question', () => {
    expect(issues({ objectives: [{ objective: 1, questions: ['q1', 'q2'] }, { objective: 2, questions: ['q3', 'q1'] }], questions })).toEqual([]);
  });
  it('refuses a quiz without a mapping, naming the field', () => {
    expect(issues({ questions })).toEqual([{ path: 'objectives', message: expect.stringContaining('缺少 objectives') }]);
  });
  it('refuses an objective with no question, and a question id that does not exist, naming the path', () => {
    expect(issues({ objectives: [{ objective: 1, questions: [] }, { objective: 2, questions: ['q1', 'q2', 'q3'] }], questions })).toEqual([{ path: 'objectives.0.questions', message: '每条学习目标至少要有 1 道题来考查' }]);
    expect(issues({ objectives: [{ objective: 1, questions: ['q1', 'q2', 'q3', 'q4'] }], questions })).toEqual([{ path: 'objectives.0.questions.3', message: '学习目标 1 对应的题目“q4”在本测验中不存在' }]);
  });
  it('refuses entries out of order, a question listed twice, and a question no objective claims', () => {
    expect(issues({ objectives: [{ objective: 2, questions: ['q1', 'q2', 'q3'] }], questions })[0]).toEqual({ path: 'objectives.0.objective', message: expect.stringContaining('应写 objective: 1') });
    expect(issues({ objectives: [{ objective: 1, questions: ['q1', 'q1', 'q2', 'q3'] }], questions })).toEqual([{ path: 'objectives.0.questions', message: '学习目标 1 重复列出了题目：q1' }]);
    expect(issues({ objectives: [{ objective: 1, questions: ['q1'] }], questions })).toEqual([{ path: 'objectives', message: expect.stringContaining('没有对应任何学习目标：q2, q3') }]);
  });
  it('refuses an unknown key in an entry, with the hint', () => {
    expect(issues({ objectives: [{ objective: 1, question: ['q1', 'q2', 'q3'] }], questions }).map((i) => i.message).join()).toMatch('不认识的字段“question”（是不是 questions？）');
  });
});
