import { z } from 'astro/zod';
import { strict } from './strict';
import { TRACK_SLUGS } from '../lib/tracks';

/** A module slug: the file name of `src/content/modules/<slug>.mdx`, and its URL, forever. */
export const moduleSlug = z
  .string({ error: '必须是模块的 slug（字符串）' })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, '模块 slug 只能包含小写英文字母、数字和连字符');

/**
 * Frontmatter of a course module. Every field is required unless marked optional, so a
 * module cannot silently lose its objectives or estimated time.
 */
export const moduleSchema = strict.object({
  title: z.string({ error: '缺少 title（模块标题）' }).min(2, 'title 太短'),
  description: z.string({ error: '缺少 description（一句话简介）' }).min(10, 'description 至少 10 个字符'),
  track: z.enum(TRACK_SLUGS, {
    error: `track 必须是以下之一：${TRACK_SLUGS.join(', ')}`,
  }),
  order: z.number({ error: 'order 必须是数字（模块在所属路径中的顺序）' }).int('order 必须是整数').positive('order 必须大于 0'),
  minutes: z.number({ error: 'minutes 必须是数字（预计学习分钟数）' }).int('minutes 必须是整数').min(5, 'minutes 至少为 5').max(240, 'minutes 不应超过 240'),
  objectives: z
    .array(z.string().min(4, '每条学习目标至少 4 个字符'), { error: 'objectives 必须是学习目标列表' })
    .min(2, 'objectives 至少需要 2 条学习目标'),
  takeaways: z
    .array(z.string().min(4, '每条要点至少 4 个字符'), { error: 'takeaways 必须是要点列表' })
    .min(3, 'takeaways（要点回顾）至少需要 3 条'),
  prerequisites: z.array(moduleSlug, { error: 'prerequisites 必须是模块 slug 列表' }).default([]),
  /**
   * Other tracks that also recommend this module (content review #31: the employee warning signals
   * live in a customer-track module). Their track pages list it under 本路径推荐同时学习; it stays
   * in its own track for order, progress and the certificate.
   */
  alsoRecommendedIn: z
    .array(z.enum(TRACK_SLUGS, { error: `alsoRecommendedIn 的每一项必须是以下之一：${TRACK_SLUGS.join('、')}` }), { error: 'alsoRecommendedIn 必须是学习路径 slug 的列表' })
    .default([]),
  updated: z.coerce.date({ error: 'updated 必须是日期，例如 2026-11-23' }),
}).refine((m) => !m.alsoRecommendedIn.includes(m.track), { message: 'alsoRecommendedIn 不能包含模块自己所在的路径（track）', path: ['alsoRecommendedIn'] });

export type ModuleFrontmatter = z.infer<typeof moduleSchema>;
