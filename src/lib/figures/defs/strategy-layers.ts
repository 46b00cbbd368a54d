/**
 * Module 员工保留策略 (#strategy-map): the retention strategies in three layers, laid on the same
 * journey as the causes (module 员工流失成因): recruitment and onboarding for the way in, in-role
 * retention for growth and reward, the organisation and key talent under everything.
 * Concept (seed 001).
 */
import { box, textBlock } from '../draw';
import { chevron } from '../shapes';
import type { FigureSpec, Mark } from '../types';

const ID = 'strategy-layers';

export function strategyLayers(): FigureSpec {
  const w = 200;
  const stages = ['入职前', '入职初期', '在职发展'];
  const paints = ['s4', 's3', 's2'] as const;
  const marks: Mark[] = stages.flatMap((s, i) => chevron(20 + i * w, 16, w - 4, 40, [s], paints[i]!, { first: i === 0, size: 'm' }));
  marks.push(
    ...box(20, 70, 2 * w - 8, 118, [], { paint: 's1' }),
    ...textBlock(20 + w - 4, 92, ['招聘与融入：把人“领进门”'], { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    ...textBlock(20 + w - 4, 144, ['精准招聘与如实的岗位介绍', '“守护人”导师、结构化融入计划', '第 1 周、第 1 个月、第 3 个月检查点'], { anchor: 'middle', size: 's' }),
    ...box(20 + 2 * w, 70, w - 4, 118, [], { paint: 's1' }),
    ...textBlock(20 + 2.5 * w - 2, 92, ['在职保留：值得留'], { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    ...textBlock(20 + 2.5 * w - 2, 144, ['工作丰富化、轮岗、双通道', '年度薪酬对标，关键人才 P75', '明确绩效与晋升标准'], { anchor: 'middle', size: 's' }),
    ...box(20, 200, 3 * w - 4, 74, [], { paint: 's5' }),
    ...textBlock(318, 220, ['组织与关键人才：贯穿各阶段'], { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    ...textBlock(318, 252, ['积极的组织文化 · 一线管理者赋能 · 关键人才库与继任计划'], { anchor: 'middle', size: 's' }),
  );
  return {
    id: ID,
    title: '保留策略的三个层次',
    caption: '策略和成因放在同一条员工经历上：哪个阶段的流失最集中，就先做那一层的策略；组织文化、管理者和关键人才的工作贯穿始终。',
    kind: 'concept',
    summary: '员工经历分为入职前、入职初期和在职发展三段。前两段对应“招聘与融入”：精准招聘与如实的岗位介绍、守护人导师和结构化融入计划、三个入职检查点；在职发展对应“在职保留”：工作丰富化、轮岗和双通道，薪酬对标，明确的绩效与晋升标准；下方一层“组织与关键人才”贯穿各阶段：积极的组织文化、一线管理者赋能、关键人才库与继任计划。',
    width: 640,
    height: 286,
    marks,
    data: {
      kind: 'table',
      head: ['层次', '解决的问题', '主要策略'],
      rows: [
        ['招聘与融入', '“进门”阶段：人岗不匹配、岗位被包装、社会化不足', '精准招聘、真实工作预览、守护人、结构化融入计划、入职检查点'],
        ['在职保留', '成长和回报：岗位单调、薪酬落后、晋升路径不清', '工作丰富化与轮岗、双通道、薪酬对标（关键人才 P75）、明确绩效与晋升'],
        ['组织与关键人才', '环境和重点人群：文化、沟通、直接上级、关键人才', '积极的组织文化、一线管理者赋能、关键人才库与继任'],
      ],
    },
  };
}
