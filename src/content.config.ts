import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { quizSchema } from './schemas/quiz';
import { caseSchema } from './schemas/case';
import { glossarySchema } from './schemas/glossary';
import { exerciseFileSchema } from './schemas/exercise';
import { assessmentBankSchema } from './schemas/assessment';
import { guideSchema } from './schemas/guide';

/** Course modules: `src/content/modules/<slug>.mdx`; the file name is the URL slug. */
const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/modules' }),
  schema: moduleSchema,
});

/** One quiz per module: `src/content/quizzes/<module-slug>.yaml`. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/quizzes' }),
  schema: quizSchema,
});

/** Case studies: `src/content/cases/<id>.md`, embedded in modules by id. */
const cases = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/cases' }),
  schema: caseSchema,
});

/** Glossary terms, one list, each with a stable anchor id. */
const glossary = defineCollection({
  loader: file('src/content/glossary.yaml'),
  schema: glossarySchema,
});

/** Generated-exercise templates per module: `src/content/exercises/<module-slug>.yaml` (added to its quiz). */
const exercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/exercises' }),
  schema: exerciseFileSchema,
});

/** Questions written for the final assessment only, per track: `src/content/assessment/<track-slug>.yaml`. */
const assessment = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/assessment' }),
  schema: assessmentBankSchema,
});

/** Facilitator guides, one per module: `src/content/guides/<module-slug>.yaml` (checked against the module in src/utils/guides.ts). */
const guides = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/guides' }),
  schema: guideSchema,
});

export const collections = { modules, quizzes, cases, glossary, exercises, assessment, guides };
