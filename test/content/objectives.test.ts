/**
 * Every learning objective of every module is assessed by at least one question of its quiz
 * (issue 13, content review #15). The quiz file records the mapping (`objectives:` in
 * src/content/quizzes/<slug>.yaml: entry n lists the questions assessing the module's n-th
 * objective); this test reads the raw files, so a writer sees which file and which objective
 * breaks the rule without building the site. The same check runs at build time
 * (src/lib/quiz/objectives.ts, called from src/utils/quizzes.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { objectiveProblems, type ObjectiveLink } from '../../src/lib/quiz/objectives';

const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = join(ROOT, 'src/content/modules');
const QUIZZES = join(ROOT, 'src/content/quizzes');

const OBJECTIVES = ['算出留存率', '用复合换算', '区分自愿与非自愿'];
const QUESTIONS = ['rate', 'compound', 'voluntary', 'bakery'];
const link = (objective: number, questions: string[]): ObjectiveLink => ({ objective, questions });

describe('the objective check itself', () => {
  it('accepts one entry per objective, each with questions that exist', () => {
    expect(objectiveProblems(OBJECTIVES, [link(1, ['rate']), link(2, ['compound']), link(3, ['voluntary', 'bakery'])], QUESTIONS)).toEqual([]);
  });
  it('flags an objective no question assesses, naming it', () => {
    const problems = objectiveProblems(OBJECTIVES, [link(1, ['rate']), link(2, ['compound'])], QUESTIONS);
    expect(problems.join('\n')).toContain('有 2 项，模块的学习目标有 3 条');
    expect(problems.join('\n')).toContain('学习目标 3（区分自愿与非自愿）没有列出考查它的题目');
    expect(objectiveProblems(OBJECTIVES, [link(1, ['rate']), link(2, []), link(3, ['bakery'])], QUESTIONS).join('\n')).toContain('学习目标 2（用复合换算）没有任何题目考查');
  });
  it('flags a mapped question that does not exist, and entries out of order or too many', () => {
    expect(objectiveProblems(OBJECTIVES, [link(1, ['rate']), link(2, ['compund']), link(3, ['bakery'])], QUESTIONS)).toEqual(['学习目标 2 对应的题目“compund”在测验中不存在']);
    expect(objectiveProblems(OBJECTIVES, [link(1, ['rate']), link(3, ['bakery']), link(2, ['compound'])], QUESTIONS).join('\n')).toContain('objectives 第 2 项应写 objective: 2');
    expect(objectiveProblems(OBJECTIVES, [link(1, ['rate']), link(2, ['compound']), link(3, ['bakery']), link(4, ['rate'])], QUESTIONS).join('\n')).toContain('有 4 项');
  });
});

const slugs = existsSync(MODULES) ? readdirSync(MODULES).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort() : [];

function frontmatterObjectives(slug: string): string[] {
  const text = readFileSync(join(MODULES, `${slug}.mdx`), 'utf8').replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = m ? (parse(m[1]!) as { objectives?: unknown }) : {};
  return Array.isArray(data.objectives) ? data.objectives.map(String) : [];
}

describe.each(slugs)('quiz of %s', (slug) => {
  const quizPath = join(QUIZZES, `${slug}.yaml`);
  const name = relative(ROOT, quizPath);

  it('maps every objective of the module to at least one existing question', () => {
    if (!existsSync(quizPath)) return; // modules.test.ts reports a missing quiz
    const quiz = parse(readFileSync(quizPath, 'utf8')) as { objectives?: unknown; questions?: { id?: string }[] };
    if (!Array.isArray(quiz.objectives)) {
      expect([`${name}: 缺少 objectives（学习目标 → 题目的对照）`]).toEqual([]);
      return;
    }
    const links = (quiz.objectives as { objective?: unknown; questions?: unknown }[]).map((l) => ({
      objective: Number(l.objective),
      questions: Array.isArray(l.questions) ? l.questions.map(String) : [],
    }));
    const ids = (quiz.questions ?? []).map((q) => String(q.id));
    const problems = objectiveProblems(frontmatterObjectives(slug), links, ids).map((p) => `${name}: ${p}`);
    const mapped = new Set(links.flatMap((l) => l.questions));
    for (const id of ids) if (!mapped.has(id)) problems.push(`${name}: 题目“${id}”没有对应任何学习目标`);
    expect(problems).toEqual([]);
  });
});
