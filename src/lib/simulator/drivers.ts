/**
 * Driver view: for each at-risk person, the columns that push their risk up most, and the
 * retention strategy each belongs to (seed 001: 基于模型输出的策略制定 — 服务敏感型 / 价格敏感型 /
 * 功能驱动型 customers; 薪酬、成长、管理、文化与负荷 for employees), with the course's actions.
 *
 * Contributions per person and column:
 * - logistic regression: βⱼ · (xᵢⱼ − meanⱼ) / sdⱼ, summed over a column's encoded features
 *   (the person's log-odds above an average person, per column);
 * - decision tree: along the person's path, each split adds rate(child) − rate(parent) to the
 *   split's column (Saabas' path attribution);
 * - scorecard: each signal's weighted points.
 * Only positive contributions (raising risk) are drivers. They are computed for every row once
 * per fit (`precomputeDrivers`), so re-tiering only counts them (`driverView`).
 */
import type { EncodedFeature } from './dataset';
import type { LogisticModel } from './logistic';
import type { ScorecardSignal } from './scorecard';
import { nodeRate, type TreeModel } from './tree';

export interface StrategyGroup {
  id: string;
  name: string;
  actions: string[];
}

export const STRATEGY_GROUPS: readonly StrategyGroup[] = [
  { id: 'service', name: '服务敏感', actions: ['提升响应速度，增加主动沟通频率', '升级投诉响应机制，快速解决问题、转危为机'] },
  { id: 'price', name: '价格敏感', actions: ['提供阶梯式定价或长期合约折扣', '续约前用数据展示投入产出，避免单纯降价'] },
  { id: 'feature', name: '功能驱动', actions: ['提前分享产品路线图，邀请参与 beta 测试', '针对使用量下降提供使用培训与成功案例'] },
  { id: 'renewal', name: '续约与关系', actions: ['合同到期前 3–6 个月启动续约沟通', '决策层或联系人变动时，尽快与新决策人建立关系'] },
  { id: 'pay', name: '薪酬', actions: ['至少每年做一次薪酬市场对标，关键人才定位在市场 75 分位以上', '设计项目奖、季度绩效奖等灵活激励和长期激励'] },
  { id: 'growth', name: '成长', actions: ['公开晋升标准，建立专业与管理双通道', '制定个人发展计划，安排轮岗或项目制工作'] },
  { id: 'management', name: '管理', actions: ['直属上级定期一对一沟通与持续反馈', '培训管理者识别离职信号、掌握挽留谈话技巧'] },
  { id: 'engagement', name: '投入与负荷', actions: ['工作丰富化，赋予更多自主权', '关注工作与生活平衡，提供灵活工作安排'] },
  { id: 'intent', name: '离职意向', actions: ['危机干预：尽快进行挽留面谈，了解真实原因', '针对核心人才制定特别支持计划'] },
  { id: 'other', name: '其他', actions: ['通过一对一沟通了解具体原因，再选择对应策略'] },
];

/** Column-name patterns for uploaded data, checked in order. */
const GROUP_PATTERNS: [string, RegExp][] = [
  ['intent', /resume|linkedin|job.?search|简历|求职/i],
  ['management', /manager|one.?on.?one|1:1|supervis|relationship|上级|经理|一对一/i],
  ['pay', /salary|income|pay|wage|compens|hike|stock|bonus|薪|工资|收入|奖金|股票/i],
  ['growth', /promot|training|career|joblevel|level|role|perform|晋升|培训|职级|发展|绩效/i],
  ['engagement', /engag|satisf|involve|overtime|balance|travel|distance|leave|absen|attend|敬业|满意|加班|平衡|出差|通勤|请假|出勤/i],
  ['service', /complain|support|ticket|service|interaction|投诉|服务|工单|互动|客服/i],
  ['price', /price|discount|spend|charge|fee|competitor|价格|折扣|费用|消费|竞争/i],
  ['feature', /usage|login|feature|product|使用|功能|登录|活跃/i],
  ['renewal', /contract|renew|contact|合同|续约|到期|联系人/i],
];

/** Strategy group for a column name (uploads), 'other' if none matches. */
export function groupForColumn(column: string): string {
  for (const [id, re] of GROUP_PATTERNS) if (re.test(column)) return id;
  return 'other';
}

export interface Driver {
  column: string;
  label: string;
  /** Contribution to risk (log-odds, probability points or score points, by model). */
  contribution: number;
  group: string;
}

export interface PersonDrivers {
  row: number;
  tier: number;
  /** Up to three strongest risk-raising drivers, strongest first. */
  top: Driver[];
  /** Strategy of the strongest driver ('other' when none raises risk). */
  group: string;
}

export interface GroupCount extends StrategyGroup {
  /** At-risk people whose strongest driver is in this group. */
  count: number;
  /** Driver columns (labels) of this group seen among the at-risk people. */
  columns: string[];
}

export interface DriverView {
  /** Tiers treated as at risk (1 = 极高, 2 = 高). */
  tiers: number[];
  /** The riskiest at-risk people with their drivers (all of them unless a list length is given). */
  people: PersonDrivers[];
  groups: GroupCount[];
  /** People in the at-risk tiers. */
  count: number;
}

/** How contributions per column are computed for a given row. */
export interface ContributionSource {
  /** Source column names and their readable labels, in order. */
  columns: { name: string; label: string; group: string }[];
  /** Fill `out` (length = columns.length) with row i's contributions. */
  contributions: (i: number, out: Float64Array) => void;
}

function columnIndex(features: readonly EncodedFeature[], columns: ContributionSource['columns']): Int32Array {
  const idx = new Map(columns.map((c, k) => [c.name, k]));
  return Int32Array.from(features.map((f) => idx.get(f.column) ?? -1));
}

export function logisticContributions(model: LogisticModel, x: Float64Array, p: number, features: readonly EncodedFeature[], columns: ContributionSource['columns']): ContributionSource {
  const map = columnIndex(features, columns);
  return {
    columns,
    contributions: (i, out) => {
      out.fill(0);
      for (let j = 0; j < p; j++) {
        const k = map[j] as number;
        if (k < 0) continue;
        out[k] = (out[k] as number) + (model.coefficients[j] as number) * (((x[i * p + j] as number) - (model.mean[j] as number)) / (model.sd[j] as number));
      }
    },
  };
}

export function treeContributions(model: TreeModel, x: Float64Array, p: number, features: readonly EncodedFeature[], columns: ContributionSource['columns']): ContributionSource {
  const map = columnIndex(features, columns);
  return {
    columns,
    contributions: (i, out) => {
      out.fill(0);
      let node = 0;
      while ((model.feature[node] as number) >= 0) {
        const f = model.feature[node] as number;
        const next = (x[i * p + f] as number) <= (model.threshold[node] as number) ? (model.left[node] as number) : (model.right[node] as number);
        const k = map[f] as number;
        if (k >= 0) out[k] = (out[k] as number) + nodeRate(model, next) - nodeRate(model, node);
        node = next;
      }
    },
  };
}

export function scorecardContributions(contributions: Float64Array, signals: readonly ScorecardSignal[], labels: (column: string) => string): ContributionSource {
  const k = signals.length;
  return {
    columns: signals.map((s) => ({ name: s.column, label: s.label || labels(s.column), group: s.group })),
    contributions: (i, out) => {
      for (let c = 0; c < k; c++) out[c] = contributions[i * k + c] as number;
    },
  };
}

/** Per row, its strongest risk-raising drivers: computed once per fit, read at every re-tiering. */
export interface RowDrivers {
  n: number;
  /** Drivers kept per row. */
  k: number;
  /** Distinct driver columns (signals on one column merged). */
  columns: { name: string; label: string; group: string }[];
  /** n × k indices into `columns`, strongest first; −1 when a row has fewer drivers. */
  index: Int16Array;
  /** n × k contributions matching `index`. */
  value: Float32Array;
}

/** Contributions of every row, reduced to its top-k positive drivers. */
export function precomputeDrivers(source: ContributionSource, n: number, topK = 3): RowDrivers {
  const keyIndex = new Map<string, number>();
  const columns: RowDrivers['columns'] = [];
  const map = source.columns.map((c) => {
    const key = `${c.name}|${c.label}`;
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = columns.length;
      keyIndex.set(key, k);
      columns.push({ ...c });
    }
    return k;
  });
  const m = columns.length;
  const buf = new Float64Array(source.columns.length);
  const merged = new Float64Array(m);
  const index = new Int16Array(n * topK).fill(-1);
  const value = new Float32Array(n * topK);
  for (let i = 0; i < n; i++) {
    source.contributions(i, buf);
    merged.fill(0);
    for (let c = 0; c < buf.length; c++) merged[map[c] as number] = (merged[map[c] as number] as number) + (buf[c] as number);
    // Keep the topK largest positive contributions; ties by column name for a stable order.
    for (let c = 0; c < m; c++) {
      const raw = merged[c] as number;
      if (!(raw > 1e-12)) continue;
      const v = Math.fround(raw);
      let pos = topK;
      while (pos > 0) {
        const j = index[i * topK + pos - 1] as number;
        if (j >= 0) {
          const w = value[i * topK + pos - 1] as number;
          if (w > v || (w === v && (columns[j] as { name: string }).name.localeCompare((columns[c] as { name: string }).name) <= 0)) break;
        }
        pos--;
      }
      if (pos >= topK) continue;
      for (let q = topK - 1; q > pos; q--) {
        index[i * topK + q] = index[i * topK + q - 1] as number;
        value[i * topK + q] = value[i * topK + q - 1] as number;
      }
      index[i * topK + pos] = c;
      value[i * topK + pos] = v;
    }
  }
  return { n, k: topK, columns, index, value };
}

/** The top drivers of one row. */
export function driversOf(d: RowDrivers, i: number): Driver[] {
  const out: Driver[] = [];
  for (let q = 0; q < d.k; q++) {
    const j = d.index[i * d.k + q] as number;
    if (j < 0) break;
    const c = d.columns[j] as { name: string; label: string; group: string };
    out.push({ column: c.name, label: c.label, contribution: d.value[i * d.k + q] as number, group: c.group });
  }
  return out;
}

/**
 * The people of the at-risk tiers by strategy: how many have their strongest driver in each group
 * (only groups that hold at least one person: no empty “成长 0 人” rows), the signals seen per
 * group, and the `listed` riskiest people with their drivers (`order` = rows by score, highest
 * first). O(n) with no allocation per row, so it runs at every re-tiering.
 */
export function driverView(d: RowDrivers, tiers: Uint8Array, atRisk: readonly number[] = [1, 2], order: Int32Array | null = null, listed = Number.POSITIVE_INFINITY): DriverView {
  const want = new Uint8Array(256);
  for (const t of atRisk) want[t] = 1;
  const groupIndex = new Map(STRATEGY_GROUPS.map((g, k) => [g.id, k]));
  const other = groupIndex.get('other') as number;
  const colGroup = Int32Array.from(d.columns, (c) => groupIndex.get(c.group) ?? other);
  const counts = new Float64Array(STRATEGY_GROUPS.length);
  // seen[g * m + c] = 1 when column c is among the drivers of someone whose strongest driver … is in group g.
  const m = d.columns.length;
  const seen = new Uint8Array(STRATEGY_GROUPS.length * m);
  let count = 0;
  for (let i = 0; i < tiers.length; i++) {
    if (want[tiers[i] as number] !== 1) continue;
    count++;
    const first = d.index[i * d.k] as number;
    const g = first >= 0 ? (colGroup[first] as number) : other;
    counts[g] = (counts[g] as number) + 1;
    for (let q = 0; q < d.k; q++) {
      const c = d.index[i * d.k + q] as number;
      if (c < 0) break;
      seen[(colGroup[c] as number) * m + c] = 1;
    }
  }
  const people: PersonDrivers[] = [];
  const rows = order ?? Int32Array.from({ length: tiers.length }, (_, i) => i);
  for (let k = 0; k < rows.length && people.length < listed; k++) {
    const i = rows[k] as number;
    const tier = tiers[i] as number;
    if (want[tier] !== 1) continue;
    const top = driversOf(d, i);
    people.push({ row: i, tier, top, group: top[0]?.group ?? 'other' });
  }
  const groups = STRATEGY_GROUPS.flatMap((g, k) => {
    const n = counts[k] as number;
    if (n === 0) return [];
    const columns: string[] = [];
    for (let c = 0; c < m; c++) if (seen[k * m + c] === 1) columns.push((d.columns[c] as { label: string }).label);
    return [{ ...g, actions: [...g.actions], count: n, columns }];
  });
  groups.sort((a, b) => b.count - a.count);
  return { tiers: [...atRisk], people, groups, count };
}
