/**
 * Built-in sample populations, generated deterministically from a seed, with realistic
 * relationships between the warning signals and the label.
 *
 * Each person has a hidden disaffection z ~ N(0, 1). Every warning signal of the course's list
 * (src/lib/metrics/signals.ts: seven for employees, seven for customers) has a column that is a
 * noisy function of z, so the signals are correlated with each other as in real data; structural
 * drivers (pay vs market, months since promotion, manager 1:1s, contract end, tenure) are drawn
 * independently. The label is Bernoulli with logit = b0 + Σ effects + z, where b0 sets a base
 * rate of about 16–18%.
 *
 * Value per person: employees carry their annual salary (replacement cost = salary × 150 %, the
 * course's reference figure, is applied by the value rule); customers carry their annual gross
 * margin (a simple CLV = margin × expected years, also a value rule). The employee sample also
 * has two sensitive attributes (性别, 年龄段) that never enter a model; age is tied to tenure, so
 * the fairness check has something to show: a model can treat an age group differently without
 * ever seeing age.
 */
import { createRng, randomNormal, type Rng } from '../random';
import type { Column, Roles, SensitiveColumn, Table } from './dataset';

export type Population = 'customers' | 'employees';
export const SAMPLE_SIZES = [1000, 10000, 100000] as const;
export type SampleSize = (typeof SAMPLE_SIZES)[number];

export interface Sample {
  population: Population;
  table: Table;
  roles: Roles;
  /** Columns describing who a person is (never features), for the fairness check. */
  sensitive: SensitiveColumn[];
}

function sigmoid(t: number): number {
  return 1 / (1 + Math.exp(-t));
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Poisson deviate by Knuth's multiplication method (fine for the small means used here). */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let prod = rng();
  while (prod > limit) {
    k++;
    prod *= rng();
  }
  return k;
}

function bernoulli(rng: Rng, p: number): number {
  return rng() < p ? 1 : 0;
}

function num(name: string, label: string, values: Float64Array, kind: 'numeric' | 'boolean' = 'numeric'): Column {
  return { name, label, kind, values };
}

function pad(i: number): string {
  return String(i + 1).padStart(6, '0');
}

const SEGMENTS = ['大客户', '中型客户', '小型客户'];
const DEPARTMENTS = ['销售', '研发', '运营', '客服', '职能'];
const GENDERS = ['男', '女'];
const AGE_BANDS = ['29 岁及以下', '30–39 岁', '40–49 岁', '50 岁及以上'];
/** Gross margin as a share of revenue in the customer sample (示例). */
const MARGIN_SHARE = 0.25;

function customers(n: number, rng: Rng): Sample {
  const id: string[] = new Array<string>(n);
  const segment = new Int32Array(n);
  const tenure = new Float64Array(n);
  const spend = new Float64Array(n);
  const usage = new Float64Array(n);
  const interaction = new Float64Array(n);
  const complaints = new Float64Array(n);
  const price = new Float64Array(n);
  const competitor = new Float64Array(n);
  const contact = new Float64Array(n);
  const indifferent = new Float64Array(n);
  const contractEnd = new Float64Array(n);
  const margin = new Float64Array(n);
  const churn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    id[i] = `C${pad(i)}`;
    const u = rng();
    const seg = u < 0.1 ? 0 : u < 0.4 ? 1 : 2;
    segment[i] = seg;
    const z = randomNormal(rng);
    const t = Math.round(clamp(-Math.log(1 - rng()) * 30, 1, 120));
    tenure[i] = t;
    const baseSpend = seg === 0 ? 20000 : seg === 1 ? 5000 : 800;
    const s = Math.round(baseSpend * Math.exp(randomNormal(rng, 0, 0.5)));
    spend[i] = s;
    margin[i] = Math.round(s * 12 * MARGIN_SHARE);
    usage[i] = round1(-7 * z + randomNormal(rng, 0, 12));
    interaction[i] = round1(-6 * z + randomNormal(rng, 0, 14));
    complaints[i] = poisson(rng, Math.exp(-1 + 0.6 * z));
    price[i] = bernoulli(rng, sigmoid(-1.6 + 0.8 * z + (seg === 2 ? 0.6 : 0)));
    competitor[i] = bernoulli(rng, sigmoid(-2.2 + 0.9 * z));
    contact[i] = bernoulli(rng, seg === 0 ? 0.15 : 0.08);
    indifferent[i] = bernoulli(rng, sigmoid(-1.5 + 0.7 * z));
    const mte = Math.floor(rng() * 25);
    contractEnd[i] = mte;
    const logit =
      -2.6 +
      0.6 * z +
      0.4 * complaints[i]! -
      0.035 * usage[i]! -
      0.015 * interaction[i]! +
      0.5 * price[i]! +
      0.6 * competitor[i]! +
      0.9 * contact[i]! +
      0.3 * indifferent[i]! +
      (mte <= 3 ? 1.0 : 0) -
      0.012 * t +
      (seg === 0 ? -0.4 : seg === 2 ? 0.3 : 0);
    churn[i] = bernoulli(rng, sigmoid(logit));
  }
  const table: Table = {
    n,
    columns: [
      { name: 'customer_id', label: '客户编号', kind: 'id', values: id },
      { name: 'segment', label: '客户类型', kind: 'categorical', codes: segment, levels: SEGMENTS },
      num('tenure_months', '合作时长（月）', tenure),
      num('monthly_spend', '月消费（元）', spend),
      num('usage_trend', '使用量变化（%）', usage),
      num('interaction_change', '互动频次变化（%）', interaction),
      num('complaints_90d', '近 90 天投诉次数', complaints),
      num('price_sensitive', '价格敏感信号', price, 'boolean'),
      num('competitor_interest', '关注竞争对手', competitor, 'boolean'),
      num('contact_changed', '联系人/决策层变动', contact, 'boolean'),
      num('upgrade_indifferent', '对新功能/升级方案反应冷淡', indifferent, 'boolean'),
      num('months_to_contract_end', '距合同到期（月）', contractEnd),
      num('annual_margin', '年度毛利（元）', margin),
      num('churned', '是否流失', churn, 'boolean'),
    ],
  };
  return {
    population: 'customers',
    table,
    roles: {
      features: [
        'segment',
        'tenure_months',
        'monthly_spend',
        'usage_trend',
        'interaction_change',
        'complaints_90d',
        'price_sensitive',
        'competitor_interest',
        'contact_changed',
        'upgrade_indifferent',
        'months_to_contract_end',
      ],
      label: 'churned',
      value: 'annual_margin',
      id: 'customer_id',
    },
    sensitive: [],
  };
}

function employees(n: number, rng: Rng): Sample {
  const id: string[] = new Array<string>(n);
  const dept = new Int32Array(n);
  const tenure = new Float64Array(n);
  const pay = new Float64Array(n);
  const engagement = new Float64Array(n);
  const leave = new Float64Array(n);
  const attendance = new Float64Array(n);
  const performance = new Float64Array(n);
  const negative = new Float64Array(n);
  const longTerm = new Float64Array(n);
  const promo = new Float64Array(n);
  const oneOnOne = new Float64Array(n);
  const resume = new Float64Array(n);
  const salaryCol = new Float64Array(n);
  const gender = new Int32Array(n);
  const ageBand = new Int32Array(n);
  const left = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    id[i] = `E${pad(i)}`;
    const d = Math.floor(rng() * DEPARTMENTS.length);
    dept[i] = d;
    const z = randomNormal(rng);
    const t = round1(clamp(-Math.log(1 - rng()) * 4, 0.1, 30));
    tenure[i] = t;
    const pv = Math.round(clamp(randomNormal(rng, 100, 13), 60, 150));
    pay[i] = pv;
    engagement[i] = round1(clamp(3.6 - 0.6 * z + randomNormal(rng, 0, 0.5), 1, 5));
    leave[i] = round1(12 * z + randomNormal(rng, 0, 18));
    attendance[i] = round1(clamp(92 - 5 * z + randomNormal(rng, 0, 5), 40, 100));
    performance[i] = Math.round(clamp(3.2 - 0.35 * z + randomNormal(rng, 0, 0.8), 1, 5));
    negative[i] = poisson(rng, Math.exp(-0.9 + 0.6 * z));
    longTerm[i] = Math.min(6, poisson(rng, 2 * Math.exp(-0.35 * z)));
    const mp = Math.round(clamp(-Math.log(1 - rng()) * 18, 0, Math.max(0, t * 12)));
    promo[i] = mp;
    const oo = Math.min(8, poisson(rng, 2));
    oneOnOne[i] = oo;
    resume[i] = bernoulli(rng, sigmoid(-2.6 + 1.1 * z));
    const salary = (d === 1 ? 300000 : d === 0 ? 220000 : 160000) * (pv / 100) * Math.exp(randomNormal(rng, 0, 0.25));
    salaryCol[i] = Math.round(salary / 100) * 100;
    gender[i] = rng() < 0.5 ? 0 : 1;
    const age = clamp(23 + t + randomNormal(rng, 6, 6), 20, 62);
    ageBand[i] = age < 30 ? 0 : age < 40 ? 1 : age < 50 ? 2 : 3;
    const logit =
      -2.2 +
      1.0 * z -
      0.045 * (pv - 100) +
      0.03 * Math.min(mp, 48) -
      0.35 * oo +
      1.2 * resume[i]! +
      (t < 1 ? 0.7 : 0) -
      0.04 * Math.min(t, 15) +
      (d === 0 ? 0.3 : d === 3 ? 0.4 : 0);
    left[i] = bernoulli(rng, sigmoid(logit));
  }
  const table: Table = {
    n,
    columns: [
      { name: 'employee_id', label: '员工编号', kind: 'id', values: id },
      { name: 'department', label: '部门', kind: 'categorical', codes: dept, levels: DEPARTMENTS },
      num('tenure_years', '司龄（年）', tenure),
      num('pay_vs_market', '薪酬相对市场（%）', pay),
      num('engagement', '敬业度（1–5）', engagement),
      num('leave_trend', '请假变化（%）', leave),
      num('attendance', '会议与团队活动出勤率（%）', attendance),
      num('performance', '绩效（1–5）', performance),
      num('negative_incidents', '近 90 天消极表现次数', negative),
      num('long_term_projects', '参与中的长期项目数', longTerm),
      num('months_since_promotion', '距上次晋升（月）', promo),
      num('one_on_ones_per_month', '每月与上级一对一次数', oneOnOne),
      num('resume_updated', '更新简历/活跃于招聘网站', resume, 'boolean'),
      num('annual_salary', '年薪（元）', salaryCol),
      { name: 'gender', label: '性别', kind: 'categorical', codes: gender, levels: GENDERS },
      { name: 'age_band', label: '年龄段', kind: 'categorical', codes: ageBand, levels: AGE_BANDS },
      num('attrited', '是否离职', left, 'boolean'),
    ],
  };
  return {
    population: 'employees',
    table,
    roles: {
      features: [
        'department',
        'tenure_years',
        'pay_vs_market',
        'engagement',
        'leave_trend',
        'attendance',
        'performance',
        'negative_incidents',
        'long_term_projects',
        'months_since_promotion',
        'one_on_ones_per_month',
        'resume_updated',
      ],
      label: 'attrited',
      value: 'annual_salary',
      id: 'employee_id',
    },
    sensitive: [
      { column: 'gender', label: '性别', what: '性别' },
      { column: 'age_band', label: '年龄段', what: '年龄' },
    ],
  };
}

/** A sample population of n rows; the same (population, n, seed) always gives the same rows. */
export function generateSample(population: Population, n: number, seed: string | number): Sample {
  const size = Math.max(1, Math.min(200000, Math.floor(Number.isFinite(n) ? n : 1000)));
  const rng = createRng(`${population}:${seed}`);
  return population === 'customers' ? customers(size, rng) : employees(size, rng);
}
