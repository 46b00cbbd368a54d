/**
 * Pareto analysis of churn reasons (帕累托分析): which few reasons explain most of the churn.
 */
import type { Result } from '../result';
import { createChecks } from '../validate';

export interface ParetoReason {
  /** 流失原因, e.g. "价格". */
  label: string;
  /** How many leavers gave this reason. */
  count: number;
}

export interface ParetoInput {
  reasons: readonly ParetoReason[];
  /** Cumulative share that defines the "vital few"; default 0.8 (80 %). */
  threshold?: number;
}

export interface ParetoRow {
  label: string;
  count: number;
  /** count / total. */
  share: number;
  /** Running sum of shares, largest reason first. */
  cumulative: number;
  /** Among the vital few. */
  vital: boolean;
}

export interface ParetoValue {
  total: number;
  /** Largest first; ties keep their input order. */
  rows: ParetoRow[];
  /** Labels of the fewest top reasons whose cumulative share reaches the threshold. */
  vitalFew: string[];
  /** Cumulative share of the vital few. */
  vitalShare: number;
  threshold: number;
  /** Reasons given by at least one leaver. */
  reasonsWithCount: number;
  /**
   * Whether there is a vital few worth the name: reaching the threshold takes at most 60 % of
   * the reasons given (4 of 7 in the module's example). With seven equal reasons six are needed
   * to reach 80 %: the distribution is too even for an 80/20 reading.
   */
  concentrated: boolean;
}

/** Most reasons, as a share of the reasons given, that may still be called a vital few. */
export const VITAL_FEW_MAX_SHARE = 0.6;

export type ParetoField = 'reasons' | 'threshold' | `reasons.${number}.${'label' | 'count'}`;

/**
 * 占比 = 该原因次数 / 总次数; 累计占比 = 按次数从大到小排序后的累计和;
 * 关键少数 = 累计占比首次达到 80 % 为止的那几个原因.
 * When that takes more than 60 % of the reasons given, there is no clear vital few (see
 * `concentrated`): fixing “the top six of seven” is not a priority list.
 *
 * The 80/20 rule: a few reasons usually account for most churn, so fixing them first gives the
 * largest effect. The vital few are the shortest run of top reasons reaching the threshold.
 * Source: Juran's Pareto principle (quality management); seed 003 (客户流失原因分析) and
 * seed 001 (流失成因分析方法) for the use.
 */
export function pareto(input: ParetoInput): Result<ParetoValue, ParetoField> {
  const c = createChecks<ParetoField>({ reasons: '流失原因', threshold: '关键少数的累计占比' });
  const reasons = Array.isArray(input.reasons) ? input.reasons : [];
  const threshold = input.threshold ?? 0.8;
  c.rule(reasons.length > 0, 'reasons', '至少需要一个流失原因');
  c.fraction('threshold', threshold, { min: 0, minExclusive: true });
  const seen = new Set<string>();
  reasons.forEach((r, i) => {
    const label = typeof r.label === 'string' ? r.label.trim() : '';
    const name = label === '' ? `第 ${i + 1} 个原因` : `原因“${label}”`;
    if (c.rule(label !== '', `reasons.${i}.label`, `第 ${i + 1} 个原因的名称为必填项`)) {
      c.rule(!seen.has(label), `reasons.${i}.label`, `原因“${label}”重复`);
      seen.add(label);
    }
    c.count(c.labelAs(`reasons.${i}.count`, `${name}的次数`), r.count);
  });
  if (c.errors.length === 0) {
    c.rule(reasons.reduce((a, r) => a + r.count, 0) > 0, 'reasons', '流失原因的次数之和必须大于 0');
  }
  return c.result(() => {
    const total = reasons.reduce((a, r) => a + r.count, 0);
    const sorted = reasons
      .map((r, i) => ({ label: r.label.trim(), count: r.count, i }))
      .sort((a, b) => b.count - a.count || a.i - b.i);
    let running = 0;
    let vitalCount = 0;
    const rows: ParetoRow[] = sorted.map((r, k) => {
      running += r.count;
      // A reason is vital while the reasons before it have not yet reached the threshold; the
      // small tolerance makes exactly 80 % count as reached despite binary rounding.
      const before = running - r.count;
      const vital = k === 0 || before < total * (threshold - 1e-9);
      if (vital) vitalCount = k + 1;
      return { label: r.label, count: r.count, share: r.count / total, cumulative: running / total, vital };
    });
    const vitalRows = rows.slice(0, vitalCount);
    const reasonsWithCount = rows.filter((r) => r.count > 0).length;
    return {
      total,
      rows,
      vitalFew: vitalRows.map((r) => r.label),
      vitalShare: vitalRows.reduce((a, r) => a + r.count, 0) / total,
      threshold,
      reasonsWithCount,
      concentrated: reasonsWithCount === 1 || vitalCount <= VITAL_FEW_MAX_SHARE * reasonsWithCount + 1e-9,
    };
  });
}
