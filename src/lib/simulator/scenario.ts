/**
 * The simulator scenario as URL parameters (`/simulator/?<scenario>`): sample, size, seed, model,
 * its parameters, tier shares or cut-offs, costs, success rates, budget and scorecard weights —
 * never uploaded data. Pure functions; unknown or invalid parameters are ignored and reported,
 * so an old or hand-edited link still opens.
 *
 * Parameters (defaults omitted when writing):
 *   sample=customers|employees|upload  size=1000|10000|100000  seed=<1–32 of A–Z a–z 0–9 _ ->
 *   model=logistic|tree|scorecard  lambda=<0–1000>  depth=<1–12>  leaf=<1–5000>
 *   tiers=rank|cutoff  shares=5,15,25,35,20  cutoffs=80,60,40,20
 *   cost=<5 amounts>  success=<5 percentages>  budget=<amount>  w.<signal id>=<weight 0–10>
 */
import { fieldError, type FieldError } from '../result';
import { defaultPlans, DEFAULT_SUCCESS_RATE } from './interventions';
import { SAMPLE_SIZES, type Population, type SampleSize } from './samples';
import { CUSTOMER_SIGNALS, EMPLOYEE_SIGNALS } from './scorecard';
import { DEFAULT_CUTOFFS, DEFAULT_TIER_SHARES, validateCutoffs, validateShares } from './tiers';

export type SampleChoice = Population | 'upload';
export type ModelKind = 'logistic' | 'tree' | 'scorecard';
export type TierMode = 'rank' | 'cutoff';

export interface Scenario {
  sample: SampleChoice;
  size: SampleSize;
  seed: string;
  model: ModelKind;
  /** L2 penalty of the logistic regression. */
  lambda: number;
  /** Tree depth and minimum leaf size. */
  depth: number;
  minLeaf: number;
  tierMode: TierMode;
  /** Tier shares in percent, tier 1 (极高) first; sum 100. */
  shares: number[];
  /** Score cut-offs (0–100), strictly decreasing. */
  cutoffs: number[];
  /** Cost per head per tier (元). */
  costs: number[];
  /** Success rate per tier, in percent. */
  success: number[];
  /** Budget for budget mode (元), or null when off. */
  budget: number | null;
  /** Scorecard weights by signal id, only those changed from the defaults. */
  weights: Record<string, number>;
}

export const SCENARIO_KEYS = ['sample', 'size', 'seed', 'model', 'lambda', 'depth', 'leaf', 'tiers', 'shares', 'cutoffs', 'cost', 'success', 'budget'] as const;

export function defaultScenario(sample: SampleChoice = 'employees'): Scenario {
  const plans = defaultPlans(sample === 'customers' ? 'customers' : 'employees');
  return {
    sample,
    size: 1000,
    seed: '1',
    model: 'logistic',
    lambda: 1,
    depth: 5,
    minLeaf: 10,
    tierMode: 'rank',
    shares: [...DEFAULT_TIER_SHARES],
    cutoffs: [...DEFAULT_CUTOFFS],
    costs: plans.map((p) => p.costPerHead),
    success: plans.map(() => DEFAULT_SUCCESS_RATE * 100),
    budget: null,
    weights: {},
  };
}

function signalIds(sample: SampleChoice): Set<string> {
  const list = sample === 'customers' ? CUSTOMER_SIGNALS : sample === 'employees' ? EMPLOYEE_SIGNALS : [];
  return new Set(list.map((s) => s.id));
}

function parseList(s: string, count: number): number[] | null {
  const parts = s.split(',');
  if (parts.length !== count) return null;
  const out = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  return out.every(Number.isFinite) ? out : null;
}

function parseNum(s: string, min: number, max: number, integer = false): number | null {
  if (s.trim() === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v) || v < min || v > max) return null;
  if (integer && !Number.isInteger(v)) return null;
  return v;
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => Math.abs(v - (b[i] as number)) < 1e-9);
}

/** Scenario → URL parameters (defaults omitted, so links stay short). */
export function scenarioToParams(s: Scenario): URLSearchParams {
  const d = defaultScenario(s.sample);
  const q = new URLSearchParams();
  q.set('sample', s.sample);
  if (s.sample !== 'upload' && s.size !== d.size) q.set('size', String(s.size));
  if (s.sample !== 'upload' && s.seed !== d.seed) q.set('seed', s.seed);
  if (s.model !== d.model) q.set('model', s.model);
  if (s.lambda !== d.lambda) q.set('lambda', String(s.lambda));
  if (s.depth !== d.depth) q.set('depth', String(s.depth));
  if (s.minLeaf !== d.minLeaf) q.set('leaf', String(s.minLeaf));
  if (s.tierMode !== d.tierMode) q.set('tiers', s.tierMode);
  if (!same(s.shares, d.shares)) q.set('shares', s.shares.join(','));
  if (!same(s.cutoffs, d.cutoffs)) q.set('cutoffs', s.cutoffs.join(','));
  if (!same(s.costs, d.costs)) q.set('cost', s.costs.join(','));
  if (!same(s.success, d.success)) q.set('success', s.success.join(','));
  if (s.budget !== null) q.set('budget', String(s.budget));
  for (const id of Object.keys(s.weights).sort()) q.set(`w.${id}`, String(s.weights[id]));
  return q;
}

/**
 * URL parameters → scenario. Every unknown parameter and every invalid value is ignored (the
 * default is kept) and reported as a FieldError whose field is the parameter name.
 */
export function scenarioFromParams(params: URLSearchParams): { scenario: Scenario; notices: FieldError[] } {
  const notices: FieldError[] = [];
  const get = (k: string) => params.get(k);
  const rawSample = get('sample');
  let sample: SampleChoice = 'employees';
  if (rawSample !== null) {
    if (rawSample === 'customers' || rawSample === 'employees' || rawSample === 'upload') sample = rawSample;
    else notices.push(fieldError('sample', `未知的样本“${rawSample}”,已改用员工样本。`));
  }
  const s = defaultScenario(sample);
  const known = new Set<string>(SCENARIO_KEYS);
  const ids = signalIds(sample);
  for (const key of new Set(params.keys())) {
    if (known.has(key)) continue;
    if (key.startsWith('w.')) {
      const id = key.slice(2);
      if (!ids.has(id)) {
        notices.push(fieldError(key, `评分卡没有“${id}”这个信号,已忽略。`));
        continue;
      }
      const v = parseNum(params.get(key) ?? '', 0, 10);
      if (v === null) notices.push(fieldError(key, '信号权重须为 0–10 之间的数,已忽略。'));
      else s.weights[id] = v;
      continue;
    }
    notices.push(fieldError(key, `未知参数“${key}”,已忽略。`));
  }
  const raw = (k: string): string | null => get(k);
  const size = raw('size');
  if (size !== null) {
    const v = Number(size);
    if ((SAMPLE_SIZES as readonly number[]).includes(v)) s.size = v as SampleSize;
    else notices.push(fieldError('size', '样本量只能是 1000、10000 或 100000,已忽略。'));
  }
  const seed = raw('seed');
  if (seed !== null) {
    if (/^[A-Za-z0-9_-]{1,32}$/.test(seed)) s.seed = seed;
    else notices.push(fieldError('seed', '随机种子只能包含 1–32 个字母、数字、下划线或连字符,已忽略。'));
  }
  const model = raw('model');
  if (model !== null) {
    if (model === 'logistic' || model === 'tree' || model === 'scorecard') s.model = model;
    else notices.push(fieldError('model', `未知的模型“${model}”,已忽略。`));
  }
  const num = (k: string, min: number, max: number, integer: boolean, msg: string, set: (v: number) => void) => {
    const r = raw(k);
    if (r === null) return;
    const v = parseNum(r, min, max, integer);
    if (v === null) notices.push(fieldError(k, msg));
    else set(v);
  };
  num('lambda', 0, 1000, false, '正则化强度 λ 须在 0–1000 之间,已忽略。', (v) => (s.lambda = v));
  num('depth', 1, 12, true, '树深度须为 1–12 的整数,已忽略。', (v) => (s.depth = v));
  num('leaf', 1, 5000, true, '最小叶子样本数须为 1–5000 的整数,已忽略。', (v) => (s.minLeaf = v));
  num('budget', 0, 1e12, false, '预算须为不小于 0 的金额,已忽略。', (v) => (s.budget = v));
  const tiers = raw('tiers');
  if (tiers !== null) {
    if (tiers === 'rank' || tiers === 'cutoff') s.tierMode = tiers;
    else notices.push(fieldError('tiers', '分层方式只能是 rank(按排名占比)或 cutoff(按分数线),已忽略。'));
  }
  const list = (k: string, count: number, check: (v: number[]) => boolean, msg: string, set: (v: number[]) => void) => {
    const r = raw(k);
    if (r === null) return;
    const v = parseList(r, count);
    if (v === null || !check(v)) notices.push(fieldError(k, msg));
    else set(v);
  };
  list('shares', 5, (v) => validateShares(v).ok, '层级占比须为 5 个 0–100 的数且合计 100,已忽略。', (v) => (s.shares = v));
  list('cutoffs', 4, (v) => validateCutoffs(v).ok, '分数线须为 4 个 0–100 之间、从高到低递减的数,已忽略。', (v) => (s.cutoffs = v));
  list('cost', 5, (v) => v.every((c) => c >= 0 && c <= 1e9), '人均成本须为 5 个不小于 0 的金额,已忽略。', (v) => (s.costs = v));
  list('success', 5, (v) => v.every((c) => c >= 0 && c <= 100), '成功率须为 5 个 0–100 的百分比,已忽略。', (v) => (s.success = v));
  return { scenario: s, notices };
}
