/**
 * Fairness check on sensitive attributes the model never saw (gender, age band, marital
 * status…): per group, the share of its people in each tier and its **selection rate** — the
 * share chosen for intervention (tiers 1–2, 一对一定制干预, or the people chosen in budget mode).
 *
 * Four-fifths rule (U.S. EEOC, Uniform Guidelines on Employee Selection Procedures, 29 CFR
 * §1607.4(D), 1978): a group whose selection rate is below 80 % of the highest group's rate is
 * flagged for a closer look (“adverse impact”). It is a screening signal only: groups may differ
 * in how many would leave, small groups give noisy rates, and a ratio above 0.8 does not prove a
 * model fair. Groups under MIN_GROUP people are shown but not compared.
 */
import { findColumn, isCategoricalColumn, isNumericColumn, type SensitiveColumn, type Table } from './dataset';
import { TIER_COUNT } from './tiers';

export const FOUR_FIFTHS = 0.8;
export const MIN_GROUP = 30;

/** A sensitive column read as groups once per data set: a group code per row (−1 = missing). */
export interface SensitiveGroups {
  column: string;
  label: string;
  what: string;
  groups: string[];
  codes: Int32Array;
}

const AGE_BANDS: [number, string][] = [
  [30, '29 岁及以下'],
  [40, '30–39 岁'],
  [50, '40–49 岁'],
  [Infinity, '50 岁及以上'],
];

/** Read each sensitive column as groups: categories as they are, ages in four bands, other numbers in quartiles. */
export function sensitiveGroups(table: Table, sensitive: readonly SensitiveColumn[]): SensitiveGroups[] {
  const out: SensitiveGroups[] = [];
  for (const s of sensitive) {
    const col = findColumn(table, s.column);
    if (col === undefined) continue;
    if (isCategoricalColumn(col)) {
      out.push({ ...s, groups: [...col.levels], codes: Int32Array.from(col.codes) });
      continue;
    }
    if (!isNumericColumn(col)) continue;
    const values = col.values;
    const codes = new Int32Array(table.n).fill(-1);
    if (col.kind === 'boolean') {
      for (let i = 0; i < table.n; i++) if (Number.isFinite(values[i])) codes[i] = (values[i] as number) > 0 ? 0 : 1;
      out.push({ ...s, groups: ['是', '否'], codes });
      continue;
    }
    const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
    if (finite.length === 0) continue;
    const looksLikeAge = s.what === '年龄' && (finite[0] as number) >= 10 && (finite[finite.length - 1] as number) <= 100;
    if (looksLikeAge) {
      for (let i = 0; i < table.n; i++) {
        const v = values[i] as number;
        if (Number.isFinite(v)) codes[i] = AGE_BANDS.findIndex(([upper]) => v < upper);
      }
      out.push({ ...s, groups: AGE_BANDS.map(([, l]) => l), codes });
      continue;
    }
    const q = [0.25, 0.5, 0.75].map((p) => finite[Math.min(finite.length - 1, Math.floor(p * finite.length))] as number);
    const cuts = [...new Set(q)];
    const fmt = (v: number) => v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
    const groups = cuts.map((c, k) => (k === 0 ? `≤ ${fmt(c)}` : `${fmt(cuts[k - 1] as number)}–${fmt(c)}`)).concat(`> ${fmt(cuts[cuts.length - 1] as number)}`);
    for (let i = 0; i < table.n; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) continue;
      let k = cuts.findIndex((c) => v <= c);
      if (k < 0) k = cuts.length;
      codes[i] = k;
    }
    out.push({ ...s, groups, codes });
  }
  return out;
}

export interface FairnessGroupRow {
  group: string;
  count: number;
  /** Share of the group's people in each tier (index 0 = 极高). */
  tierShares: number[];
  selected: number;
  selectionRate: number;
  /** Selection rate ÷ the highest rate among compared groups (null when not compared). */
  ratio: number | null;
  /** Below the four-fifths threshold. */
  flagged: boolean;
  /** Fewer than MIN_GROUP people: shown, not compared. */
  small: boolean;
}

export interface FairnessAttribute {
  column: string;
  label: string;
  what: string;
  rows: FairnessGroupRow[];
  /** Lowest ratio among compared groups (null when fewer than two groups are compared). */
  minRatio: number | null;
  flagged: boolean;
}

export interface FairnessView {
  /** How “selected for intervention” was decided, in Chinese. */
  selection: string;
  attributes: FairnessAttribute[];
}

/** Per sensitive attribute, tier shares and selection rates per group, with the four-fifths flag. */
export function fairnessCheck(attrs: readonly SensitiveGroups[], tiers: Uint8Array, selected: Uint8Array, selection: string): FairnessView {
  const attributes = attrs.map((a): FairnessAttribute => {
    const k = a.groups.length;
    const count = new Float64Array(k + 1);
    const chosen = new Float64Array(k + 1);
    const perTier = Array.from({ length: k + 1 }, () => new Float64Array(TIER_COUNT));
    for (let i = 0; i < tiers.length; i++) {
      const c = a.codes[i] as number;
      const g = c < 0 ? k : c;
      count[g] = (count[g] as number) + 1;
      chosen[g] = (chosen[g] as number) + (selected[i] as number);
      const t = (tiers[i] as number) - 1;
      const row = perTier[g] as Float64Array;
      if (t >= 0 && t < TIER_COUNT) row[t] = (row[t] as number) + 1;
    }
    const names = [...a.groups, '（缺失）'];
    const rows = names
      .map((group, g) => {
        const n = count[g] as number;
        return {
          group,
          count: n,
          tierShares: Array.from(perTier[g] as Float64Array, (v) => (n > 0 ? v / n : 0)),
          selected: chosen[g] as number,
          selectionRate: n > 0 ? (chosen[g] as number) / n : 0,
          ratio: null as number | null,
          flagged: false,
          small: n < MIN_GROUP,
        };
      })
      .filter((r, g) => r.count > 0 || g < k);
    const compared = rows.filter((r) => !r.small && r.group !== '（缺失）');
    const best = Math.max(0, ...compared.map((r) => r.selectionRate));
    let minRatio: number | null = null;
    if (compared.length >= 2 && best > 0) {
      for (const r of compared) {
        r.ratio = r.selectionRate / best;
        r.flagged = r.ratio < FOUR_FIFTHS;
        minRatio = minRatio === null ? r.ratio : Math.min(minRatio, r.ratio);
      }
    }
    return { column: a.column, label: a.label, what: a.what, rows, minRatio, flagged: rows.some((r) => r.flagged) };
  });
  return { selection, attributes };
}

/** What the four-fifths rule means and does not prove (shown under the table). */
export const FOUR_FIFTHS_NOTE =
  '五分之四规则：某一群体被选入干预的比例，低于比例最高群体的 80%（五分之四），就值得进一步核查是否存在差别对待。' +
  '它只是一个筛查信号，不是结论：各群体本来会流失的比例可能不同，人数少时比例波动很大；低于 80% 不等于歧视，高于 80% 也不能证明模型公平。' +
  '模型没有使用这些列，但其他特征（如司龄、薪酬、工作地点）可能间接反映它们。';
