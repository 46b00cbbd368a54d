import { z } from 'astro/zod';
import { moduleSlug } from './module';
import { questionSchema } from './quiz';

/**
 * The assessment-only bank of one track: `src/content/assessment/<track-slug>.yaml`, a map
 * from module slug to that module's questions. These questions are never shown in a module
 * quiz; the final assessment draws from them and from the generated exercises. Each question's
 * `section` is a section of its module ("回看本节" in the review), checked at build time.
 */
export const assessmentBankSchema = z
  .record(moduleSlug, z.array(questionSchema).min(1, '每个模块至少 1 道题'), { error: '题库应是“模块 slug: 题目列表”的映射' })
  .superRefine((bank, ctx) => {
    for (const [module, questions] of Object.entries(bank)) {
      const seen = new Set<string>();
      for (const q of questions) {
        if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [module], message: `模块 ${module} 的题目 id 重复：${q.id}` });
        seen.add(q.id);
      }
    }
  });

export type AssessmentBank = z.infer<typeof assessmentBankSchema>;
