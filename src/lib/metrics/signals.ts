/**
 * The early-warning signals of employee and customer churn, as one list each. The calculator,
 * the simulator and the course text all read these lists; ids are stable ASCII (they appear in
 * URLs) and never change, labels are what learners read.
 *
 * Source: seed 001 (关键流失早期预警信号: 员工流失预警信号 / 客户流失预警信号), seven signals
 * each, in the seed's order. The seed gives no weights: the defaults (1–3) are the course's
 * editable starting point — 3 for signals the seed singles out as the clearest (engagement and
 * interaction dropping, usage dropping, job hunting, interest in competitors), 1 for the
 * softest.
 */

export type SignalAudience = 'employee' | 'customer';

export interface Signal {
  /** Stable ASCII id (lowercase, hyphens). */
  id: string;
  /** 简体中文 label, as shown on the checklist. */
  label: string;
  /** Default weight (≥ 0); the checklist may let people edit it. */
  weight: number;
}

export const EMPLOYEE_SIGNALS: readonly Signal[] = [
  { id: 'engagement-drop', label: '工作参与度突然下降', weight: 3 },
  { id: 'leave-increase', label: '请假频率异常增加', weight: 2 },
  { id: 'attendance-drop', label: '会议和团队活动出勤率下降', weight: 2 },
  { id: 'quality-decline', label: '工作质量或效率明显下滑', weight: 2 },
  { id: 'negative-mood', label: '情绪波动或消极表现增多', weight: 1 },
  { id: 'job-search', label: '在社交网络更新简历或增加行业联系', weight: 3 },
  { id: 'long-term-withdrawal', label: '对长期项目的参与度降低', weight: 2 },
];

export const CUSTOMER_SIGNALS: readonly Signal[] = [
  { id: 'interaction-drop', label: '互动频次明显减少', weight: 3 },
  { id: 'complaints-rise', label: '投诉次数或严重程度上升', weight: 2 },
  { id: 'usage-drop', label: '产品/服务使用量下降', weight: 3 },
  { id: 'price-sensitivity', label: '对价格的敏感度突然增加', weight: 2 },
  { id: 'competitor-interest', label: '对竞争对手表现出明显兴趣', weight: 3 },
  { id: 'contact-change', label: '决策层或联系人变动', weight: 2 },
  { id: 'upgrade-indifference', label: '对新功能或升级方案反应冷淡', weight: 1 },
];

export const SIGNALS: Readonly<Record<SignalAudience, readonly Signal[]>> = {
  employee: EMPLOYEE_SIGNALS,
  customer: CUSTOMER_SIGNALS,
};

export const SIGNAL_AUDIENCE_LABELS: Readonly<Record<SignalAudience, string>> = {
  employee: '员工',
  customer: '客户',
};
