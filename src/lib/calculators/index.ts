/**
 * The registry of calculators. Ids appear in URLs (/tools/<id>/) and never change.
 * A new calculator is one declaration here, one island in src/components/calculators/, one
 * line in src/components/calculator/Calculator.astro, and its tests.
 */
import type { CalculatorSpec } from './types';
import { retention } from './retention';
import { churn } from './churn';
import { period } from './period';
import { cohort } from './cohort';
import { nps } from './nps';
import { csat } from './csat';
import { clv } from './clv';
import { replacementCost } from './replacement-cost';
import { churnCost } from './churn-cost';
import { payGap } from './pay-gap';
import { renewal } from './renewal';
import { loyaltyRoi } from './loyalty-roi';
import { interventionRoi } from './intervention-roi';
import { signalScore } from './signal-score';
import { pareto } from './pareto';
import { servqual } from './servqual';
import { onboarding } from './onboarding';

/** Every calculator id the course promises (URLs /tools/<id>/). */
export const CALCULATOR_IDS = [
  'retention',
  'churn',
  'period',
  'cohort',
  'nps',
  'csat',
  'clv',
  'replacement-cost',
  'churn-cost',
  'pay-gap',
  'renewal',
  'loyalty-roi',
  'intervention-roi',
  'signal-score',
  'pareto',
  'servqual',
  'onboarding',
] as const;

export type CalculatorId = (typeof CALCULATOR_IDS)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const calculators: readonly CalculatorSpec<any>[] = [
  retention,
  churn,
  period,
  cohort,
  nps,
  csat,
  clv,
  replacementCost,
  churnCost,
  payGap,
  renewal,
  loyaltyRoi,
  interventionRoi,
  signalScore,
  pareto,
  servqual,
  onboarding,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function getCalculator(id: string): CalculatorSpec<any> | undefined {
  return calculators.find((c) => c.id === id);
}

export function isPlannedId(id: string): id is CalculatorId {
  return (CALCULATOR_IDS as readonly string[]).includes(id);
}
