/**
 * The six tracks of the course, in course order. The slug is the URL (`/tracks/<slug>/`)
 * and never changes; see ../shared/CURRICULUM.md.
 */
export const TRACKS = [
  { slug: 'basics', letter: 'A', title: '基础', summary: '留存与流失的定义、计算方法，以及流失给组织带来的代价。' },
  { slug: 'employee-churn', letter: 'B', title: '员工流失', summary: '员工流失的类型与阶段、成因，以及有针对性的保留策略。' },
  { slug: 'customer-churn', letter: 'C', title: '客户流失', summary: '客户流失的模式与成因、原因分析方法、早期预警信号与留存策略。' },
  { slug: 'measurement-theory', letter: 'D', title: '测量与理论', summary: '用 NPS、CSAT、CLV 衡量忠诚度，以及支撑留存工作的理论框架。' },
  { slug: 'data-driven', letter: 'E', title: '数据驱动', summary: '用数据预测流失风险，按风险分层并分级干预。' },
  { slug: 'training-delivery', letter: 'F', title: '培训实施', summary: '如何在组织内设计、实施并评估留存培训。' },
] as const;

export type Track = (typeof TRACKS)[number];
export type TrackSlug = Track['slug'];

export const TRACK_SLUGS = TRACKS.map((t) => t.slug) as unknown as readonly [TrackSlug, ...TrackSlug[]];

/** Position of a track in course order (0-based); -1 for an unknown slug. */
export function trackIndex(slug: string): number {
  return TRACKS.findIndex((t) => t.slug === slug);
}

export function trackBySlug(slug: string): Track | undefined {
  return TRACKS.find((t) => t.slug === slug);
}
