import { describe, expect, it } from 'vitest';
import { assertQuizHasModule, assertQuizSections, findMissingSections } from '../../../src/lib/quiz/validate-sections';

const qs = [
  { id: 'q1', section: 'formula' },
  { id: 'q2', section: 'takeaways' },
  { id: 'q3', section: 'nowhere' },
];

describe('quiz section links', () => {
  it('finds links to missing sections; layout sections count as present', () => {
    expect(findMissingSections(qs, ['formula', 'periods'])).toEqual([{ questionId: 'q3', section: 'nowhere' }]);
    expect(findMissingSections(qs.slice(0, 2), ['formula'])).toEqual([]);
  });
  it('throws naming the quiz file, the question and the section', () => {
    expect(() => assertQuizSections('retention-basics', qs, ['formula'])).toThrow(/src\/content\/quizzes\/retention-basics\.yaml.*\n.*q3.*nowhere/);
    expect(() => assertQuizSections('retention-basics', qs.slice(0, 2), ['formula'])).not.toThrow();
  });
  it('throws for a quiz without a module', () => {
    expect(() => assertQuizHasModule('ghost', ['retention-basics'])).toThrow('src/content/quizzes/ghost.yaml');
    expect(() => assertQuizHasModule('retention-basics', ['retention-basics'])).not.toThrow();
  });
});
