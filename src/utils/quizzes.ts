/**
 * Build-time access to quizzes, generated exercises and the assessment bank, checked against
 * the modules: every quiz and exercise file has a module of the same slug, every assessment
 * file is a track whose modules it lists, every question's or template's "回看本节"
 * section exists in its module, and every objective of a module is assessed by a question of its
 * quiz (the quiz's `objectives` mapping covers the module's frontmatter objectives). A failure throws an Error naming the file, which fails the
 * build. (Each template's draws are checked by its schema: src/schemas/exercise.ts.)
 */
import { getCollection, render } from 'astro:content';
import type { Question } from '../schemas/quiz';
import type { ExerciseTemplate } from '../lib/quiz/exercise';
import { assertQuizHasModule, assertQuizSections } from '../lib/quiz/validate-sections';
import { assertQuizObjectives, type ObjectiveLink } from '../lib/quiz/objectives';
import { bankKey } from '../lib/quiz/assessment';
import { exerciseItem, type PracticeBankFile, type PracticeItem } from '../lib/quiz/bank';
import type { CourseModule } from '../lib/certificate';
import { TRACKS } from '../lib/tracks';
import { getModules, type ModuleEntry } from './course';

export interface ModuleOutline {
  slug: string;
  title: string;
  track: string;
  minutes: number;
  /** The sections a learner reads, in page order: the author's h2s, then 要点回顾 and 小测验. */
  sections: { id: string; text: string }[];
  /** Number of quiz questions, generated exercises included (0 when the module has no quiz). */
  questions: number;
}

interface Checked {
  quizzes: Map<string, Question[]>;
  exercises: Map<string, ExerciseTemplate[]>;
  /** Assessment-only questions per module. */
  bank: Map<string, Question[]>;
  outlines: ModuleOutline[];
}

let cache: Promise<Checked> | undefined;

function fileError(file: string, message: string): Error {
  return new Error(`${file}: ${message}`);
}

async function check(): Promise<Checked> {
  const [modules, entries, exerciseEntries, bankEntries] = await Promise.all([getModules(), getCollection('quizzes'), getCollection('exercises'), getCollection('assessment')]);
  const slugs = modules.map((m) => m.id);
  const trackOf = new Map(modules.map((m) => [m.id, m.data.track as string]));
  const quizzes = new Map<string, Question[]>();
  const objectiveLinks = new Map<string, ObjectiveLink[]>();
  for (const entry of entries) {
    assertQuizHasModule(entry.id, slugs);
    quizzes.set(entry.id, entry.data.questions);
    objectiveLinks.set(entry.id, entry.data.objectives);
  }
  const exercises = new Map<string, ExerciseTemplate[]>();
  for (const entry of exerciseEntries) {
    if (!slugs.includes(entry.id)) throw fileError(`src/content/exercises/${entry.id}.yaml`, `没有对应的模块 src/content/modules/${entry.id}.mdx（文件名必须与模块 slug 相同）。`);
    exercises.set(entry.id, entry.data.templates);
  }
  const bank = new Map<string, Question[]>();
  for (const entry of bankEntries) {
    const file = `src/content/assessment/${entry.id}.yaml`;
    if (!TRACKS.some((t) => t.slug === entry.id)) throw fileError(file, `文件名必须是学习路径的 slug（${TRACKS.map((t) => t.slug).join('、')}）。`);
    for (const [module, questions] of Object.entries(entry.data as Record<string, Question[]>)) {
      if (trackOf.get(module) !== entry.id) throw fileError(file, `模块“${module}”不存在，或不属于路径 ${entry.id}。`);
      bank.set(module, questions);
    }
  }
  const outlines: ModuleOutline[] = [];
  for (const m of modules) {
    const { headings } = await render(m);
    const ids = headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);
    const questions = quizzes.get(m.id);
    if (questions) {
      assertQuizSections(m.id, questions, ids);
      assertQuizObjectives(m.id, m.data.objectives, objectiveLinks.get(m.id) ?? [], questions.map((q) => q.id));
    }
    const templates = exercises.get(m.id) ?? [];
    assertQuizSections(m.id, templates, ids, `src/content/exercises/${m.id}.yaml`);
    assertQuizSections(m.id, bank.get(m.id) ?? [], ids, `src/content/assessment/${m.data.track}.yaml`);
    const sections = headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
    sections.push({ id: 'takeaways', text: '要点回顾' });
    if (questions) sections.push({ id: 'quiz', text: '小测验' });
    outlines.push({ slug: m.id, title: m.data.title, track: m.data.track, minutes: m.data.minutes, sections, questions: questions ? questions.length + templates.length : 0 });
  }
  return { quizzes, exercises, bank, outlines };
}

function checked(): Promise<Checked> {
  return (cache ??= check());
}

/** The checked quiz of a module, or undefined when it has none. */
export async function getQuiz(slug: string): Promise<Question[] | undefined> {
  return (await checked()).quizzes.get(slug);
}

/** The module's generated-exercise templates (appended to its quiz). */
export async function getExercises(slug: string): Promise<ExerciseTemplate[]> {
  return (await checked()).exercises.get(slug) ?? [];
}

/** Every module with its sections and quiz size, in course order (for progress islands). */
export async function getCourseOutline(): Promise<ModuleOutline[]> {
  return (await checked()).outlines;
}

/** What the certificate and the import check need to know of each module. */
export async function getCourseModules(): Promise<CourseModule[]> {
  return (await checked()).outlines.map((o) => ({ slug: o.slug, title: o.title, hasQuiz: o.questions > 0, minutes: o.minutes }));
}

function titles(outlines: readonly ModuleOutline[]): Record<string, string> {
  return Object.fromEntries(outlines.map((o) => [o.slug, o.title]));
}

/** The final assessment's bank: assessment-only questions and every generated exercise. */
export async function getAssessmentBank(): Promise<PracticeBankFile> {
  const { bank, exercises, outlines } = await checked();
  const items: PracticeItem[] = [];
  for (const o of outlines) {
    for (const q of bank.get(o.slug) ?? []) items.push({ key: bankKey(o.slug, q.id), module: o.slug, track: o.track, kind: 'question', question: q });
    for (const t of exercises.get(o.slug) ?? []) items.push(exerciseItem(o.slug, o.track, t));
  }
  return { tracks: TRACKS.map((t) => t.slug), titles: titles(outlines), items };
}

/** Everything that can enter the review queue: quiz questions, assessment questions, exercises. */
export async function getReviewBank(): Promise<PracticeBankFile> {
  const { quizzes, outlines } = await checked();
  const assessment = await getAssessmentBank();
  const quizItems: PracticeItem[] = outlines.flatMap((o) => (quizzes.get(o.slug) ?? []).map((q): PracticeItem => ({ key: `${o.slug}/${q.id}`, module: o.slug, track: o.track, kind: 'question', question: q })));
  return { ...assessment, items: [...quizItems, ...assessment.items] };
}

/** Run every check (called from the module pages' getStaticPaths so a bad file fails the build). */
export async function checkQuizzes(): Promise<void> {
  await checked();
}

export type { ModuleEntry };
