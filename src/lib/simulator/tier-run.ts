/**
 * The tiering half of a run (everything that must *not* refit): tiers from the kept scores →
 * the scorecard's calibration (training rows) → the tier-dependent test figures → value per
 * person → tier economics and each row's net → budget choice → drivers per strategy → fairness
 * check → chart data. All O(n) over typed arrays (the rank order and the value order are
 * computed once per scored population), so a cost or share edit at 100,000 rows stays
 * interactive.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { chooseWithinBudget, valueOrder, type BudgetResult } from './budget';
import { applyTierRates, riskAsProbability, tierRates } from './calibrate';
import type { EncodedFeature, Roles } from './dataset';
import { driverView, type DriverView, type RowDrivers } from './drivers';
import { LISTED_PEOPLE } from './result-view';
import { rowNet, summariseTiers, tierTotals, type TierSummary, type TierTotals } from './economics';
import { evaluateTiers, type Evaluation } from './evaluate-run';
import type { GainsPoint, RocPoint } from './evaluate';
import { fairnessCheck, type FairnessView } from './fairness';
import type { FittedModel, TrainingSummary } from './fitted-model';
import type { ModelSummary } from './adapters';
import type { Inference } from './infer';
import { defaultPlans, validatePlans, type TierPlan } from './interventions';
import type { LoadedData } from './load';
import type { MalformedRow, TextEncodingName } from './csv';
import type { Population } from './samples';
import type { ScoredTarget, Stage, TrainedRun } from './fit-run';
import { assignTiers, DEFAULT_TIER_CONFIG, TIER_NAMES, validateTierConfig, type TierConfig } from './tiers';
import { sampleValueRule, suggestValueRule, valueVector, type ValueRule } from './value';
import { boundMessage, withinBound } from './bounds';

export interface TieringInput {
  tiers?: TierConfig;
  /** Intervention per tier; defaults per population (seed 001, module E2). */
  plans?: TierPlan[];
  /** Budget (元) for budget mode, or null/absent for none. */
  budget?: number | null;
  /** How the value per person is computed; defaults per data set (value.ts). */
  value?: ValueRule;
  /** Tiers whose people get a driver breakdown. Default [1, 2]. */
  atRiskTiers?: number[];
}

export interface DataSummary {
  source: 'sample' | 'csv' | 'table';
  name: string;
  population: Population | null;
  n: number;
  roles: Roles;
  /** What the model reads: encoded features, or the scorecard's signal columns. */
  features: EncodedFeature[];
  inference: Inference | null;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  malformed: MalformedRow[];
  /** Notes for the learner (sensitive columns, ignored columns, value choice, …). */
  notes: string[];
  labelled: number;
  churners: number;
  baseRate: number | null;
}

export interface RowResults {
  n: number;
  ids: string[];
  /** Risk score 0–100. */
  scores: Float64Array;
  /** Churn probability per row: the model's, or for the scorecard the tier's training churn rate. */
  probability: Float64Array;
  tiers: Uint8Array;
  isTest: Uint8Array;
  value: Float64Array;
  /** Expected net value of treating each person with their tier's intervention: sₜ·vᵢ − cₜ. */
  net: Float64Array;
  y: Uint8Array | null;
  labelled: Uint8Array | null;
}

export interface ChartData {
  tierDistribution: { tier: number; name: string; count: number; share: number }[];
  actualRateByTier: { tier: number; name: string; rate: number | null; testRate: number | null }[];
  gains: GainsPoint[];
  roc: RocPoint[];
}

export interface SimulationResult {
  /** Which population the tiers are for: the training file, or new data scored with its model. */
  target: 'training' | 'new';
  data: DataSummary;
  trainedOn: TrainingSummary;
  model: ModelSummary;
  /** The fitted model with the current tier settings (for the SQL and model-file exports). */
  fitted: FittedModel;
  /** File name of the model file the model was imported from (null: fitted in this page). */
  importedFrom: string | null;
  /** On the training file's test rows (also shown when scoring new data). */
  evaluation: Evaluation | null;
  tiers: {
    mode: 'rank' | 'cutoff';
    shares: number[] | null;
    cutoffs: number[] | null;
    counts: number[];
    summary: TierSummary[];
    totals: TierTotals;
    /** Success rates above a tier's expected churn. */
    warnings: string[];
  };
  value: { rule: ValueRule; description: string; missing: number };
  budget: BudgetResult | null;
  drivers: DriverView;
  fairness: FairnessView;
  charts: ChartData;
  rows: RowResults;
  /** Every row's strongest drivers (the export's 主要驱动因素 for the at-risk tiers). */
  rowDrivers: RowDrivers;
  plans: TierPlan[];
  timings: Partial<Record<Stage | 'tier', number>>;
}

/** The value rule a data set starts with: the sample's, or one suggested from an upload's columns. */
export function defaultValueRule(loaded: LoadedData): ValueRule {
  if (loaded.source === 'sample' && loaded.population !== null) return sampleValueRule(loaded.population);
  const columns = loaded.inference?.columns ?? loaded.table.columns.map((c) => ({ name: c.name, kind: c.kind }));
  return suggestValueRule(columns, [loaded.roles.label, loaded.roles.id]);
}

/** Value per row under a rule, cached per scored population (recomputed only when the rule changes). */
const valueCache = new WeakMap<ScoredTarget, { key: string; value: Float64Array; order: Int32Array; description: string; missing: number }>();

function valueOf(target: ScoredTarget, rule: ValueRule): Result<{ value: Float64Array; order: Int32Array; description: string; missing: number }> {
  const key = JSON.stringify(rule);
  const hit = valueCache.get(target);
  if (hit !== undefined && hit.key === key) return ok(hit);
  const label = rule.kind === 'column' ? target.loaded.labels.get(rule.column) : undefined;
  const v = valueVector(target.loaded.table, rule, label);
  if (!v.ok) return v;
  const entry = { key, value: v.value.value, order: valueOrder(v.value.value), description: v.value.description, missing: v.value.missing };
  valueCache.set(target, entry);
  return ok(entry);
}

function featuresOf(model: FittedModel): EncodedFeature[] {
  if (model.kind !== 'scorecard') return model.encoder.features;
  return model.scorecard.signals.map((s) => ({ name: s.column, label: s.label, column: s.column, kind: 'numeric' as const }));
}

/** Tier a scored population (the training rows, or new data) under the learner's tier settings. */
export function tierRun(trained: TrainedRun, target: ScoredTarget, input: TieringInput, options: { now?: () => number } = {}): Result<SimulationResult> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const errors: FieldError[] = [];
  const tierConfig = validateTierConfig(input.tiers ?? DEFAULT_TIER_CONFIG);
  if (!tierConfig.ok) errors.push(...tierConfig.errors);
  const population = target.loaded.population ?? trained.model.population;
  const plans = validatePlans(input.plans ?? defaultPlans(population ?? 'customers'));
  if (!plans.ok) errors.push(...plans.errors);
  const budgetAmount = input.budget ?? null;
  if (budgetAmount !== null && !withinBound('budget', budgetAmount)) errors.push(fieldError('budget', `${boundMessage('budget')}。`));
  if (!tierConfig.ok || !plans.ok || errors.length > 0) return fail(errors);
  const tiersCfg = tierConfig.value;
  const rule = input.value ?? defaultValueRule(target.loaded);
  const value = valueOf(target, rule);
  if (!value.ok) return value;

  // Tiers of the training rows: the scorecard's calibration and the test figures need them.
  const training = trained.training;
  const trainTiered = assignTiers(training.scores, tiersCfg, training.order);
  const y = training.y;
  const split = trained.split;
  // The scorecard's calibration: learnt on the training rows, or (an imported model, whose
  // training rows are not here) the one its model file carries.
  const calibration =
    trained.model.kind !== 'scorecard' ? null : y !== null && split !== null ? tierRates(trainTiered.tiers, y, split.train) : trained.model.scorecard.calibration;
  const probabilityOf = (t: ScoredTarget, tiers: Uint8Array): Float64Array =>
    t.probability ?? (calibration !== null ? applyTierRates(tiers, calibration) : riskAsProbability(t.scores));
  const trainProbability = probabilityOf(training, trainTiered.tiers);
  const tiered = target === training ? trainTiered : assignTiers(target.scores, tiersCfg, target.order);
  const tiers = tiered.tiers;
  const probability = target === training ? trainProbability : probabilityOf(target, tiers);

  let evaluation: Evaluation | null = null;
  if (trained.scoreEvaluation !== null && y !== null && split !== null) {
    evaluation = { ...trained.scoreEvaluation, ...evaluateTiers(trained.rule, trainTiered.tiers, trainProbability, y, split.test) };
  }

  const isTarget = target.kind === 'training';
  const summary = summariseTiers({
    tiers,
    scores: target.scores,
    probability,
    value: value.value.value,
    y: isTarget ? target.y : null,
    labelled: isTarget ? target.labelled : null,
    isTest: isTarget ? target.isTest : null,
    plans: plans.value,
  });
  const net = rowNet(tiers, value.value.value, plans.value);
  let budget: BudgetResult | null = null;
  if (budgetAmount !== null) {
    const b = chooseWithinBudget(budgetAmount, tiers, value.value.value, plans.value, value.value.order);
    if (!b.ok) return b;
    budget = b.value;
  }
  const atRisk = input.atRiskTiers ?? [1, 2];
  const drivers = driverView(target.drivers, tiers, atRisk, target.order, LISTED_PEOPLE);
  let selected: Uint8Array;
  if (budget !== null) selected = budget.selected;
  else {
    selected = new Uint8Array(tiers.length);
    for (let i = 0; i < tiers.length; i++) selected[i] = (tiers[i] as number) <= 2 ? 1 : 0;
  }
  const fairness = fairnessCheck(
    target.sensitive,
    tiers,
    selected,
    budget !== null ? '在预算模式中被选中干预的人' : '被分到极高、高两层（一对一定制干预）的人',
  );

  const fitted: FittedModel =
    trained.model.kind === 'scorecard'
      ? { ...trained.model, tiers: tiersCfg, scorecard: { ...trained.model.scorecard, calibration }, testMetrics: evaluation !== null ? { auc: evaluation.auc, topTierLift: evaluation.topTierLift } : trained.model.testMetrics }
      : { ...trained.model, tiers: tiersCfg, testMetrics: evaluation !== null ? { auc: evaluation.auc, topTierLift: evaluation.topTierLift } : trained.model.testMetrics };

  const loaded = target.loaded;
  const labelledCount = isTarget ? trained.labelledCount : 0;
  const churners = isTarget ? trained.churners : 0;
  const notes = value.value.missing > 0 ? [...loaded.notes, `价值列有 ${value.value.missing} 行为空或为负，这些人的价值按 0 计。`] : [...loaded.notes];
  const n = loaded.table.n;
  return ok({
    target: target.kind,
    data: {
      source: loaded.source,
      name: loaded.name,
      population,
      n,
      roles: loaded.roles,
      features: featuresOf(trained.model),
      inference: loaded.inference,
      encoding: loaded.encoding,
      delimiter: loaded.delimiter,
      malformed: loaded.malformed,
      notes,
      labelled: labelledCount,
      churners,
      baseRate: labelledCount > 0 ? churners / labelledCount : null,
    },
    trainedOn: trained.model.trainedOn,
    model: trained.summary,
    fitted,
    importedFrom: trained.importedFrom,
    evaluation,
    tiers: {
      mode: tiersCfg.mode,
      shares: tiersCfg.mode === 'rank' ? [...tiersCfg.shares] : null,
      cutoffs: tiersCfg.mode === 'cutoff' ? [...tiersCfg.cutoffs] : null,
      counts: tiered.counts,
      summary,
      totals: tierTotals(summary),
      warnings: summary.flatMap((t) => (t.rateWarning === null ? [] : [t.rateWarning])),
    },
    value: { rule, description: value.value.description, missing: value.value.missing },
    budget,
    drivers,
    fairness,
    charts: {
      tierDistribution: summary.map((t) => ({ tier: t.tier, name: t.name, count: t.count, share: t.share })),
      actualRateByTier: summary.map((t) => ({ tier: t.tier, name: t.name, rate: t.actualRate, testRate: t.testRate })),
      gains: isTarget ? (evaluation?.gains ?? []) : [],
      roc: isTarget ? (evaluation?.roc ?? []) : [],
    },
    rows: {
      n,
      ids: loaded.ids,
      scores: target.scores,
      probability,
      tiers,
      isTest: (isTarget ? target.isTest : null) ?? new Uint8Array(n),
      value: value.value.value,
      net,
      y: isTarget ? target.y : null,
      labelled: isTarget ? target.labelled : null,
    },
    rowDrivers: target.drivers,
    plans: plans.value,
    timings: { ...trained.timings, tier: now() - t0 },
  });
}

export { TIER_NAMES };
