/**
 * Facilitator guides (src/content/guides/<slug>.yaml): the schema's own rules on bad examples,
 * the module-level rules of guideModuleProblems on bad examples, then every guide file against
 * its module's source. Every failure names the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guideModuleProblems, guideSchema, type Guide } from '../../src/schemas/guide';
import { ASCII_NEXT_TO_HAN, readModule } from './module-source';

const ROOT = join(import.meta.dirname, '..', '..');
const GUIDES = join(ROOT, 'src/content/guides');
const MODULES = join(ROOT, 'src/content/modules');
const CASES = join(ROOT, 'src/content/cases');

const guideFiles = existsSync(GUIDES) ? readdirSync(GUIDES).filter((f) => f.endsWith('.yaml')).sort() : [];
const moduleSlugs = readdirSync(MODULES).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
const caseIds = new Set(readdirSync(CASES).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')));

/** A small valid guide for a 30-minute module with sections a, b, c. */
const valid = () => ({
  module: 'demo',
  blocks: [
    { id: 'open', title: '开场', minutes: 5, sections: [] },
    { id: 'teach', title: '讲解', minutes: 15, sections: ['a', 'b'] },
    { id: 'case', title: '案例', minutes: 10, sections: ['c'], activity: 'case-talk' },
  ],
  materials: ['投影仪'],
  activities: [
    { id: 'case-talk', kind: '案例分析', title: '读案例', minutes: 10, groupSize: { min: 3, max: 5 }, instructions: ['读', '议'], case: 'saas-monthly-churn-report' },
    { id: 'extra', kind: '角色扮演', title: '加练', minutes: 15, groupSize: { min: 2, max: 3 }, optional: true, instructions: ['演'] },
  ],
  discussion: [{ question: '为什么？', goodAnswer: ['因为'], section: 'a' }],
  misconceptions: [{ belief: '甲', correction: '乙' }],
  followUp: ['课前水平调研：问卷', '课后复习：重做测验'],
});
const demoModule = { minutes: 30, sections: ['a', 'b', 'c'] };

/** "path: message" lines, the way Astro reports a bad data file. */
function schemaProblems(data: unknown): string[] {
  const r = guideSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function modified(edit: (g: ReturnType<typeof valid>) => void): ReturnType<typeof valid> {
  const g = valid();
  edit(g);
  return g;
}

const parsed = (g: unknown): Guide => guideSchema.parse(g);

describe('guide schema', () => {
  it('accepts a complete guide, and optional defaults to false', () => {
    expect(schemaProblems(valid())).toEqual([]);
    expect(parsed(valid()).activities[0]!.optional).toBe(false);
  });

  it('rejects unknown keys at every level', () => {
    expect(schemaProblems({ ...valid(), notes: 'x' }).join('\n')).toMatch(/notes|Unrecognized/);
    expect(schemaProblems(modified((g) => ((g.blocks[0] as Record<string, unknown>).duration = 5)))).toEqual([expect.stringMatching(/^blocks\.0/)]);
    expect(schemaProblems(modified((g) => ((g.activities[0]!.groupSize as Record<string, unknown>).ideal = 4)))).toEqual([expect.stringMatching(/^activities\.0\.groupSize/)]);
    expect(schemaProblems(modified((g) => ((g.discussion[0] as Record<string, unknown>).answer = 'x')))).toEqual([expect.stringMatching(/^discussion\.0/)]);
  });

  it('names the field of a missing or malformed value', () => {
    expect(schemaProblems(modified((g) => delete (g as Partial<typeof g>).followUp))).toEqual([expect.stringMatching(/^followUp: 缺少 followUp/)]);
    expect(schemaProblems(modified((g) => (g.blocks[1]!.minutes = 7.5)))).toEqual([expect.stringMatching(/^blocks\.1\.minutes: .*整数/)]);
    expect(schemaProblems(modified((g) => (g.blocks[1]!.minutes = 0)))).toEqual([expect.stringMatching(/^blocks\.1\.minutes: .*大于 0/)]);
    expect(schemaProblems(modified((g) => ((g.activities[0] as { kind: string }).kind = '讲座')))).toEqual([expect.stringMatching(/^activities\.0\.kind: kind 必须是/)]);
    expect(schemaProblems(modified((g) => (g.blocks[1]!.sections = ['Bad Id'])))).toEqual([expect.stringMatching(/^blocks\.1\.sections\.0/)]);
    expect(schemaProblems(modified((g) => (g.discussion[0]!.goodAnswer = [])))).toEqual([expect.stringMatching(/^discussion\.0\.goodAnswer/)]);
    expect(schemaProblems(modified((g) => (g.misconceptions = [])))).toEqual([expect.stringMatching(/^misconceptions/)]);
    expect(schemaProblems(modified((g) => (g.materials = ['  '])))).toEqual([expect.stringMatching(/^materials\.0: 材料 不能为空/)]);
  });

  it('rejects a block whose activity does not exist or does not fit its minutes', () => {
    expect(schemaProblems(modified((g) => (g.blocks[2]!.activity = 'nope'))).join('\n')).toContain('blocks.2.activity: 环节 case 的 activity “nope” 不在 activities 中');
    expect(schemaProblems(modified((g) => (g.activities[0]!.minutes = 12)))).toEqual([expect.stringContaining('blocks.2.minutes: 环节 case 只有 10 分钟，放不下 12 分钟的活动 case-talk')]);
  });

  it('uses every non-optional activity in exactly one block, and no optional one', () => {
    expect(schemaProblems(modified((g) => delete (g.blocks[2] as { activity?: string }).activity))).toEqual([expect.stringContaining('必选活动 case-talk 没有被任何环节使用')]);
    expect(schemaProblems(modified((g) => (g.blocks[1]!.activity = 'case-talk')))).toEqual([expect.stringContaining('必选活动 case-talk 被多个环节使用：teach、case')]);
    expect(schemaProblems(modified((g) => (g.blocks[1]!.activity = 'extra'))).join('\n')).toContain('可选活动 extra 不应放进环节');
  });

  it('rejects duplicate ids and a section in two blocks', () => {
    expect(schemaProblems(modified((g) => (g.blocks[1]!.id = 'open')))).toEqual(['blocks: blocks 的 id 重复：open']);
    expect(schemaProblems(modified((g) => (g.activities[1]!.id = 'case-talk'))).join('\n')).toContain('activities 的 id 重复：case-talk');
    expect(schemaProblems(modified((g) => (g.blocks[2]!.sections = ['b', 'c'])))).toEqual(['blocks.2.sections: 小节 b 同时出现在环节 teach 和 case 中']);
  });

  it('keeps group sizes sane: min ≤ max, at most 12, a discussion of three or more', () => {
    expect(schemaProblems(modified((g) => (g.activities[0]!.groupSize = { min: 6, max: 4 })))).toEqual(['activities.0.groupSize.max: groupSize.min 不能大于 groupSize.max']);
    expect(schemaProblems(modified((g) => (g.activities[0]!.groupSize = { min: 3, max: 20 })))).toEqual([expect.stringMatching(/^activities\.0\.groupSize\.max: .*不应超过 12/)]);
    expect(schemaProblems(modified((g) => (g.activities[0]!.groupSize = { min: 0, max: 4 })))).toEqual([
      expect.stringMatching(/^activities\.0\.groupSize\.min: .*至少为 1/),
      'activities.0.groupSize.min: 案例分析每组至少 2 人（活动 case-talk）',
    ]);
    expect(schemaProblems(modified((g) => Object.assign(g.activities[0]!, { kind: '小组讨论', groupSize: { min: 2, max: 4 } })))).toEqual([
      'activities.0.groupSize.min: 小组讨论每组至少 3 人（活动 case-talk）',
    ]);
    expect(schemaProblems(modified((g) => Object.assign(g.activities[0]!, { kind: '练习', groupSize: { min: 1, max: 1 } })))).toEqual([]);
  });
});

describe('guide against its module', () => {
  const ctx = { file: 'demo', module: demoModule, caseIds };

  it('accepts a guide that fits its module', () => {
    expect(guideModuleProblems(parsed(valid()), ctx)).toEqual([]);
  });

  it('requires block minutes to add up to the module minutes', () => {
    expect(guideModuleProblems(parsed(modified((g) => (g.blocks[0]!.minutes = 6))), ctx)).toEqual(['blocks: 各环节 minutes 合计 31 分钟，应等于模块的 minutes（30 分钟）']);
    expect(guideModuleProblems(parsed(valid()), { ...ctx, module: { ...demoModule, minutes: 45 } })).toEqual([expect.stringContaining('合计 30 分钟')]);
  });

  it('requires H2 ids of the module, in module order', () => {
    expect(guideModuleProblems(parsed(modified((g) => (g.blocks[1]!.sections = ['a', 'x']))), ctx)).toEqual(['blocks[1].sections: “x” 不是模块 demo 的二级标题 id']);
    expect(guideModuleProblems(parsed(modified((g) => (g.blocks[1]!.sections = ['b', 'a']))), ctx)).toEqual([expect.stringContaining('blocks[1].sections: 小节 a 在模块中位于环节 teach 的小节之前')]);
    const swapped = modified((g) => {
      g.blocks[1]!.sections = ['c'];
      g.blocks[2]!.sections = ['a', 'b'];
    });
    expect(guideModuleProblems(parsed(swapped), ctx)).toEqual([expect.stringContaining('blocks[2].sections: 小节 a 在模块中位于环节 teach 的小节之前')]);
    expect(guideModuleProblems(parsed(modified((g) => (g.discussion[0]!.section = 'zz'))), ctx)).toEqual(['discussion[0].section: “zz” 不是模块 demo 的二级标题 id']);
  });

  it('requires the file name to be an existing module slug, and cases to exist', () => {
    expect(guideModuleProblems(parsed(valid()), { ...ctx, file: 'other' })).toEqual([expect.stringContaining('与文件名 other.yaml 不一致')]);
    expect(guideModuleProblems(parsed(valid()), { ...ctx, module: undefined })).toEqual([expect.stringContaining('模块 “demo” 不存在')]);
    expect(guideModuleProblems(parsed(modified((g) => (g.activities[0]!.case = 'no-such-case'))), ctx)).toEqual([expect.stringContaining('activities[0].case: 案例 “no-such-case” 不存在')]);
  });
});

describe.each(guideFiles)('guide %s', (file) => {
  const slug = file.replace(/\.yaml$/, '');
  const name = `src/content/guides/${file}`;
  const modulePath = join(MODULES, `${slug}.mdx`);
  const source = existsSync(modulePath) ? readModule(modulePath) : undefined;
  const text = readFileSync(join(GUIDES, file), 'utf8');

  it('passes the schema and fits its module', () => {
    const r = guideSchema.safeParse(parse(text));
    if (!r.success) {
      expect(r.error.issues.map((i) => `${name}: ${i.path.join('.')}: ${i.message}`)).toEqual([]);
      return;
    }
    const module = source && source.minutes !== undefined ? { minutes: source.minutes, sections: source.sections.map((s) => s.id) } : undefined;
    expect(guideModuleProblems(r.data, { file: slug, module, caseIds }).map((p) => `${name}: ${p}`)).toEqual([]);
  });

  it('covers every H2 section of its module, runs its cases, and plans 课前水平调研 and 课后复习', () => {
    const guide = guideSchema.safeParse(parse(text));
    if (!guide.success || !source) return; // reported above
    const g = guide.data;
    const problems: string[] = [];
    const covered = new Set(g.blocks.flatMap((b) => b.sections));
    for (const s of source.sections) if (!covered.has(s.id)) problems.push(`${name}: 小节 #${s.id} 不在任何环节中`);
    const embedded = new Set(source.body.flatMap((l) => [...l.text.matchAll(/<Case\s+id="([^"]+)"/g)].map((m) => m[1]!)));
    for (const a of g.activities) {
      if (a.case !== undefined && !embedded.has(a.case)) problems.push(`${name}: 活动 ${a.id} 的案例 ${a.case} 没有嵌入模块 ${slug}`);
    }
    for (const id of embedded) if (!g.activities.some((a) => a.case === id)) problems.push(`${name}: 模块的案例 ${id} 没有对应的活动`);
    const kinds = new Set(g.activities.filter((a) => !a.optional).map((a) => a.kind));
    if (!['小组讨论', '角色扮演', '案例分析'].some((k) => kinds.has(k as never))) problems.push(`${name}: 至少需要一个必选的小组讨论、角色扮演或案例分析`);
    if (!g.followUp.some((f) => f.startsWith('课前水平调研'))) problems.push(`${name}: followUp 缺少以“课前水平调研”开头的一项`);
    if (!g.followUp.some((f) => f.startsWith('课后复习'))) problems.push(`${name}: followUp 缺少以“课后复习”开头的一项`);
    expect(problems).toEqual([]);
  });

  it('uses full-width punctuation in Chinese text', () => {
    const problems = text
      .split('\n')
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => ASCII_NEXT_TO_HAN.test(line.replace(/^(\s*-?\s*)[a-zA-Z]+:\s/, '$1')))
      .map(({ line, n }) => `${name}:${n}: 半角标点紧挨汉字：${line.trim()}`);
    expect(problems).toEqual([]);
  });
});

it('every module has a facilitator guide', () => {
  const have = new Set(guideFiles.map((f) => f.replace(/\.yaml$/, '')));
  expect(moduleSlugs.filter((s) => !have.has(s)).map((s) => `src/content/guides/${s}.yaml: 缺少模块 ${s} 的讲师指南`)).toEqual([]);
});

