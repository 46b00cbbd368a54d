import { z } from 'astro/zod';
import { strict } from './strict';
import { moduleSlug } from './module';

/**
 * A case study: frontmatter here, body with the sections `## 背景`, `## 挑战`, `## 做法`,
 * `## 结果`, `## 讨论题` in that order (checked by test/content). A case told by the seeds keeps
 * their facts and names its seed; a case we constructed for teaching sets `constructed: true`
 * and is labelled 示例案例 wherever it is shown. A seed case states a challenge a class can
 * discuss; where the seed does not describe one, the 挑战 section opens with
 * **情境设定（示例）** and `provenance` says what the seed does not cover.
 */
export const caseSchema = strict
  .object({
    title: z.string({ error: '缺少 title（案例标题）' }).min(4),
    organisation: z.string({ error: '缺少 organisation（如“某电信运营商”）' }).min(2),
    module: moduleSlug,
    industry: z.enum(['科技', '零售', '电商', '汽车服务', '电信', '金融', '酒店', '制造', '通用'], {
      error: 'industry 必须是：科技、零售、电商、汽车服务、电信、金融、酒店、制造、通用 之一',
    }),
    audience: z.enum(['员工', '客户'], { error: 'audience 必须是“员工”或“客户”' }),
    themes: z.array(z.string().min(2)).min(1, 'themes 至少 1 个主题'),
    summary: z.string({ error: '缺少 summary（一句话概要）' }).min(10),
    source: z.string().regex(/^seed-00[0-4]$/, 'source 必须是 seed-000 … seed-004').optional(),
    constructed: z.boolean().default(false),
    /**
     * A case told by the seeds: what the source document does and does not say, in one or two
     * sentences, shown under the case (so the case text itself reads as a case, and its 情境设定
     * (示例) is marked as ours).
     */
    provenance: z.string().min(10, 'provenance 至少 10 个字符').optional(),
  })
  .refine((c) => c.constructed || c.source, { message: '案例必须给出 source（种子文档）或标记 constructed: true（示例案例）', path: ['source'] });

export type CaseFrontmatter = z.infer<typeof caseSchema>;
