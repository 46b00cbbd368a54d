/**
 * Transparent scorecard adapter: the course's warning signals (scorecard.ts) on the sample's
 * columns or on the columns an upload mapped to them, with the learner's weights; nothing is
 * learnt from labels except, later, the calibration of each tier (calibrate.ts, training rows).
 */
import { fail, fieldError, ok } from '../result';
import type { ModelAdapter } from './adapters';
import { scorecardContributions } from './drivers';
import { AUDIENCE_OF, mappedSignals, sampleSignals, scoreScorecard, validateSignals, type ScorecardSignal } from './scorecard';

export const scorecardAdapter: ModelAdapter = {
  kind: 'scorecard',
  fit(data, config) {
    if (config.kind !== 'scorecard') return fail([fieldError('internal', '模型类型不符。')]);
    let signals: ScorecardSignal[];
    if (config.signals !== undefined) signals = config.signals.map((s) => ({ ...s }));
    else if (config.mapping !== undefined && config.mapping.length > 0) {
      const audience = config.audience ?? (data.population !== null ? AUDIENCE_OF[data.population] : 'employee');
      const m = mappedSignals(audience, config.mapping);
      if (!m.ok) return m;
      signals = m.value;
    } else if (data.sample && data.population !== null) signals = sampleSignals(data.population);
    else {
      return fail([
        fieldError('signals', '上传的数据还没有对应到课程的预警信号。请在“评分卡的信号”里为至少一个信号选择数据列和阈值，或改用逻辑回归、决策树。'),
      ]);
    }
    for (const s of signals) {
      const w = config.weights?.get(s.id);
      if (w !== undefined) s.weight = w;
    }
    const valid = validateSignals(data.table, signals);
    if (!valid.ok) return valid;
    return ok({ part: { kind: 'scorecard', scorecard: { signals: valid.value, calibration: null } }, design: null });
  },
  score(model, table) {
    if (model.kind !== 'scorecard') return fail([fieldError('internal', '模型类型不符。')]);
    const valid = validateSignals(table, model.scorecard.signals);
    if (!valid.ok) return valid;
    const sc = scoreScorecard(table, valid.value);
    const labels = new Map(table.columns.map((c) => [c.name, c.label]));
    return ok({ scores: sc.risk, probability: null, contributions: scorecardContributions(sc.contributions, sc.signals, (c) => labels.get(c) ?? c) });
  },
  summary(model) {
    if (model.kind !== 'scorecard') throw new Error('scorecard summary of another model');
    return {
      kind: 'scorecard',
      name: '透明评分卡（课程预警信号加权）',
      scoreKind: 'risk',
      scoreLabel: '风险分 0–100（越高越可能流失；健康分 = 100 − 风险分）',
      signals: model.scorecard.signals.map((s) => ({ ...s })),
    };
  },
};
