import { describe, expect, it } from 'vitest';
import { planDeck, chunk, AGENDA_PER_SLIDE } from '../../../src/lib/present/deck-plan';
import type { ModuleSource } from '../../../src/lib/present/split-module';

const source: ModuleSource = {
  intro: '<p>intro</p>',
  runtime: [],
  sections: [
    { id: 'a', title: 'A', slides: [{ title: 'A', html: '<ul><li>1</li></ul>', continued: false, notes: ['<p>own</p>'] }, { title: 'A', html: '<ul><li>7</li></ul>', continued: true, notes: [] }], speakerNotes: ['<p>sn</p>'], notes: '<p>prose a</p>', cases: ['c1'] },
    { id: 'b', title: 'B', slides: [], speakerNotes: [], notes: '<p>prose b</p>', cases: [] },
  ],
};

describe('planDeck', () => {
  const slides = planDeck({
    source,
    takeaways: ['t1', 't2', 't3', 't4'],
    questions: 2,
    caseNotes: { c1: '<p>case text</p>' },
    caseQuestions: { c1: [['q1', 'q2'], ['q3']] },
    quizNotes: ['<p>e1</p>', '<p>e2</p>'],
  });

  it('orders title, agenda, sections with their cases, quiz, takeaways, closing', () => {
    expect(slides.map((s) => s.kind)).toEqual(['title', 'agenda', 'section', 'section', 'case', 'case-questions', 'case-questions', 'section', 'quiz', 'quiz', 'takeaways', 'takeaways', 'closing']);
  });

  it('gives the agenda every section, the quiz and the takeaways', () => {
    const agenda = slides[1]!;
    expect(agenda.kind === 'agenda' && agenda.items.map((i) => i.title)).toEqual(['A', 'B', '小测验讨论', '要点回顾']);
  });

  it('puts the slide’s own notes, the section’s notes and its prose on the section’s first slide', () => {
    expect(slides[0]!.notes).toBe('<p>intro</p>');
    expect(slides[2]!.notes).toBe('<div class="speaker-only"><p>own</p></div>\n<div class="speaker-only"><p>sn</p></div>\n<p>prose a</p>');
    expect(slides[3]!.notes).toBe('');
    expect(slides[7]).toMatchObject({ kind: 'section', title: 'B', html: '', notes: '<p>prose b</p>' });
  });

  it('numbers case questions across their slides and records each slide’s section', () => {
    const [q1, q2] = [slides[5]!, slides[6]!];
    expect(q1).toMatchObject({ kind: 'case-questions', start: 1, part: 1, parts: 2, questions: ['q1', 'q2'], section: 'a' });
    expect(q2).toMatchObject({ start: 3, part: 2 });
    expect(slides[4]).toMatchObject({ kind: 'case', notes: '<p>case text</p>' });
    expect(slides.map((s) => s.section)).toEqual([null, null, 'a', 'a', 'a', 'a', 'a', 'b', 'quiz', 'quiz', 'takeaways', 'takeaways', 'takeaways']);
  });

  it('one quiz question per slide, takeaways three per slide', () => {
    expect(slides.filter((s) => s.kind === 'quiz').map((s) => s.kind === 'quiz' && [s.question, s.notes])).toEqual([
      [0, '<p>e1</p>'],
      [1, '<p>e2</p>'],
    ]);
    expect(slides.filter((s) => s.kind === 'takeaways').map((s) => s.kind === 'takeaways' && s.items)).toEqual([['t1', 't2', 't3'], ['t4']]);
  });

  it('splits a long agenda and leaves the quiz out when there is none', () => {
    const many = { ...source, sections: Array.from({ length: 8 }, (_, i) => ({ ...source.sections[1]!, id: `s${i}`, title: `S${i}` })) };
    const plan = planDeck({ source: many, takeaways: ['x'], questions: 0 });
    const agendas = plan.filter((s) => s.kind === 'agenda');
    expect(agendas.map((a) => a.kind === 'agenda' && [a.part, a.parts, a.items.length])).toEqual([
      [1, 2, AGENDA_PER_SLIDE],
      [2, 2, 2],
    ]);
    expect(plan.some((s) => s.kind === 'quiz')).toBe(false);
    expect(plan.filter((s) => s.kind === 'case-questions')).toEqual([]);
  });

  it('chunks', () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(chunk([], 2)).toEqual([]);
  });
});
