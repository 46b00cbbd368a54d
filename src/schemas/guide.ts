import { z } from 'astro/zod';
import { moduleSlug } from './module';

/**
 * A facilitator guide: `src/content/guides/<module-slug>.yaml`, one per module, read by the
 * trainer pages (/trainer/<slug>/, the planner /trainer/, the speaker view's block timer).
 *
 * Two layers of rules, one home for both (this file):
 * - `guideSchema` (zod, strict: an unknown key is an error) checks what a guide says on its own —
 *   ids unique, every block's activity exists, every non-optional activity used by exactly one
 *   block, sane group sizes. Astro reports a failure with the file and the field path.
 * - `guideModuleProblems` checks the guide against its module and the cases: the file name is the
 *   module slug, block minutes add up to the module's `minutes`, blocks follow the module's H2
 *   order, each H2 is in at most one block, case ids exist. Run by test/content/guides.test.ts
 *   and at build time by src/utils/guides.ts.
 *
 * Timing model: the blocks are the session as delivered, so their minutes add up to the module's
 * `minutes`. A block may run one activity (`activity`), which then fits inside the block's
 * minutes. An activity with `optional: true` is an add-on: no block uses it, and the planner adds
 * its minutes when the trainer picks it. A block with no `sections` covers only slides the deck
 * builder generates (opening, cases, quiz, close).
 */

const localId = z
  .string({ error: 'id 必须是字符串' })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'id 只能包含小写英文字母、数字和连字符，并以字母开头');

/** An H2 id of the module (`## 标题 {#id}`). */
const sectionId = z.string({ error: 'section 必须是模块的小节 id' }).regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'section 必须是模块的小节 id（小写英文、数字和连字符）');

const text = (what: string) => z.string({ error: `缺少 ${what}` }).trim().min(1, `${what} 不能为空`);

const minutes = (what: string) =>
  z
    .number({ error: `${what} 必须是数字（分钟）` })
    .int(`${what} 必须是整数分钟`)
    .positive(`${what} 必须大于 0`)
    .max(240, `${what} 不应超过 240 分钟`);

export const ACTIVITY_KINDS = ['小组讨论', '角色扮演', '案例分析', '课前调研', '练习'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Largest group an activity may ask for: beyond this it is a plenary, not a group. */
export const MAX_GROUP_SIZE = 12;

/** Smallest sensible group per kind: a discussion or a role play needs at least two people. */
export const MIN_GROUP_SIZE: Record<ActivityKind, number> = {
  小组讨论: 3,
  角色扮演: 2,
  案例分析: 2,
  课前调研: 1,
  练习: 1,
};

const groupSize = z
  .strictObject(
    {
      min: z.number({ error: 'groupSize.min 必须是数字' }).int('groupSize.min 必须是整数').min(1, 'groupSize.min 至少为 1'),
      max: z
        .number({ error: 'groupSize.max 必须是数字' })
        .int('groupSize.max 必须是整数')
        .max(MAX_GROUP_SIZE, `groupSize.max 不应超过 ${MAX_GROUP_SIZE}（更大的人数请按全场活动设计）`),
    },
    { error: 'groupSize 必须写成 { min, max }' },
  )
  .refine((g) => g.min <= g.max, { message: 'groupSize.min 不能大于 groupSize.max', path: ['max'] });

const block = z.strictObject({
  id: localId,
  title: text('环节标题 title'),
  minutes: minutes('环节时长 minutes'),
  /** The module's H2 ids this block teaches, in module order; empty for a block of generated slides only. */
  sections: z.array(sectionId, { error: 'sections 必须是小节 id 列表' }),
  activity: localId.optional(),
});

const activity = z.strictObject({
  id: localId,
  kind: z.enum(ACTIVITY_KINDS, { error: `kind 必须是 ${ACTIVITY_KINDS.join('、')} 之一` }),
  title: text('活动标题 title'),
  minutes: minutes('活动时长 minutes'),
  groupSize,
  optional: z.boolean({ error: 'optional 必须是 true 或 false' }).default(false),
  instructions: z.array(text('活动步骤'), { error: 'instructions 必须是步骤列表' }).min(1, 'instructions 至少 1 步'),
  /** A case of src/content/cases/ the activity works on. */
  case: localId.optional(),
});

const discussion = z.strictObject({
  question: text('讨论题 question'),
  goodAnswer: z.array(text('好答案要点'), { error: 'goodAnswer 必须是要点列表' }).min(1, 'goodAnswer 至少 1 条要点'),
  section: sectionId.optional(),
});

const misconception = z.strictObject({
  belief: text('常见误解 belief'),
  correction: text('纠正 correction'),
});

export const guideSchema = z
  .strictObject({
    module: moduleSlug,
    blocks: z.array(block, { error: '缺少 blocks（议程环节列表）' }).min(1, 'blocks 至少 1 个环节'),
    materials: z.array(text('材料'), { error: '缺少 materials（材料清单）' }).min(1, 'materials 至少 1 项'),
    activities: z.array(activity, { error: 'activities 必须是活动列表' }).default([]),
    discussion: z.array(discussion, { error: '缺少 discussion（讨论题）' }).min(1, 'discussion 至少 1 道讨论题'),
    misconceptions: z.array(misconception, { error: '缺少 misconceptions（常见误解）' }).min(1, 'misconceptions 至少 1 条'),
    followUp: z.array(text('课后跟进'), { error: '缺少 followUp（课前调研与课后跟进）' }).min(1, 'followUp 至少 1 项'),
  })
  .superRefine((g, ctx) => {
    for (const [field, ids] of [
      ['blocks', g.blocks.map((b) => b.id)],
      ['activities', g.activities.map((a) => a.id)],
    ] as const) {
      const dup = duplicates(ids);
      if (dup.length) ctx.addIssue({ code: 'custom', path: [field], message: `${field} 的 id 重复：${dup.join('、')}` });
    }
    const activities = new Map(g.activities.map((a) => [a.id, a]));
    const usedBy = new Map<string, string[]>();
    g.blocks.forEach((b, i) => {
      if (b.activity === undefined) return;
      const a = activities.get(b.activity);
      if (!a) {
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'activity'], message: `环节 ${b.id} 的 activity “${b.activity}” 不在 activities 中` });
        return;
      }
      usedBy.set(a.id, [...(usedBy.get(a.id) ?? []), b.id]);
      if (a.minutes > b.minutes) {
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'minutes'], message: `环节 ${b.id} 只有 ${b.minutes} 分钟，放不下 ${a.minutes} 分钟的活动 ${a.id}` });
      }
    });
    g.activities.forEach((a, i) => {
      const users = usedBy.get(a.id) ?? [];
      if (a.optional && users.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'optional'], message: `可选活动 ${a.id} 不应放进环节（${users.join('、')}）：它的时长由规划器在选中时另加` });
      }
      if (!a.optional && users.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i],
          message: users.length === 0 ? `必选活动 ${a.id} 没有被任何环节使用（或标记 optional: true）` : `必选活动 ${a.id} 被多个环节使用：${users.join('、')}`,
        });
      }
      if (a.groupSize.min < MIN_GROUP_SIZE[a.kind]) {
        ctx.addIssue({ code: 'custom', path: ['activities', i, 'groupSize', 'min'], message: `${a.kind}每组至少 ${MIN_GROUP_SIZE[a.kind]} 人（活动 ${a.id}）` });
      }
    });
    const seen = new Map<string, string>();
    g.blocks.forEach((b, i) => {
      for (const s of b.sections) {
        const other = seen.get(s);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['blocks', i, 'sections'], message: `小节 ${s} 同时出现在环节 ${other} 和 ${b.id} 中` });
        else seen.set(s, b.id);
      }
    });
  });

export type Guide = z.infer<typeof guideSchema>;
export type GuideBlock = Guide['blocks'][number];
export type GuideActivity = Guide['activities'][number];

/** What a guide is checked against: its module's minutes and H2 ids (page order), and the case ids. */
export interface GuideContext {
  /** Slug taken from the guide's file name. */
  file: string;
  /** The module of that slug, or undefined when there is none. */
  module: { minutes: number; sections: readonly string[] } | undefined;
  caseIds: ReadonlySet<string>;
}

/**
 * Problems between a (schema-valid) guide and its module, as Chinese messages naming the field;
 * empty when the guide fits. Pure, so the content test and the build share it.
 */
export function guideModuleProblems(guide: Guide, { file, module, caseIds }: GuideContext): string[] {
  const problems: string[] = [];
  if (guide.module !== file) problems.push(`module: “${guide.module}” 与文件名 ${file}.yaml 不一致`);
  if (!module) {
    problems.push(`module: 模块 “${file}” 不存在（src/content/modules/${file}.mdx）`);
  } else {
    const total = guide.blocks.reduce((sum, b) => sum + b.minutes, 0);
    if (total !== module.minutes) problems.push(`blocks: 各环节 minutes 合计 ${total} 分钟，应等于模块的 minutes（${module.minutes} 分钟）`);
    const order = new Map(module.sections.map((s, i) => [s, i]));
    let last = -1;
    let lastBlock = '';
    guide.blocks.forEach((b, i) => {
      for (const s of b.sections) {
        const at = order.get(s);
        if (at === undefined) {
          problems.push(`blocks[${i}].sections: “${s}” 不是模块 ${file} 的二级标题 id`);
          continue;
        }
        if (at < last) problems.push(`blocks[${i}].sections: 小节 ${s} 在模块中位于环节 ${lastBlock} 的小节之前，环节须按模块顺序排列`);
        last = at;
        lastBlock = b.id;
      }
    });
    guide.discussion.forEach((d, i) => {
      if (d.section !== undefined && !order.has(d.section)) problems.push(`discussion[${i}].section: “${d.section}” 不是模块 ${file} 的二级标题 id`);
    });
  }
  guide.activities.forEach((a, i) => {
    if (a.case !== undefined && !caseIds.has(a.case)) problems.push(`activities[${i}].case: 案例 “${a.case}” 不存在（src/content/cases/${a.case}.md）`);
  });
  return problems;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}
