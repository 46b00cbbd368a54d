import { describe, expect, it } from 'vitest';
import { caseQuestions, questionSlides, QUESTION_CHARS_PER_SLIDE } from '../../../src/lib/present/case-parts';

describe('case discussion questions', () => {
  it('are the list under 讨论题', () => {
    const html = '<h2>背景</h2><ol><li>not this</li></ol><h2>讨论题</h2><p>请讨论：</p><ol><li>第一问<strong>重点</strong></li><li>第二问</li></ol>';
    expect(caseQuestions(html)).toEqual(['第一问<strong>重点</strong>', '第二问']);
  });

  it('are none when the section or its list is missing', () => {
    expect(caseQuestions('<h2>背景</h2><ol><li>x</li></ol>')).toEqual([]);
    expect(caseQuestions('<h2>讨论题</h2><p>没有列表</p>')).toEqual([]);
    expect(caseQuestions('<h2>讨论题</h2><h2>附录</h2><ul><li>x</li></ul>')).toEqual([]);
  });

  it('are grouped so one slide holds at most the character budget', () => {
    const q = (n: number) => '字'.repeat(n);
    expect(questionSlides([q(80), q(80), q(80)])).toEqual([[q(80), q(80)], [q(80)]]);
    expect(questionSlides([q(QUESTION_CHARS_PER_SLIDE + 50), q(10)])).toEqual([[q(QUESTION_CHARS_PER_SLIDE + 50)], [q(10)]]);
    expect(questionSlides([])).toEqual([]);
    // Markup does not count, only the text.
    expect(questionSlides([`<strong>${q(100)}</strong>`, q(100)])).toHaveLength(1);
  });
});
