import { z } from 'astro/zod';
import { strict } from './strict';
import { moduleSlug } from './module';

/** A glossary term. Its id is the stable anchor (`/glossary/#<id>` once the glossary page exists). */
export const glossarySchema = strict.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, '术语 id 只能包含小写英文字母、数字和连字符'),
  term: z.string({ error: '缺少 term（术语）' }).min(1),
  en: z.string().optional(),
  definition: z.string({ error: '缺少 definition（简短定义）' }).min(8, 'definition 至少 8 个字符'),
  module: moduleSlug,
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
