import { z } from 'astro/zod';
import { strict } from './strict';

/** Ids inside a quiz (questions, options, items) are short ASCII tokens, stable across edits. */
export const localId = z
  .string({ error: 'id 必须是字符串' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能包含小写英文字母、数字和连字符');

/** The module section a question teaches from: an H2/H3 id of the module ("回看本节"). */
export const sectionId = z.string({ error: '缺少 section（题目对应的模块小节 id）' }).regex(/^[a-z][a-z0-9-]*$/, 'section 必须是小节 id');

export const text = (what: string) => z.string({ error: `缺少 ${what}` }).trim().min(1, `${what} 不能为空`);

const option = strict.object({
  id: localId,
  text: text('选项文本 text'),
  correct: z.boolean().default(false),
  explanation: text('选项解析 explanation'),
});

/** One or two hints a learner may reveal before answering (revealing one is recorded). */
export const hintsSchema = z.array(text('提示 hints 的每一条'), { error: 'hints 必须是提示列表' }).max(2, 'hints 最多 2 条').optional();

const base = {
  id: localId,
  prompt: text('题干 prompt'),
  section: sectionId,
  /** Overall explanation shown after checking, whatever was answered. */
  explanation: text('题目解析 explanation'),
  hints: hintsSchema,
};

const single = strict.object({ ...base, type: z.literal('single'), options: z.array(option).min(2, '单选题至少需要 2 个选项') });
const multiple = strict.object({ ...base, type: z.literal('multiple'), options: z.array(option).min(3, '多选题至少需要 3 个选项') });
/** A case-based single-choice question: a short scenario, then options. */
const scenario = strict.object({
  ...base,
  type: z.literal('scenario'),
  scenario: text('情景描述 scenario'),
  options: z.array(option).min(2, '情景题至少需要 2 个选项'),
});
const trueFalse = strict.object({
  ...base,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: '判断题需要 answer: true 或 false' }),
  /** Why "正确" is right or wrong, and why "错误" is right or wrong. */
  feedback: strict.object({ true: text('feedback.true（选“正确”时的解析）'), false: text('feedback.false（选“错误”时的解析）') }),
});
const numeric = strict.object({
  ...base,
  type: z.literal('numeric'),
  answer: z.number({ error: '数值题需要 answer（数字）' }),
  tolerance: z.number({ error: '数值题必须给出 tolerance（允许误差，绝对值）' }).nonnegative('tolerance 不能为负'),
  unit: z.string({ error: '数值题需要 unit（单位，如 % 或 元；无单位写空字符串）' }),
  decimals: z.number().int().min(0).max(4).default(1),
});
const ordering = strict.object({
  ...base,
  type: z.literal('ordering'),
  /** Listed in the correct order; the quiz shuffles them. */
  items: z.array(strict.object({ id: localId, text: text('排序项 text') })).min(3, '排序题至少需要 3 项'),
});
const matching = strict.object({
  ...base,
  type: z.literal('matching'),
  /** Each left item and its right answer; the right-hand choices are the distinct `right` values. */
  pairs: z.array(strict.object({ id: localId, left: text('配对左项 left'), right: text('配对右项 right') })).min(2, '配对题至少需要 2 对'),
});

export const questionSchema = z
  .discriminatedUnion('type', [single, multiple, scenario, trueFalse, numeric, ordering, matching], {
    error: 'type 必须是 single、multiple、scenario、truefalse、numeric、ordering、matching 之一',
  })
  .superRefine((q, ctx) => {
    if (q.type === 'single' || q.type === 'scenario' || q.type === 'multiple') {
      const correct = q.options.filter((o) => o.correct).length;
      if (correct === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: `题目 ${q.id} 没有正确答案（至少一个选项需要 correct: true）` });
      if (q.type !== 'multiple' && correct > 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `题目 ${q.id} 是单选，只能有一个正确答案` });
      const dup = duplicates(q.options.map((o) => o.id));
      if (dup.length) ctx.addIssue({ code: 'custom', path: ['options'], message: `题目 ${q.id} 的选项 id 重复：${dup.join(', ')}` });
    }
    if (q.type === 'ordering') {
      const dup = duplicates(q.items.map((i) => i.id));
      if (dup.length) ctx.addIssue({ code: 'custom', path: ['items'], message: `题目 ${q.id} 的排序项 id 重复：${dup.join(', ')}` });
    }
    if (q.type === 'matching') {
      const dup = duplicates(q.pairs.map((p) => p.id));
      if (dup.length) ctx.addIssue({ code: 'custom', path: ['pairs'], message: `题目 ${q.id} 的配对 id 重复：${dup.join(', ')}` });
      if (new Set(q.pairs.map((p) => p.right)).size < 2) ctx.addIssue({ code: 'custom', path: ['pairs'], message: `题目 ${q.id} 的配对右项至少要有 2 种不同取值` });
    }
  });

/**
 * Which questions assess one learning objective of the module (issue 13: every objective is
 * assessed by at least one question). Entry n is the module's n-th objective (its frontmatter
 * `objectives`), and says so in `objective: n` so a reader of the quiz file can find it.
 */
const objectiveLink = strict.object({
  objective: z
    .number({ error: 'objective 必须是学习目标的序号（模块 objectives 中的第几条，从 1 开始）' })
    .int('objective 必须是整数序号')
    .positive('objective 从 1 开始'),
  questions: z.array(localId, { error: 'questions 必须是题目 id 的列表' }).min(1, '每条学习目标至少要有 1 道题来考查'),
});

export const quizSchema = strict
  .object({
    /**
     * The objective → question mapping, one entry per objective of the module, in its order.
     * That the number of entries matches the module is checked where both are known
     * (src/lib/quiz/objectives.ts, at build time and in test/content/objectives.test.ts).
     */
    objectives: z.array(objectiveLink, { error: '缺少 objectives（学习目标 → 题目的对照：每条学习目标由哪些题考查）' }).min(1, 'objectives 至少要有 1 项'),
    questions: z.array(questionSchema, { error: '缺少 questions（题目列表）' }).min(1, '测验至少需要 1 道题'),
  })
  .superRefine((quiz, ctx) => {
    const dup = duplicates(quiz.questions.map((q) => q.id));
    if (dup.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: `题目 id 重复：${dup.join(', ')}` });
    const ids = new Set(quiz.questions.map((q) => q.id));
    const assessed = new Set<string>();
    quiz.objectives.forEach((link, i) => {
      if (link.objective !== i + 1) {
        ctx.addIssue({ code: 'custom', path: ['objectives', i, 'objective'], message: `objectives 第 ${i + 1} 项应写 objective: ${i + 1}（按模块学习目标的顺序逐条列出），现在是 ${link.objective}` });
      }
      link.questions.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['objectives', i, 'questions', j], message: `学习目标 ${i + 1} 对应的题目“${id}”在本测验中不存在` });
        assessed.add(id);
      });
      const twice = duplicates(link.questions);
      if (twice.length) ctx.addIssue({ code: 'custom', path: ['objectives', i, 'questions'], message: `学习目标 ${i + 1} 重复列出了题目：${twice.join(', ')}` });
    });
    const unmapped = quiz.questions.filter((q) => !assessed.has(q.id)).map((q) => q.id);
    if (unmapped.length) {
      ctx.addIssue({ code: 'custom', path: ['objectives'], message: `这些题目没有对应任何学习目标：${unmapped.join(', ')}（每道题都应考查至少一条学习目标，请在 objectives 中列出）` });
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<typeof quizSchema>;

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}
