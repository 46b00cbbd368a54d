/**
 * The simulator scenario as URL parameters (`/simulator/?<scenario>`): sample, size, seed, model,
 * its parameters, tier shares or cut-offs, costs, success rates, budget, the value formula's
 * factor and scorecard weights — never uploaded data (nor its column names). Pure functions;
 * unknown or invalid parameters are ignored and reported, so an old or hand-edited link still
 * opens. Reported keys and values are echoed bounded (echo-text.ts), and at most ECHO_MAX_ITEMS
 * notices are listed, the rest counted.
 *
 * Parameters (defaults omitted when writing):
 *   sample=customers|employees|upload  size=1000|10000|100000  seed=<1–32 of A–Z a–z 0–9 _ ->
 *   model=logistic|tree|scorecard  lambda=<0–1000>  depth=<1–12>  leaf=<1–5000>
 *   tiers=rank|cutoff  shares=5,15,25,35,20  cutoffs=80,60,40,20
 *   cost=<5 amounts>  success=<5 percentages>  budget=<amount>
 *   factor=<replacement % of salary (employees) | CLV years (customers)>
 *   w.<signal id>=<weight 0–10>   (ids of src/lib/metrics/signals.ts; older ids are aliases)
 */
import { ECHO_MAX_ITEMS, echoText } from '../echo-text';
import { findSignal, RETIRED_SIGNAL_IDS, SIGNALS } from '../metrics/signals';
import { fieldError, type FieldError } from '../result';
import { readNumber } from '../validate';
import { boundMessage, SEED_PATTERN, withinBound, type BoundName } from './bounds';
import { DEFAULT_COSTS, DEFAULT_SUCCESS_RATES } from './interventions';
import { SAMPLE_SIZES, type Population, type SampleSize } from './samples';
import { AUDIENCE_OF } from './scorecard';
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
  /** 干预成功率（增量） per tier, in percent. */
  success: number[];
  /** Budget for budget mode (元), or null when off. */
  budget: number | null;
  /** Factor of the sample's value formula (% of salary, or CLV years), null = the course default. */
  factor: number | null;
  /** Scorecard weights by signal id, only those changed from the defaults. */
  weights: Record<string, number>;
}

export const SCENARIO_KEYS = ['sample', 'size', 'seed', 'model', 'lambda', 'depth', 'leaf', 'tiers', 'shares', 'cutoffs', 'cost', 'success', 'budget', 'factor'] as const;

export function defaultScenario(sample: SampleChoice = 'employees'): Scenario {
  const population: Population = sample === 'customers' ? 'customers' : 'employees';
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
    costs: [...DEFAULT_COSTS[population]],
    success: DEFAULT_SUCCESS_RATES.map((r) => Math.round(r * 1000) / 10),
    budget: null,
    factor: null,
    weights: {},
  };
}

/** The signal a `w.<id>` key names for a sample (aliases resolved), or null. */
export function signalFor(sample: SampleChoice, id: string): string | null {
  const audiences = sample === 'upload' ? (['employee', 'customer'] as const) : [AUDIENCE_OF[sample]];
  for (const a of audiences) {
    const s = findSignal(a, id);
    if (s !== undefined) return s.id;
  }
  return null;
}

function parseList(s: string, count: number): number[] | null {
  const parts = s.split(',');
  if (parts.length !== count) return null;
  const out = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  return out.every(Number.isFinite) ? out : null;
}

function parseBounded(s: string, bound: BoundName): number | null {
  const r = readNumber(s);
  if (r.kind !== 'number') return null;
  return withinBound(bound, r.value) ? r.value : null;
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
  if (s.factor !== null && s.sample !== 'upload') q.set('factor', String(s.factor));
  for (const id of Object.keys(s.weights).sort()) q.set(`w.${id}`, String(s.weights[id]));
  return q;
}

export interface ScenarioReading {
  scenario: Scenario;
  /** At most ECHO_MAX_ITEMS notices; `field` and message echo the URL text bounded. */
  notices: FieldError[];
  /** Further notices not listed. */
  omitted: number;
}

/**
 * URL parameters → scenario. Every unknown parameter and every invalid value is ignored (the
 * default is kept) and reported as a FieldError whose field is the (echoed) parameter name.
 */
export function scenarioFromParams(params: URLSearchParams): ScenarioReading {
  const notices: FieldError[] = [];
  let omitted = 0;
  const notice = (key: string, message: string) => {
    if (notices.length < ECHO_MAX_ITEMS) notices.push(fieldError(echoText(key), message));
    else omitted++;
  };
  const get = (k: string) => params.get(k);
  const rawSample = get('sample');
  let sample: SampleChoice = 'employees';
  if (rawSample !== null) {
    if (rawSample === 'customers' || rawSample === 'employees' || rawSample === 'upload') sample = rawSample;
    else notice('sample', `未知的样本“${echoText(rawSample)}”，已改用员工样本。`);
  }
  const s = defaultScenario(sample);
  const known = new Set<string>(SCENARIO_KEYS);
  for (const key of new Set(params.keys())) {
    if (known.has(key)) continue;
    if (key.startsWith('w.')) {
      const raw = key.slice(2);
      const id = signalFor(sample, raw);
      if (id === null) {
        const retired = RETIRED_SIGNAL_IDS.get(raw);
        if (retired !== undefined) notice(key, `“${retired}”是结构性因素，不在课程的预警信号清单里（逻辑回归和决策树会把它作为特征使用），这个权重已忽略。`);
        else if (sample !== 'upload' && SIGNALS[AUDIENCE_OF[sample] === 'employee' ? 'customer' : 'employee'].some((x) => x.id === raw || x.aliases.includes(raw))) {
          notice(key, `这是${sample === 'customers' ? '员工' : '客户'}的预警信号，当前样本用不到，已忽略。`);
        } else notice(key, '评分卡没有这个信号，已忽略。');
        continue;
      }
      const v = parseBounded(params.get(key) ?? '', 'weight');
      if (v === null) notice(key, `${boundMessage('weight')}，已忽略。`);
      else s.weights[id] = v;
      continue;
    }
    notice(key, '未知参数，已忽略。');
  }
  const raw = (k: string): string | null => get(k);
  const size = raw('size');
  if (size !== null) {
    const v = Number(size);
    if ((SAMPLE_SIZES as readonly number[]).includes(v)) s.size = v as SampleSize;
    else notice('size', '样本量只能是 1000、10000 或 100000，已忽略。');
  }
  const seed = raw('seed');
  if (seed !== null) {
    if (SEED_PATTERN.test(seed)) s.seed = seed;
    else notice('seed', '随机种子只能包含 1–32 个字母、数字、下划线或连字符，已忽略。');
  }
  const model = raw('model');
  if (model !== null) {
    if (model === 'logistic' || model === 'tree' || model === 'scorecard') s.model = model;
    else notice('model', `未知的模型“${echoText(model)}”，已忽略。`);
  }
  const num = (k: string, bound: BoundName, set: (v: number) => void) => {
    const r = raw(k);
    if (r === null) return;
    const v = parseBounded(r, bound);
    if (v === null) notice(k, `${boundMessage(bound)}，已忽略。`);
    else set(v);
  };
  num('lambda', 'lambda', (v) => (s.lambda = v));
  num('depth', 'depth', (v) => (s.depth = v));
  num('leaf', 'minLeaf', (v) => (s.minLeaf = v));
  num('budget', 'budget', (v) => (s.budget = v));
  num('factor', sample === 'customers' ? 'years' : 'replacementPercent', (v) => (s.factor = v));
  const tiers = raw('tiers');
  if (tiers !== null) {
    if (tiers === 'rank' || tiers === 'cutoff') s.tierMode = tiers;
    else notice('tiers', '分层方式只能是 rank（按排名占比）或 cutoff（按分数线），已忽略。');
  }
  const list = (k: string, count: number, check: (v: number[]) => boolean, msg: string, set: (v: number[]) => void) => {
    const r = raw(k);
    if (r === null) return;
    const v = parseList(r, count);
    if (v === null || !check(v)) notice(k, msg);
    else set(v);
  };
  list('shares', 5, (v) => validateShares(v).ok, '层级占比须为 5 个 0–100 的数且合计 100，已忽略。', (v) => (s.shares = v));
  list('cutoffs', 4, (v) => validateCutoffs(v).ok, '分数线须为 4 个 0–100 之间、从高到低递减的数，已忽略。', (v) => (s.cutoffs = v));
  list('cost', 5, (v) => v.every((c) => withinBound('cost', c)), '人均成本须为 5 个 0–10亿 元之间的金额，已忽略。', (v) => (s.costs = v));
  list('success', 5, (v) => v.every((c) => withinBound('success', c)), '干预成功率（增量）须为 5 个 0–100 的百分比，已忽略。', (v) => (s.success = v));
  return { scenario: s, notices, omitted };
}
