/**
 * Decision tree adapter: encoder learnt on the training rows, CART (tree.ts) grown on them,
 * probability = the churn share of the row's leaf among training rows, score = probability × 100,
 * path contributions per column (drivers.ts), rules with their training sample sizes and a flag
 * on leaves too small to trust.
 */
import { fail, fieldError, ok } from '../result';
import type { ModelAdapter } from './adapters';
import { columnsForDrivers } from './columns-for-drivers';
import { treeContributions } from './drivers';
import { encode, fitEncoder } from './encoder';
import { SMALL_LEAF } from './explain';
import { treeKernel, treeParams } from './fitted-model';
import { exportTree, fitTree, leafRules, predictTree } from './tree';

export const treeAdapter: ModelAdapter = {
  kind: 'tree',
  fit(data, config) {
    if (config.kind !== 'tree' || data.y === null || data.split === null) return fail([fieldError('internal', '决策树需要带标签的训练数据。')]);
    const spec = fitEncoder(data.table, data.features, data.split.train);
    if (!spec.ok) return spec;
    if (spec.value.features.length === 0) return fail([fieldError('features', '没有可用的特征列。请至少纳入一列作为特征。')]);
    const design = encode(spec.value, data.table);
    if (!design.ok) return design;
    const opts: { maxDepth?: number; minLeaf?: number } = {};
    if (config.maxDepth !== undefined) opts.maxDepth = config.maxDepth;
    if (config.minLeaf !== undefined) opts.minLeaf = config.minLeaf;
    const m = fitTree(design.value, data.y, data.split.train, opts);
    return ok({ part: { kind: 'tree', encoder: spec.value, tree: treeParams(m) }, design: design.value });
  },
  score(model, table, design) {
    if (model.kind !== 'tree') return fail([fieldError('internal', '模型类型不符。')]);
    let d = design;
    if (d === null) {
      const e = encode(model.encoder, table);
      if (!e.ok) return e;
      d = e.value;
    }
    const kernel = treeKernel(model.tree);
    const probability = predictTree(kernel, d);
    const columns = columnsForDrivers(model.encoder.columns.map((c) => c.column), new Map(model.encoder.columns.map((c) => [c.column, c.label])), model.population, model.trainedOn.source === 'sample');
    return ok({ scores: probability.map((p) => p * 100), probability, contributions: treeContributions(kernel, d.x, d.p, d.features, columns) });
  },
  summary(model) {
    if (model.kind !== 'tree') throw new Error('tree summary of another model');
    const kernel = treeKernel(model.tree);
    const features = model.encoder.features;
    return {
      kind: 'tree',
      name: `决策树（CART，深度 ${model.tree.maxDepth}，最小叶子 ${model.tree.minLeaf}）`,
      scoreKind: 'risk',
      scoreLabel: '风险分 = 所在叶子的流失率 × 100（越高越可能流失）',
      importance: features
        .map((f, j) => ({ feature: f.name, label: f.label, importance: model.tree.importance[j] as number }))
        .filter((x) => x.importance > 0)
        .sort((a, b) => b.importance - a.importance),
      tree: exportTree(kernel, features, 3),
      rules: leafRules(kernel, features).map((r) => ({ ...r, small: r.count < SMALL_LEAF })),
    };
  },
};
