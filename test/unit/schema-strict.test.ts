/**
 * Content schemas reject keys they do not know (a typo was silently dropped before), and say
 * which key and what it was probably meant to be.
 */
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { glossarySchema } from '../../src/schemas/glossary';
import { moduleSchema } from '../../src/schemas/module';
import { quizSchema } from '../../src/schemas/quiz';
import { nearestKey, unknownKeysMessage } from '../../src/schemas/strict';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const module = {
  title: '留存与流失：定义与计算',
  description: '学会区分留存率与流失率，并正确计算它们。',
  track: 'basics',
  order: 1,
  minutes: 35,
  objectives: ['说出留存率的定义', '计算客户留存率'],
  takeaways: ['新增客户不计入留存', '流失率以期初数为分母', '月度换算年度要复合'],
  updated: '2026-11-23',
};
const numeric = { id: 'q1', type: 'numeric', prompt: '题干', section: 'formula', explanation: '解析', answer: 7.5, tolerance: 0.1, unit: '%' };
const option = (id: string, correct = false) => ({ id, text: `选项 ${id}`, correct, explanation: `解析 ${id}` });
/** A quiz file around some questions, every question mapped to the one objective. */
const quiz = <Q extends { id: string }>(questions: Q[]) => ({ objectives: [{ objective: 1, questions: questions.map((q) => q.id) }], questions });

describe('content schemas are strict', () => {
  it('module: prerequisite (for prerequisites) is an error with the hint, not an empty list', () => {
    expect(moduleSchema.safeParse({ ...module, prerequisites: ['retention-basics'] }).success).toBe(true);
    const found = issues(moduleSchema.safeParse({ ...module, prerequisite: ['retention-basics'] }));
    expect(found).toEqual([expect.stringMatching(/不认识的字段“prerequisite”（是不是 prerequisites？）。这里可用的字段：title、.*prerequisites/)]);
  });
  it('numeric question: decimal (for decimals) is an error, not a silent decimals: 1', () => {
    expect(quizSchema.safeParse(quiz([{ ...numeric, decimals: 2 }])).success).toBe(true);
    const found = issues(quizSchema.safeParse(quiz([{ ...numeric, decimal: 2 }])));
    expect(found).toEqual([expect.stringMatching(/^questions\.0: 不认识的字段“decimal”（是不是 decimals？）/)]);
  });
  it('nested objects too: an option with a misspelt key names its path', () => {
    const q = { ...numeric, type: 'single', options: [{ ...option('a', true), explaination: 'x' }, option('b')] };
    delete (q as Record<string, unknown>)['answer'];
    delete (q as Record<string, unknown>)['tolerance'];
    delete (q as Record<string, unknown>)['unit'];
    const found = issues(quizSchema.safeParse(quiz([q])));
    expect(found.some((f) => /^questions\.0\.options\.0: 不认识的字段“explaination”（是不是 explanation？）/.test(f)), found.join('\n')).toBe(true);
  });
  it('a field of another question type is unknown on this one', () => {
    const found = issues(quizSchema.safeParse(quiz([{ ...numeric, options: [option('a', true), option('b')] }])));
    expect(found.join('\n')).toMatch(/不认识的字段“options”。/);
  });
  it('case and glossary entries', () => {
    const entry = { id: 'retention-rate', term: '留存率', definition: '期末仍在的期初客户占期初客户的比例。', module: 'retention-basics', section: 'definition' };
    expect(glossarySchema.safeParse(entry).success).toBe(true);
    // The section that teaches the term is required, and must look like a section id.
    const { section: _section, ...withoutSection } = entry;
    expect(issues(glossarySchema.safeParse(withoutSection)).join()).toMatch('section: 缺少 section');
    expect(issues(glossarySchema.safeParse({ ...entry, section: '定义' })).join()).toMatch('section 必须是模块小节的 id');
    expect(issues(glossarySchema.safeParse({ ...entry, defintion: 'x' })).join()).toMatch('“defintion”（是不是 definition？）');
    const c = { title: '某案例标题', organisation: '某电信运营商', module: 'retention-basics', industry: '电信', audience: '客户', themes: ['挽留'], summary: '一句话概要写在这里。', constructed: true };
    expect(caseSchema.safeParse(c).success).toBe(true);
    expect(issues(caseSchema.safeParse({ ...c, theme: ['挽留'] })).join()).toMatch('“theme”（是不是 themes？）');
  });
});

describe('the hint', () => {
  it('suggests the closest known key within two edits, ignoring case, or one it starts', () => {
    const known = ['prerequisites', 'title', 'decimals', 'tolerance'];
    expect(nearestKey('prerequisite', known)).toBe('prerequisites');
    expect(nearestKey('Title', known)).toBe('title');
    expect(nearestKey('tolerence', known)).toBe('tolerance');
    expect(nearestKey('prereq', known)).toBe('prerequisites');
    expect(nearestKey('colour', known)).toBeUndefined();
    expect(nearestKey('ti', known)).toBeUndefined();
  });
  it('lists every unknown key', () => {
    expect(unknownKeysMessage(['a', 'titel'], ['title'])).toBe('不认识的字段“a”；不认识的字段“titel”（是不是 title？）。这里可用的字段：title');
  });
});
