/**
 * Every learning objective of a module is assessed by at least one question of its quiz
 * (issue 13). The quiz file records the mapping (`objectives:` in src/content/quizzes/<slug>.yaml,
 * entry n for the module's n-th objective); the quiz schema checks what the file can check on its
 * own, and this check adds what needs the module too: one entry per objective of the module's
 * frontmatter, no more and no fewer. Run at build time (src/utils/quizzes.ts) and by
 * test/content/objectives.test.ts, which reads the raw files, so it also repeats the file-level
 * rules (numbering, at least one question, ids that exist).
 */

export interface ObjectiveLink {
  objective: number;
  questions: readonly string[];
}

/** Problems with a quiz's objective mapping against its module, as Chinese messages. */
export function objectiveProblems(objectives: readonly string[], links: readonly ObjectiveLink[], questionIds: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set(questionIds);
  if (links.length !== objectives.length) {
    problems.push(`objectives 有 ${links.length} 项，模块的学习目标有 ${objectives.length} 条：每条学习目标对应一项，按顺序列出`);
  }
  objectives.forEach((text, i) => {
    const link = links[i];
    const short = text.length > 24 ? `${text.slice(0, 24)}…` : text;
    if (!link) {
      problems.push(`学习目标 ${i + 1}（${short}）没有列出考查它的题目`);
      return;
    }
    if (link.objective !== i + 1) problems.push(`objectives 第 ${i + 1} 项应写 objective: ${i + 1}，现在是 ${link.objective}`);
    if (link.questions.length === 0) problems.push(`学习目标 ${i + 1}（${short}）没有任何题目考查`);
    for (const id of link.questions) {
      if (!ids.has(id)) problems.push(`学习目标 ${i + 1} 对应的题目“${id}”在测验中不存在`);
    }
  });
  return problems;
}

/** Throws an Error naming the quiz file when the mapping does not cover the module's objectives. */
export function assertQuizObjectives(slug: string, objectives: readonly string[], links: readonly ObjectiveLink[], questionIds: readonly string[], file = `src/content/quizzes/${slug}.yaml`): void {
  const problems = objectiveProblems(objectives, links, questionIds);
  if (problems.length) {
    throw new Error(`${file}: 学习目标 → 题目的对照（objectives）与模块 src/content/modules/${slug}.mdx 不符：\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}
