import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/schemas/module';

const valid = {
  title: '留存与流失：定义与计算',
  description: '学会区分留存率与流失率，并正确计算它们。',
  track: 'basics',
  order: 1,
  minutes: 35,
  objectives: ['说出留存率的定义', '计算客户留存率'],
  takeaways: ['新增客户不计入留存', '流失率以期初数为分母', '月度换算年度要复合'],
  prerequisites: [],
  updated: '2026-11-23',
};

/** Parse and return "path: message" lines, the way Astro reports a bad frontmatter. */
function problems(data: unknown): string[] {
  const r = moduleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('module frontmatter schema', () => {
  it('accepts a complete module and coerces the date', () => {
    const r = moduleSchema.safeParse(valid);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.updated.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  it('accepts a cross-listing to another track, and defaults it to none', () => {
    const r = moduleSchema.safeParse({ ...valid, alsoRecommendedIn: ['employee-churn'] });
    expect(r.success && r.data.alsoRecommendedIn).toEqual(['employee-churn']);
    const plain = moduleSchema.safeParse(valid);
    expect(plain.success && plain.data.alsoRecommendedIn).toEqual([]);
  });

  it('defaults prerequisites to an empty list', () => {
    const { prerequisites: _omit, ...rest } = valid;
    const r = moduleSchema.safeParse(rest);
    expect(r.success && r.data.prerequisites).toEqual([]);
  });

  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['missing title', { title: undefined }, /^title: 缺少 title/],
    ['short description', { description: '太短' }, /^description: .*10/],
    ['unknown track', { track: 'sales' }, /^track: track 必须是以下之一：basics/],
    ['fractional order', { order: 1.5 }, /^order: order 必须是整数/],
    ['non-numeric minutes', { minutes: '三十' }, /^minutes: minutes 必须是数字/],
    ['minutes too large', { minutes: 600 }, /^minutes: minutes 不应超过 240/],
    ['one objective', { objectives: ['只有一条目标'] }, /^objectives: objectives 至少需要 2 条/],
    ['objectives not a list', { objectives: '目标' }, /^objectives: objectives 必须是学习目标列表/],
    ['two takeaways', { takeaways: ['要点一二三', '要点四五六'] }, /^takeaways: takeaways.*至少需要 3 条/],
    ['bad prerequisite slug', { prerequisites: ['Retention Basics'] }, /^prerequisites\.0: 模块 slug/],
    ['bad date', { updated: 'yesterday' }, /^updated: updated 必须是日期/],
    ['a cross-listing to an unknown track', { alsoRecommendedIn: ['sales'] }, /^alsoRecommendedIn\.0: alsoRecommendedIn 的每一项必须是以下之一/],
    ['a cross-listing to its own track', { alsoRecommendedIn: ['basics'] }, /^alsoRecommendedIn: alsoRecommendedIn 不能包含模块自己所在的路径/],
  ];

  for (const [name, patch, expected] of cases) {
    it(`rejects ${name} with a message naming the field`, () => {
      const found = problems({ ...valid, ...patch });
      expect(found.some((p) => expected.test(p)), found.join('\n')).toBe(true);
    });
  }
});
