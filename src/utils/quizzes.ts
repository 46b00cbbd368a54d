/**
 * Build-time access to quizzes, checked against their modules: every quiz file has a module of
 * the same slug, and every question's "回看本节" section exists in that module. A failure
 * throws an Error naming `src/content/quizzes/<slug>.yaml`, which fails the build.
 */
import { getCollection, render } from 'astro:content';
import type { Question } from '../schemas/quiz';
import { assertQuizHasModule, assertQuizSections } from '../lib/quiz/validate-sections';
import type { PoolQuestion } from '../lib/quiz/assessment';
import { getModules, type ModuleEntry } from './course';

export interface ModuleOutline {
  slug: string;
  title: string;
  track: string;
  minutes: number;
  /** The sections a learner reaches, in page order: the author's h2s, then 要点回顾 and 小测验. */
  sections: { id: string; text: string }[];
  /** Number of quiz questions (0 when the module has no quiz). */
  questions: number;
}

interface Checked {
  quizzes: Map<string, Question[]>;
  outlines: ModuleOutline[];
}

let cache: Promise<Checked> | undefined;

async function check(): Promise<Checked> {
  const [modules, entries] = await Promise.all([getModules(), getCollection('quizzes')]);
  const slugs = modules.map((m) => m.id);
  const quizzes = new Map<string, Question[]>();
  for (const entry of entries) {
    assertQuizHasModule(entry.id, slugs);
    quizzes.set(entry.id, entry.data.questions);
  }
  const outlines: ModuleOutline[] = [];
  for (const m of modules) {
    const { headings } = await render(m);
    const questions = quizzes.get(m.id);
    if (questions) {
      assertQuizSections(
        m.id,
        questions,
        headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug),
      );
    }
    const sections = headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
    sections.push({ id: 'takeaways', text: '要点回顾' });
    if (questions) sections.push({ id: 'quiz', text: '小测验' });
    outlines.push({ slug: m.id, title: m.data.title, track: m.data.track, minutes: m.data.minutes, sections, questions: questions?.length ?? 0 });
  }
  return { quizzes, outlines };
}

function checked(): Promise<Checked> {
  return (cache ??= check());
}

/** The checked quiz of a module, or undefined when it has none. */
export async function getQuiz(slug: string): Promise<Question[] | undefined> {
  return (await checked()).quizzes.get(slug);
}

/** Every module with its sections and quiz size, in course order (for progress islands). */
export async function getCourseOutline(): Promise<ModuleOutline[]> {
  return (await checked()).outlines;
}

/** Every question of every quiz, for the final assessment. */
export async function getQuestionPool(): Promise<PoolQuestion[]> {
  const { quizzes, outlines } = await checked();
  return outlines.flatMap((o) => (quizzes.get(o.slug) ?? []).map((question) => ({ module: o.slug, track: o.track, question })));
}

/** Run every check (called from the module pages' getStaticPaths so a bad quiz fails the build). */
export async function checkQuizzes(): Promise<void> {
  await checked();
}

export type { ModuleEntry };
