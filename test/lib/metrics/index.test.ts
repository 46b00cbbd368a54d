import { describe, expect, it } from 'vitest';
import * as metrics from '../../../src/lib/metrics';

describe('metrics index', () => {
  it('exports every metric function from one place', () => {
    for (const name of [
      'customerRetentionRate',
      'employeeRetentionRate',
      'churnRate',
      'convertChurnRate',
      'monthlyToAnnual',
      'annualToMonthly',
      'cohortRetention',
      'expectedLifetime',
      'npsFromCounts',
      'npsFromScores',
      'csatFromCounts',
      'csatFromScores',
      'customerLifetimeValue',
      'replacementCost',
      'replacementCostBreakdown',
      'churnCost',
      'payGap',
      'renewalWindow',
      'renewalSchedule',
      'loyaltyRoi',
      'interventionRoi',
      'signalScore',
      'riskTier',
      'pareto',
      'servqualGap',
      'addMonths',
    ]) {
      expect(typeof (metrics as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(metrics.EMPLOYEE_SIGNALS.length).toBeGreaterThan(0);
  });
});
