/**
 * A CART classification tree (Breiman, Friedman, Olshen & Stone, Classification and Regression
 * Trees, 1984), grown with the Gini impurity G = 2 p (1 − p) for a node with churn share p.
 *
 * A split "x_j ≤ t" of a node with n rows is chosen to maximise the impurity decrease
 * n·G(node) − n_L·G(left) − n_R·G(right), over every feature and every midpoint t between two
 * consecutive distinct values, subject to both children having at least `minLeaf` rows. Growth
 * stops at `maxDepth`, at pure nodes, or when no split decreases impurity. A leaf predicts its
 * training churn share. Feature importance is each feature's total impurity decrease, normalised
 * to sum to 1 (the "mean decrease in impurity" of scikit-learn).
 *
 * Growth is level by level: each feature is sorted once, and one scan of that order per level
 * evaluates the splits of every node on the level at once, so fitting costs O(depth · p · n)
 * after the initial sorts.
 */
import type { Design, EncodedFeature } from './dataset';
import { argsortAscending } from './sort';

export interface TreeOptions {
  /** Maximum depth (root = depth 0); 1–12, default 5. */
  maxDepth?: number;
  /** Minimum rows per leaf; ≥ 1, default 10. */
  minLeaf?: number;
}

export interface TreeModel {
  kind: 'tree';
  /** Per node: split feature (−1 for a leaf). */
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** Training rows and churners in the node. */
  count: Int32Array;
  positives: Int32Array;
  depth: Int32Array;
  /** Impurity decrease per feature, normalised to sum to 1 (all 0 for a single leaf). */
  importance: Float64Array;
  maxDepth: number;
  minLeaf: number;
}

function gini(pos: number, n: number): number {
  if (n === 0) return 0;
  const p = pos / n;
  return 2 * p * (1 - p);
}

export function fitTree(design: Design, y: Uint8Array, rows: ArrayLike<number>, options: TreeOptions = {}): TreeModel {
  const maxDepth = Math.max(1, Math.min(12, Math.floor(options.maxDepth ?? 5)));
  const minLeaf = Math.max(1, Math.floor(options.minLeaf ?? 10));
  const { p, x } = design;
  const n = rows.length;
  const rowIdx = Int32Array.from({ length: n }, (_, r) => rows[r] as number);
  // Sorted order of the training rows (positions r into rowIdx) for every feature.
  // Values and labels are kept in each feature's sorted order too, so that the scans below read
  // memory sequentially (random reads into a large design dominate the cost otherwise).
  const orders: Int32Array[] = [];
  const sortedValues: Float64Array[] = [];
  const sortedY: Uint8Array[] = [];
  const col = new Float64Array(n);
  for (let j = 0; j < p; j++) {
    for (let r = 0; r < n; r++) col[r] = x[(rowIdx[r] as number) * p + j] as number;
    const order = argsortAscending(col);
    const sv = new Float64Array(n);
    const sy = new Uint8Array(n);
    for (let q = 0; q < n; q++) {
      const r = order[q] as number;
      sv[q] = col[r] as number;
      sy[q] = y[rowIdx[r] as number] as number;
    }
    orders.push(order);
    sortedValues.push(sv);
    sortedY.push(sy);
  }
  const featureArr: number[] = [];
  const thresholdArr: number[] = [];
  const leftArr: number[] = [];
  const rightArr: number[] = [];
  const countArr: number[] = [];
  const posArr: number[] = [];
  const depthArr: number[] = [];
  const importance = new Float64Array(p);
  const nodeOf = new Int32Array(n);
  let totalPos = 0;
  for (let r = 0; r < n; r++) totalPos += y[rowIdx[r] as number] as number;
  const addNode = (count: number, pos: number, depth: number): number => {
    featureArr.push(-1);
    thresholdArr.push(0);
    leftArr.push(-1);
    rightArr.push(-1);
    countArr.push(count);
    posArr.push(pos);
    depthArr.push(depth);
    return featureArr.length - 1;
  };
  addNode(n, totalPos, 0);
  let level = [0];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    // Nodes on this level that may split, with a slot for the scan state.
    const slotOfNode = new Int32Array(featureArr.length).fill(-1);
    const open = level.filter((id) => {
      const c = countArr[id] as number;
      const ps = posArr[id] as number;
      return c >= 2 * minLeaf && ps > 0 && ps < c;
    });
    open.forEach((id, s) => (slotOfNode[id] = s));
    if (open.length === 0) break;
    const k = open.length;
    const bestGain = new Float64Array(k);
    const bestFeature = new Int32Array(k).fill(-1);
    const bestThreshold = new Float64Array(k);
    const leftN = new Int32Array(k);
    const leftPos = new Int32Array(k);
    const lastVal = new Float64Array(k);
    const parentImp = open.map((id) => (countArr[id] as number) * gini(posArr[id] as number, countArr[id] as number));
    const slotOfRow = new Int32Array(n);
    for (let r = 0; r < n; r++) slotOfRow[r] = slotOfNode[nodeOf[r] as number] as number;
    for (let j = 0; j < p; j++) {
      leftN.fill(0);
      leftPos.fill(0);
      const order = orders[j] as Int32Array;
      const sv = sortedValues[j] as Float64Array;
      const sy = sortedY[j] as Uint8Array;
      for (let q = 0; q < n; q++) {
        const s = slotOfRow[order[q] as number] as number;
        if (s < 0) continue;
        const v = sv[q] as number;
        const ln = leftN[s] as number;
        if (ln > 0 && v !== lastVal[s]) {
          const id = open[s] as number;
          const c = countArr[id] as number;
          if (ln >= minLeaf && c - ln >= minLeaf) {
            const lp = leftPos[s] as number;
            const ps = posArr[id] as number;
            const gain = (parentImp[s] as number) - ln * gini(lp, ln) - (c - ln) * gini(ps - lp, c - ln);
            if (gain > (bestGain[s] as number) + 1e-12) {
              bestGain[s] = gain;
              bestFeature[s] = j;
              bestThreshold[s] = ((lastVal[s] as number) + v) / 2;
            }
          }
        }
        leftN[s] = ln + 1;
        leftPos[s] = (leftPos[s] as number) + (sy[q] as number);
        lastVal[s] = v;
      }
    }
    const next: number[] = [];
    const childCount = new Map<number, [number, number, number, number]>();
    for (let s = 0; s < k; s++) {
      const f = bestFeature[s] as number;
      if (f < 0) continue;
      childCount.set(s, [0, 0, 0, 0]);
    }
    for (let r = 0; r < n; r++) {
      const s = slotOfRow[r] as number;
      if (s < 0) continue;
      const cc = childCount.get(s);
      if (cc === undefined) continue;
      const f = bestFeature[s] as number;
      const goesLeft = (x[(rowIdx[r] as number) * p + f] as number) <= (bestThreshold[s] as number);
      const yi = y[rowIdx[r] as number] as number;
      if (goesLeft) {
        cc[0]++;
        cc[1] += yi;
      } else {
        cc[2]++;
        cc[3] += yi;
      }
    }
    const leftId = new Int32Array(k).fill(-1);
    const rightId = new Int32Array(k).fill(-1);
    for (const [s, cc] of childCount) {
      const id = open[s] as number;
      const f = bestFeature[s] as number;
      featureArr[id] = f;
      thresholdArr[id] = bestThreshold[s] as number;
      importance[f] = (importance[f] as number) + (bestGain[s] as number);
      const l = addNode(cc[0], cc[1], depth + 1);
      const rr = addNode(cc[2], cc[3], depth + 1);
      leftArr[id] = l;
      rightArr[id] = rr;
      leftId[s] = l;
      rightId[s] = rr;
      next.push(l, rr);
    }
    for (let r = 0; r < n; r++) {
      const s = slotOfRow[r] as number;
      if (s < 0 || (leftId[s] as number) < 0) continue;
      const f = bestFeature[s] as number;
      nodeOf[r] = (x[(rowIdx[r] as number) * p + f] as number) <= (bestThreshold[s] as number) ? (leftId[s] as number) : (rightId[s] as number);
    }
    level = next;
  }
  let total = 0;
  for (const v of importance) total += v;
  if (total > 0) for (let j = 0; j < p; j++) importance[j] = (importance[j] as number) / total;
  return {
    kind: 'tree',
    feature: Int32Array.from(featureArr),
    threshold: Float64Array.from(thresholdArr),
    left: Int32Array.from(leftArr),
    right: Int32Array.from(rightArr),
    count: Int32Array.from(countArr),
    positives: Int32Array.from(posArr),
    depth: Int32Array.from(depthArr),
    importance,
    maxDepth,
    minLeaf,
  };
}

/** The leaf a row of a design falls in. */
export function leafOf(model: TreeModel, x: Float64Array, p: number, i: number): number {
  let node = 0;
  while ((model.feature[node] as number) >= 0) {
    const f = model.feature[node] as number;
    node = (x[i * p + f] as number) <= (model.threshold[node] as number) ? (model.left[node] as number) : (model.right[node] as number);
  }
  return node;
}

/** Churn share of a node's training rows (0 for an empty node). */
export function nodeRate(model: TreeModel, node: number): number {
  const c = model.count[node] as number;
  return c > 0 ? (model.positives[node] as number) / c : 0;
}

/** Predicted churn probability (the leaf's training churn share) for every row of a design. */
export function predictTree(model: TreeModel, design: Design): Float64Array {
  const out = new Float64Array(design.n);
  for (let i = 0; i < design.n; i++) out[i] = nodeRate(model, leafOf(model, design.x, design.p, i));
  return out;
}

function formatNumber(v: number): string {
  const r = Math.abs(v) >= 100 ? Math.round(v * 10) / 10 : Math.round(v * 100) / 100;
  return r.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** Human-readable condition for the left (≤) or right (>) branch of a split, in Chinese. */
export function splitRule(feature: EncodedFeature, threshold: number, side: 'left' | 'right'): string {
  if (feature.kind === 'level') {
    const base = feature.label.replace(/ = .*$/, '');
    return side === 'left' ? `${base} ≠ ${feature.level ?? ''}` : `${base} = ${feature.level ?? ''}`;
  }
  if (feature.kind === 'boolean' && threshold > 0 && threshold < 1) {
    return side === 'left' ? `${feature.label}：否` : `${feature.label}：是`;
  }
  if (feature.kind === 'missing') {
    const base = feature.label.endsWith('（缺失）') ? feature.label.slice(0, -4) : feature.label;
    return side === 'left' ? `${base}有值` : `${base}缺失`;
  }
  return side === 'left' ? `${feature.label} ≤ ${formatNumber(threshold)}` : `${feature.label} > ${formatNumber(threshold)}`;
}

/** A node of the tree as the UI draws it. */
export interface TreeNodeView {
  id: number;
  depth: number;
  count: number;
  positives: number;
  /** Churn share of the node's training rows. */
  rate: number;
  /** Condition that leads from the parent to this node (absent at the root). */
  rule?: string;
  /** Split feature's readable name, for inner nodes. */
  splitLabel?: string;
  children?: TreeNodeView[];
  /** True when the node has children below the exported depth. */
  truncated?: boolean;
}

/** The top `levels` levels of the tree as a nested structure with Chinese rules. */
export function exportTree(model: TreeModel, features: EncodedFeature[], levels = 3): TreeNodeView {
  const build = (id: number, rule: string | undefined): TreeNodeView => {
    const view: TreeNodeView = {
      id,
      depth: model.depth[id] as number,
      count: model.count[id] as number,
      positives: model.positives[id] as number,
      rate: nodeRate(model, id),
    };
    if (rule !== undefined) view.rule = rule;
    const f = model.feature[id] as number;
    if (f >= 0) {
      const feat = features[f] as EncodedFeature;
      view.splitLabel = feat.kind === 'level' ? feat.label.replace(/ = .*$/, '') : feat.label;
      if ((model.depth[id] as number) < levels) {
        const t = model.threshold[id] as number;
        view.children = [build(model.left[id] as number, splitRule(feat, t, 'left')), build(model.right[id] as number, splitRule(feat, t, 'right'))];
      } else view.truncated = true;
    }
    return view;
  };
  return build(0, undefined);
}

/** One leaf as an if-then rule, e.g. “加班:是 且 月收入 ≤ 2,500 → 流失率 62%”. */
export interface LeafRule {
  leaf: number;
  conditions: string[];
  count: number;
  positives: number;
  rate: number;
}

/** Every leaf's path as a list of conditions, highest churn share first. */
export function leafRules(model: TreeModel, features: EncodedFeature[]): LeafRule[] {
  const out: LeafRule[] = [];
  const walk = (id: number, conditions: string[]) => {
    const f = model.feature[id] as number;
    if (f < 0) {
      out.push({ leaf: id, conditions, count: model.count[id] as number, positives: model.positives[id] as number, rate: nodeRate(model, id) });
      return;
    }
    const feat = features[f] as EncodedFeature;
    const t = model.threshold[id] as number;
    walk(model.left[id] as number, [...conditions, splitRule(feat, t, 'left')]);
    walk(model.right[id] as number, [...conditions, splitRule(feat, t, 'right')]);
  };
  walk(0, []);
  return out.sort((a, b) => b.rate - a.rate || b.count - a.count || a.leaf - b.leaf);
}
