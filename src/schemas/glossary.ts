import { z } from 'astro/zod';
import { strict } from './strict';
import { moduleSlug } from './module';

/**
 * A glossary term. Its id is the stable anchor `/glossary/#<id>` (never change it); `module` and
 * `section` name the module section that teaches it (`/modules/<module>/#<section>`), which the
 * glossary page links to. That the section exists in the module is checked by the glossary page
 * at build time and by test/content/reference.test.ts.
 */
export const glossarySchema = strict.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, '术语 id 只能包含小写英文字母、数字和连字符'),
  term: z.string({ error: '缺少 term（术语）' }).min(1),
  en: z.string().optional(),
  definition: z.string({ error: '缺少 definition（简短定义）' }).min(8, 'definition 至少 8 个字符'),
  module: moduleSlug,
  section: z
    .string({ error: '缺少 section（讲解该术语的模块小节 id，即模块标题里的 {#id}）' })
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'section 必须是模块小节的 id（小写英文、数字和单个连字符）'),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
