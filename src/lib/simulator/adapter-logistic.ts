/**
 * Logistic regression adapter: encoder learnt on the training rows, L2 logistic regression
 * (logistic.ts) on them, probability σ(b + Σ βⱼ zⱼ) for every row, score = probability × 100,
 * contributions βⱼ · zⱼ per column (drivers.ts), coefficients explained in plain words.
 */
import { fail, fieldError, ok } from '../result';
import type { ModelAdapter } from './adapters';
import { columnsForDrivers } from './columns-for-drivers';
import { logisticContributions } from './drivers';
import { encode, fitEncoder } from './encoder';
import { explainCoefficient } from './explain';
import { logisticKernel, logisticParams } from './fitted-model';
import { fitLogistic, predictLogistic } from './logistic';

export const logisticAdapter: ModelAdapter = {
  kind: 'logistic',
  fit(data, config) {
    if (config.kind !== 'logistic' || data.y === null || data.split === null) return fail([fieldError('internal', '逻辑回归需要带标签的训练数据。')]);
    const spec = fitEncoder(data.table, data.features, data.split.train);
    if (!spec.ok) return spec;
    if (spec.value.features.length === 0) return fail([fieldError('features', '没有可用的特征列。请至少纳入一列作为特征。')]);
    const design = encode(spec.value, data.table);
    if (!design.ok) return design;
    const m = fitLogistic(design.value, data.y, data.split.train, config.lambda !== undefined ? { lambda: config.lambda } : {});
    return ok({ part: { kind: 'logistic', encoder: spec.value, logistic: logisticParams(m) }, design: design.value });
  },
  score(model, table, design) {
    if (model.kind !== 'logistic') return fail([fieldError('internal', '模型类型不符。')]);
    let d = design;
    if (d === null) {
      const e = encode(model.encoder, table);
      if (!e.ok) return e;
      d = e.value;
    }
    const kernel = logisticKernel(model.logistic);
    const probability = predictLogistic(kernel, d);
    const columns = columnsForDrivers(model.encoder.columns.map((c) => c.column), new Map(model.encoder.columns.map((c) => [c.column, c.label])), model.population, model.trainedOn.source === 'sample');
    return ok({ scores: probability.map((p) => p * 100), probability, contributions: logisticContributions(kernel, d.x, d.p, d.features, columns) });
  },
  summary(model) {
    if (model.kind !== 'logistic') throw new Error('logistic summary of another model');
    const { encoder, logistic: l } = model;
    const coefficients = encoder.features
      .map((f, j) => {
        const coefficient = l.coefficients[j] as number;
        return {
          feature: f.name,
          label: f.label,
          coefficient,
          oddsRatio: Math.exp(Math.max(-700, Math.min(700, coefficient))),
          explanation: explainCoefficient(f, coefficient, l.sd[j] as number, model.population),
        };
      })
      .sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient));
    return {
      kind: 'logistic',
      name: '逻辑回归（L2 正则化）',
      scoreKind: 'risk',
      scoreLabel: '风险分 = 流失概率 × 100（越高越可能流失）',
      coefficients,
      intercept: l.intercept,
      iterations: l.iterations,
      converged: l.converged,
    };
  },
};
