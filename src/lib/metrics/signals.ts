/**
 * The early-warning signals of employee and customer churn: the course's one list. The module
 * text (流失早期预警信号, its two signal tables and the weight example), the signal-score
 * calculator and the simulator's scorecard all read it; a test compares the module's tables with
 * this file.
 *
 * Each signal has a stable ASCII id (it appears in URLs: `/tools/signal-score/?engagement-drop=1`,
 * `/simulator/?w.engagement-drop=4`), the Chinese name learners read, the course's default weight
 * and its audience. `aliases` are ids an earlier release of the simulator used for the same
 * signal (`w.engagement=4`); they keep old links working.
 *
 * Source: seed 001 (关键流失早期预警信号: 员工流失预警信号 / 客户流失预警信号), seven signals
 * each, in the seed's order. The seed gives no weights: the defaults (1–3) are the course's
 * editable starting point — 3 for signals the seed singles out as the clearest (engagement and
 * interaction dropping, usage dropping, job hunting, interest in competitors), 1 for the
 * softest.
 */

export type SignalAudience = 'employee' | 'customer';

/** One checklist item: what the signal-score metric needs. */
export interface Signal {
  /** Stable ASCII id (lowercase, hyphens). */
  id: string;
  /** 简体中文 label, as shown on the checklist and in the module's tables. */
  label: string;
  /** Default weight (≥ 0); the checklist may let people edit it. */
  weight: number;
}

/** A signal of the course's list: a checklist item with its audience and older URL ids. */
export interface CourseSignal extends Signal {
  audience: SignalAudience;
  /** Older ids of the same signal, still accepted in URLs. */
  aliases: readonly string[];
}

export const EMPLOYEE_SIGNALS: readonly CourseSignal[] = [
  { id: 'engagement-drop', label: '工作参与度突然下降', weight: 3, audience: 'employee', aliases: ['engagement'] },
  { id: 'leave-increase', label: '请假频率异常增加', weight: 2, audience: 'employee', aliases: ['leave'] },
  { id: 'attendance-drop', label: '会议和团队活动出勤率下降', weight: 2, audience: 'employee', aliases: ['attendance'] },
  { id: 'quality-decline', label: '工作质量或效率明显下滑', weight: 2, audience: 'employee', aliases: ['performance'] },
  { id: 'negative-mood', label: '情绪波动或消极表现增多', weight: 1, audience: 'employee', aliases: [] },
  { id: 'job-search', label: '更新简历或增加行业联系', weight: 3, audience: 'employee', aliases: ['resume'] },
  { id: 'long-term-withdrawal', label: '对长期项目参与度降低', weight: 2, audience: 'employee', aliases: [] },
];

export const CUSTOMER_SIGNALS: readonly CourseSignal[] = [
  { id: 'interaction-drop', label: '互动频次明显减少', weight: 3, audience: 'customer', aliases: ['interaction'] },
  { id: 'complaints-rise', label: '投诉次数或严重程度上升', weight: 2, audience: 'customer', aliases: ['complaints'] },
  { id: 'usage-drop', label: '产品或服务使用量下降', weight: 3, audience: 'customer', aliases: ['usage'] },
  { id: 'price-sensitivity', label: '对价格的敏感度突然增加', weight: 2, audience: 'customer', aliases: ['price'] },
  { id: 'competitor-interest', label: '对竞争对手表现出明显兴趣', weight: 3, audience: 'customer', aliases: ['competitor'] },
  { id: 'contact-change', label: '决策层或联系人变动', weight: 2, audience: 'customer', aliases: ['contact'] },
  { id: 'upgrade-indifference', label: '对新功能或升级方案反应冷淡', weight: 1, audience: 'customer', aliases: [] },
];

export const SIGNALS: Readonly<Record<SignalAudience, readonly CourseSignal[]>> = {
  employee: EMPLOYEE_SIGNALS,
  customer: CUSTOMER_SIGNALS,
};

export const SIGNAL_AUDIENCE_LABELS: Readonly<Record<SignalAudience, string>> = {
  employee: '员工',
  customer: '客户',
};

/** The signal of an audience with this id or alias (exact, case-sensitive), if any. */
export function findSignal(audience: SignalAudience, idOrAlias: string): CourseSignal | undefined {
  return SIGNALS[audience].find((s) => s.id === idOrAlias || s.aliases.includes(idOrAlias));
}

/**
 * Ids an earlier simulator scorecard used for factors that are not warning signals of the
 * course's list (they are structural causes, which the learned models use as features). A link
 * that still carries one opens normally and says why the weight is ignored.
 */
export const RETIRED_SIGNAL_IDS: ReadonlyMap<string, string> = new Map([
  ['pay', '薪酬低于市场'],
  ['promotion', '长期未晋升'],
  ['one-on-one', '缺少与上级的一对一沟通'],
  ['contract', '合同临近到期'],
]);
