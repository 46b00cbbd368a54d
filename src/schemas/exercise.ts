import { z } from 'astro/zod';
import { localId, sectionId, text } from './quiz';
import { templateProblems } from '../lib/quiz/exercise';

/**
 * Generated-exercise templates of one module: `src/content/exercises/<module-slug>.yaml`
 * (format and rules: src/lib/quiz/exercise.ts). Strict: an unknown key is a typo and fails the
 * build, and so does a template that could produce an invalid answer for some draw.
 */
const name = z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, '名称只能用英文字母和数字，且以字母开头');

const param = z.strictObject({
  min: z.number({ error: '参数需要 min（最小值）' }),
  max: z.number({ error: '参数需要 max（最大值）' }),
  step: z.number({ error: '参数需要 step（步长）' }).positive('step 必须大于 0'),
  /** Shown as a percentage; its value in expressions is the fraction (5 → 0.05). */
  percent: z.boolean().optional(),
});

export const templateSchema = z
  .strictObject({
    id: localId,
    section: sectionId,
    metric: z.string({ error: '缺少 metric（计算答案所用的指标 id）' }),
    params: z.record(name, param, { error: 'params 必须是“名称： {min, max, step}”的映射' }),
    derived: z.record(name, z.string()).optional(),
    inputs: z.record(name, z.string()).optional(),
    answer: z.string({ error: '缺少 answer（作为答案的指标输出）' }),
    unit: z.string({ error: '缺少 unit（答案单位，无单位写空字符串）' }),
    decimals: z.number().int().min(0).max(4),
    tolerance: z.number().nonnegative('tolerance 不能为负'),
    answerRange: z.tuple([z.number(), z.number()], { error: 'answerRange 应为 [下限， 上限]' }),
    prompt: text('题干 prompt'),
    hints: z.array(text('提示')).max(2, 'hints 最多 2 条').optional(),
    solution: text('解题过程 solution'),
    explanation: text('解析 explanation'),
  })
  .superRefine((t, ctx) => {
    for (const problem of templateProblems(t)) ctx.addIssue({ code: 'custom', message: `模板 ${t.id}：${problem}` });
  });

export const exerciseFileSchema = z
  .strictObject({
    templates: z.array(templateSchema, { error: '缺少 templates（模板列表）' }).min(1, '至少需要 1 个模板'),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const t of f.templates) {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates'], message: `模板 id 重复：${t.id}` });
      seen.add(t.id);
    }
  });

export type ExerciseTemplateEntry = z.infer<typeof templateSchema>;
