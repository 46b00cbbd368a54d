/**
 * Build-time check that every question's "回看本节" link points at a section that exists in its
 * module. The quiz schema checks each file on its own; only here are both the quiz and the
 * module's headings known.
 */

export interface SectionProblem {
  questionId: string;
  section: string;
}

/** Sections the module layout adds to every module page besides the author's headings. */
export const LAYOUT_SECTIONS = ['objectives', 'takeaways'] as const;

/** Questions whose `section` is not among `sectionIds` (plus the layout's own sections). */
export function findMissingSections(questions: readonly { id: string; section: string }[], sectionIds: Iterable<string>): SectionProblem[] {
  const ids = new Set<string>([...sectionIds, ...LAYOUT_SECTIONS]);
  return questions.filter((q) => !ids.has(q.section)).map((q) => ({ questionId: q.id, section: q.section }));
}

/** The build error for a quiz whose links miss, naming the file, the questions and the sections. */
export function sectionErrorMessage(slug: string, problems: readonly SectionProblem[], sectionIds: Iterable<string>, file = `src/content/quizzes/${slug}.yaml`): string {
  const available = [...new Set([...sectionIds, ...LAYOUT_SECTIONS])].join(', ');
  const lines = problems.map((p) => `  题目“${p.questionId}”的 section“${p.section}”在 src/content/modules/${slug}.mdx 中不存在`);
  return `${file}: “回看本节”链接指向不存在的小节：\n${lines.join('\n')}\n  该模块现有的小节 id：${available}`;
}

/** Throws an Error naming the file (by default `src/content/quizzes/<slug>.yaml`) when any link misses. */
export function assertQuizSections(slug: string, questions: readonly { id: string; section: string }[], sectionIds: Iterable<string>, file?: string): void {
  const ids = [...sectionIds];
  const problems = findMissingSections(questions, ids);
  if (problems.length) throw new Error(sectionErrorMessage(slug, problems, ids, file));
}

/** Throws when a quiz file has no module of the same slug. */
export function assertQuizHasModule(slug: string, moduleSlugs: Iterable<string>): void {
  if (![...moduleSlugs].includes(slug)) {
    throw new Error(`src/content/quizzes/${slug}.yaml: 没有对应的模块 src/content/modules/${slug}.mdx（测验文件名必须与模块 slug 相同）。`);
  }
}
