import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../src/lib/simulator/evaluate';
import { ADAPTERS, fitRun, scoreNewData, type TrainedRun } from '../../../src/lib/simulator/fit-run';
import { tierRun } from '../../../src/lib/simulator/tier-run';
import { exportTieredList, loadCsv, runSimulation, type Progress, type SimulationInput, type SimulationResult } from '../../../src/lib/simulator/pipeline';
import { generateSample } from '../../../src/lib/simulator/samples';

const sample = (population: 'customers' | 'employees' = 'employees', size = 1000): SimulationInput['source'] => ({ kind: 'sample', population, size, seed: 1 });

function run(input: SimulationInput, onProgress?: (p: Progress) => void): SimulationResult {
  const r = runSimulation(input, onProgress !== undefined ? { onProgress } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function fit(input: SimulationInput): TrainedRun {
  const r = fitRun(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const rowsWhere = (r: SimulationResult, test: (i: number) => boolean) => Array.from({ length: r.rows.n }, (_, i) => i).filter(test);

describe('runSimulation on the samples', () => {
  it('reports progress in order and ends with done', () => {
    const seen: Progress[] = [];
    run({ source: sample(), model: { kind: 'logistic' }, budget: 50000 }, (p) => seen.push(p));
    expect(seen.map((p) => p.stage)).toEqual(['generate', 'encode', 'split', 'fit', 'score', 'evaluate', 'drivers', 'done']);
    expect(seen.every((p) => p.fraction >= 0 && p.fraction <= 1 && p.message.length > 0)).toBe(true);
    expect(seen.at(-1)?.fraction).toBe(1);
  });

  it('gives every model a full result (tiers over every row, metrics, charts, drivers, fairness)', () => {
    for (const population of ['customers', 'employees'] as const) {
      for (const model of [{ kind: 'logistic' as const, lambda: 2 }, { kind: 'tree' as const, maxDepth: 4, minLeaf: 20 }, { kind: 'scorecard' as const, weights: new Map([['engagement-drop', 5]]) }]) {
        const r = run({ source: sample(population), model, budget: 20000 });
        expect(r.rows.n).toBe(1000);
        expect(r.tiers.counts).toEqual([50, 150, 250, 350, 200]);
        expect(r.tiers.summary.reduce((a, t) => a + (t.capturedShare ?? 0), 0)).toBeCloseTo(1);
        expect(r.model.scoreKind).toBe('risk');
        const e = r.evaluation;
        expect(e?.auc).toBeGreaterThan(0.6);
        expect(e?.testCount).toBe(300);
        expect(e?.roc[0]).toEqual({ fpr: 0, tpr: 0 });
        expect(r.charts.tierDistribution).toHaveLength(5);
        expect(r.charts.actualRateByTier[0]?.rate).toBeGreaterThan(r.charts.actualRateByTier[4]?.rate ?? 1);
        expect(r.drivers.count).toBe(200);
        expect(r.drivers.people).toHaveLength(30);
        // Listed riskiest first.
        expect(r.drivers.people.every((p, k, a) => k === 0 || (r.rows.scores[a[k - 1]!.row] as number) >= (r.rows.scores[p.row] as number))).toBe(true);
        expect(r.drivers.groups.reduce((a, g) => a + g.count, 0)).toBe(200);
        expect(r.drivers.groups.every((g) => g.count > 0)).toBe(true);
        expect(r.budget?.cost).toBeLessThanOrEqual(20000);
        expect(r.fairness.attributes.map((a) => a.label)).toEqual(population === 'employees' ? ['性别', '年龄段'] : []);
        expect(r.value.description).toMatch(population === 'employees' ? /年薪 × 150%/ : /年度毛利 × 3 年/);
        for (const v of [...r.rows.scores, ...r.rows.probability, ...r.rows.net]) expect(Number.isFinite(v)).toBe(true);
        for (const t of r.tiers.summary) for (const v of [t.cost, t.expectedSaved, t.net, t.meanValue]) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('computes the AUC on the test rows: it equals an independent recomputation and is not the training AUC', () => {
    for (const model of [{ kind: 'logistic' as const }, { kind: 'tree' as const }, { kind: 'scorecard' as const }]) {
      const r = run({ source: sample('customers'), model });
      const y = r.rows.y as Uint8Array;
      const test = rowsWhere(r, (i) => r.rows.isTest[i] === 1);
      const train = rowsWhere(r, (i) => r.rows.isTest[i] === 0);
      expect(test).toHaveLength(300);
      expect(r.evaluation?.auc).toBe(rocAuc(r.rows.scores, y, test));
      expect(r.evaluation?.auc).not.toBe(rocAuc(r.rows.scores, y, train));
    }
    // A deep tree fits its training rows far better than it ranks the test rows.
    const deep = run({ source: sample('employees'), model: { kind: 'tree', maxDepth: 12, minLeaf: 1 } });
    const train = rowsWhere(deep, (i) => deep.rows.isTest[i] === 0);
    expect(rocAuc(deep.rows.scores, deep.rows.y as Uint8Array, train) - (deep.evaluation?.auc ?? 1)).toBeGreaterThan(0.2);
  });

  it('reports the 极高 tier’s lift as its test churn rate over the test base rate (recomputed by hand)', () => {
    const r = run({ source: sample('customers'), model: { kind: 'logistic' } });
    const y = r.rows.y as Uint8Array;
    const test = rowsWhere(r, (i) => r.rows.isTest[i] === 1);
    const top = test.filter((i) => r.rows.tiers[i] === 1);
    const rate = top.filter((i) => y[i] === 1).length / top.length;
    const base = test.filter((i) => y[i] === 1).length / test.length;
    expect(r.evaluation?.topTierLift).toBeCloseTo(rate / base, 12);
    expect(r.evaluation?.topTierLift).toBeGreaterThan(2);
  });

  it('calibrates the scorecard on the training rows only: each tier’s probability is its training churn rate', () => {
    const r = run({ source: sample('customers'), model: { kind: 'scorecard' } });
    const y = r.rows.y as Uint8Array;
    for (let t = 1; t <= 5; t++) {
      const train = rowsWhere(r, (i) => r.rows.tiers[i] === t && r.rows.isTest[i] === 0 && r.rows.labelled?.[i] === 1);
      const trainRate = train.filter((i) => y[i] === 1).length / train.length;
      const test = rowsWhere(r, (i) => r.rows.tiers[i] === t && r.rows.isTest[i] === 1);
      const testRate = test.filter((i) => y[i] === 1).length / test.length;
      const member = rowsWhere(r, (i) => r.rows.tiers[i] === t)[0] as number;
      expect(r.rows.probability[member]).toBeCloseTo(trainRate, 12);
      if (t === 1) expect(Math.abs(trainRate - testRate)).toBeGreaterThan(1e-6);
    }
    expect(r.evaluation?.rule).toMatch(/前两层/);
    const c = r.evaluation?.metrics.confusion;
    expect((c?.tp ?? 0) + (c?.fp ?? 0)).toBe(rowsWhere(r, (i) => (r.rows.tiers[i] as number) <= 2 && r.rows.isTest[i] === 1).length);
    expect(r.model.signals?.map((s) => s.id)).toEqual(['interaction-drop', 'complaints-rise', 'usage-drop', 'price-sensitivity', 'competitor-interest', 'contact-change', 'upgrade-indifference']);
    expect(r.model.scoreLabel).toMatch(/健康分/);
  });

  it('puts each row’s expected net value of treating, 成功率 × 价值 − 成本, in the export rows', () => {
    const r = run({ source: sample('employees'), model: { kind: 'logistic' } });
    for (const i of [0, 1, 2, 500, 999]) {
      const plan = r.plans[(r.rows.tiers[i] as number) - 1];
      expect(r.rows.net[i]).toBeCloseTo((plan?.successRate ?? 0) * (r.rows.value[i] as number) - (plan?.costPerHead ?? 0), 9);
    }
    // Tier totals agree with the rows.
    const t1 = r.tiers.summary[0];
    const netOfTier = rowsWhere(r, (i) => r.rows.tiers[i] === 1).reduce((a, i) => a + (r.rows.net[i] as number), 0);
    expect(t1?.net).toBeCloseTo(netOfTier, 4);
  });

  it('tiers by fixed cut-offs', () => {
    const r = run({ source: sample(), model: { kind: 'scorecard' }, tiers: { mode: 'cutoff', cutoffs: [60, 40, 20, 10] } });
    expect(r.tiers.mode).toBe('cutoff');
    expect(r.tiers.counts.reduce((a, b) => a + b, 0)).toBe(1000);
    for (let i = 0; i < 1000; i++) if ((r.rows.scores[i] as number) >= 60) expect(r.rows.tiers[i]).toBe(1);
  });

  it('accepts a pre-built table and guesses its population', () => {
    const s = generateSample('customers', 300, 2);
    const r = run({ source: { kind: 'table', table: s.table, roles: s.roles }, model: { kind: 'logistic' } });
    expect(r.data.population).toBe('customers');
    expect(r.data.source).toBe('table');
    const fixed = run({ source: { kind: 'table', table: s.table, roles: { ...s.roles, value: null }, population: null }, model: { kind: 'logistic' }, value: { kind: 'fixed', amount: 500 } });
    expect(fixed.rows.value[0]).toBe(500);
    expect(fixed.value.description).toMatch(/固定 500 元/);
  });

  it('exports the tiered list as CSV, and says when an intervention does not pay for itself', () => {
    const r = run({ source: sample('customers', 200), model: { kind: 'logistic' }, budget: 5000 });
    const text = exportTieredList(r);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(201);
    expect(rows[0]).toContain('预算内干预');
    expect(rows[1]?.[1]).toBe('1 极高');
    expect(rows[1]?.[0]).toMatch(/^C\d{6}$/);
    // With a cost per head above what anyone in tier 1 is worth × 30 %, every tier-1 row says so.
    const costly = run({ source: sample('customers', 200), model: { kind: 'logistic' }, value: { kind: 'fixed', amount: 1000 } });
    const lines = Papa.parse<string[]>(exportTieredList(costly).slice(1), { skipEmptyLines: true }).data;
    const tier1 = lines.filter((l) => l[1] === '1 极高');
    expect(tier1.length).toBe(10);
    // 30 % × 1,000 − 2,000 = −1,700 per person.
    expect(tier1.every((l) => l[6] === '-1700' && /预期净收益为负/.test(l[4] ?? ''))).toBe(true);
    const tier5 = lines.filter((l) => l[1] === '5 极低');
    // 0.5 % × 1,000 − 20 = −15: also negative, also said.
    expect(tier5.every((l) => /预期净收益为负/.test(l[4] ?? ''))).toBe(true);
  });
});

describe('re-tiering without refitting', () => {
  const trained = fit({ source: sample('customers', 10000), model: { kind: 'logistic' } });

  it('changes tiers, costs, rates, budget and value without touching the scores', () => {
    const base = tierRun(trained, trained.training, {});
    const cheaper = tierRun(trained, trained.training, { tiers: { mode: 'rank', shares: [10, 10, 30, 30, 20] }, budget: 100000, value: { kind: 'fixed', amount: 20000 } });
    if (!base.ok || !cheaper.ok) throw new Error('tier');
    expect(cheaper.value.rows.scores).toBe(base.value.rows.scores);
    expect(cheaper.value.evaluation?.auc).toBe(base.value.evaluation?.auc);
    expect(cheaper.value.tiers.counts).toEqual([1000, 1000, 3000, 3000, 2000]);
    expect(cheaper.value.rows.value[0]).toBe(20000);
    expect(cheaper.value.budget?.cost).toBeLessThanOrEqual(100000);
    // The lift follows the tiers (a wider top tier dilutes it).
    expect(cheaper.value.evaluation?.topTierLift).toBeLessThan(base.value.evaluation?.topTierLift ?? 0);
  });

  it('validates the tiering inputs', () => {
    const r = tierRun(trained, trained.training, { tiers: { mode: 'rank', shares: [50, 50, 0, 0, 1] }, budget: -5 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['shares', 'budget']);
  });
});

describe('the fitted model is one plain serialisable object (what the SQL and model-file exports read)', () => {
  it('survives JSON and scores the same rows identically after the round trip, for every model kind', () => {
    for (const model of [{ kind: 'logistic' as const }, { kind: 'tree' as const, maxDepth: 4, minLeaf: 10 }, { kind: 'scorecard' as const }]) {
      const trained = fit({ source: sample('employees', 500), model });
      const r = tierRun(trained, trained.training, { tiers: { mode: 'cutoff', cutoffs: [70, 50, 30, 10] } });
      if (!r.ok) throw new Error('tier');
      const json = JSON.stringify(r.value.fitted);
      const back = JSON.parse(json) as typeof r.value.fitted;
      expect(back).toEqual(r.value.fitted);
      expect(back).toMatchObject({ format: 'retention-academy/churn-model', version: 1, kind: model.kind, tiers: { mode: 'cutoff', cutoffs: [70, 50, 30, 10] } });
      expect(back.excludedSensitive).toEqual(['gender', 'age_band']);
      const again = ADAPTERS[model.kind].score(back, trained.training.loaded.table, null);
      if (!again.ok) throw new Error('score');
      expect(Array.from(again.value.scores)).toEqual(Array.from(r.value.rows.scores));
      if (back.kind === 'scorecard') expect(back.scorecard.calibration).toHaveLength(5);
      else expect(back.encoder.unseenCategory).toBe('all-zero');
    }
  });
});

describe('scoring new data with a fitted model', () => {
  const header = '工号,部门,满意度,加班,月薪,性别';
  const line = (i: number, dept: string) => `E${i},${dept},${(i * 7) % 5 + 1},${i % 3 === 0 ? '是' : '否'},${8000 + (i % 9) * 900},${i % 2 ? '男' : '女'}`;
  const training = new TextEncoder().encode(
    [`${header},是否离职`, ...Array.from({ length: 200 }, (_, i) => `${line(i, ['销售', '研发'][i % 2] as string)},${i % 3 === 0 && i % 2 === 0 ? '是' : i % 7 === 0 ? '是' : '否'}`)].join('\n'),
  );
  // Current staff: no label, columns in another order, an unseen department, a blank satisfaction.
  const current = new TextEncoder().encode(
    ['月薪,加班,工号,满意度,部门,性别', ...Array.from({ length: 50 }, (_, i) => `${9000 + i * 10},${i % 2 ? '是' : '否'},N${i},${i === 3 ? '' : String((i % 5) + 1)},${i === 4 ? '市场' : '销售'},${i % 2 ? '男' : '女'}`)].join('\n'),
  );

  it('scores, tiers and exports a second file without a label, with the training file’s rules', () => {
    const loaded = loadCsv(training, {}, 'history.csv');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const trained = fit({ source: { kind: 'loaded', data: loaded.value }, model: { kind: 'logistic' } });
    expect(trained.model.trainedOn.name).toBe('history.csv');
    const target = scoreNewData(trained, current, 'staff.csv');
    if (!target.ok) throw new Error(JSON.stringify(target.errors));
    expect(target.value.loaded.table.n).toBe(50);
    expect(target.value.loaded.ids[0]).toBe('N0');
    const r = tierRun(trained, target.value, {});
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.target).toBe('new');
    expect(r.value.trainedOn.name).toBe('history.csv');
    // 50 × 5/15/25/35/20 % = 2.5, 7.5, 12.5, 17.5, 10 → largest remainders to the earlier tiers.
    expect(r.value.tiers.counts).toEqual([3, 8, 12, 17, 10]);
    expect(r.value.tiers.summary[0]?.actualRate).toBeNull();
    // The same person scores the same in both files: row 0 of the new file is E-like data.
    const p = r.value.rows.probability;
    expect(Array.from(p).every((v) => v > 0 && v < 1)).toBe(true);
    // The value rule (月薪 × 12 × 150 %) is read from the new file's own column.
    expect(r.value.rows.value[0]).toBeCloseTo(9000 * 18, 6);
    // The sensitive column of the new file feeds the fairness check, never the model.
    expect(r.value.fairness.attributes.map((a) => a.column)).toEqual(['性别']);
    const csv = Papa.parse<string[]>(exportTieredList(r.value).slice(1), { skipEmptyLines: true }).data;
    expect(csv).toHaveLength(51);
    expect(csv[0]).not.toContain('实际是否流失');
  });

  it('scores an unseen category and a missing value the way the encoder says (all-zero indicators, training median)', () => {
    const loaded = loadCsv(training);
    if (!loaded.ok) throw new Error('load');
    const trained = fit({ source: { kind: 'loaded', data: loaded.value }, model: { kind: 'logistic' } });
    if (trained.model.kind !== 'logistic') throw new Error('kind');
    const target = scoreNewData(trained, current);
    if (!target.ok) throw new Error(JSON.stringify(target.errors));
    const m = trained.model;
    const logit = (x: number[]) => x.reduce((a, v, j) => a + (m.logistic.coefficients[j] as number) * ((v - (m.logistic.mean[j] as number)) / (m.logistic.sd[j] as number)), m.logistic.intercept);
    const names = m.encoder.features.map((f) => f.name);
    // Row 4: 月薪 9,040, 加班 否 (i = 4 even), 满意度 5, 部门 市场 (unseen).
    const x4 = names.map((n) => (n === '月薪' ? 9040 : n === '满意度' ? 5 : 0));
    expect(target.value.probability?.[4]).toBeCloseTo(1 / (1 + Math.exp(-logit(x4))), 12);
    // Row 3: 满意度 blank → the training median (3), 部门 销售.
    const spec = m.encoder.columns.find((c) => c.column === '满意度');
    expect(spec).toMatchObject({ impute: 3 });
    const x3 = names.map((n) => (n === '月薪' ? 9030 : n === '满意度' ? 3 : n === '加班' ? 1 : n === '部门=销售' ? 1 : 0));
    expect(target.value.probability?.[3]).toBeCloseTo(1 / (1 + Math.exp(-logit(x3))), 12);
  });

  it('names the model’s columns a new file lacks', () => {
    const loaded = loadCsv(training);
    if (!loaded.ok) throw new Error('load');
    const trained = fit({ source: { kind: 'loaded', data: loaded.value }, model: { kind: 'tree', maxDepth: 3, minLeaf: 5 } });
    const lacking = new TextEncoder().encode('工号,部门\nE1,销售\nE2,研发');
    const r = scoreNewData(trained, lacking);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/缺少模型用到的列：.*满意度/);
  });
});

describe('runSimulation errors', () => {
  const errors = (input: SimulationInput) => {
    const r = runSimulation(input);
    return r.ok ? [] : r.errors.map((e) => e.field);
  };
  const messages = (input: SimulationInput) => {
    const r = runSimulation(input);
    return r.ok ? '' : r.errors.map((e) => e.message).join(' ');
  };

  it('validates the configuration', () => {
    expect(errors({ source: sample(), model: { kind: 'logistic', lambda: -1 } })).toEqual(['lambda']);
    expect(errors({ source: sample(), model: { kind: 'logistic' }, tiers: { mode: 'rank', shares: [50, 50, 0, 0, 1] }, budget: -5 })).toEqual(['shares', 'budget']);
    expect(errors({ source: sample(), model: { kind: 'tree', maxDepth: 20, minLeaf: 0 } })).toEqual(['depth', 'leaf']);
    expect(errors({ source: sample(), model: { kind: 'tree' }, tiers: { mode: 'cutoff', cutoffs: [1, 2, 3, 4] } })).toEqual(['cutoffs.1']);
    expect(errors({ source: sample(), model: { kind: 'tree', minLeaf: 6000 } })).toEqual(['leaf']);
    expect(errors({ source: sample(), model: { kind: 'logistic', lambda: 1001 } })).toEqual(['lambda']);
    expect(errors({ source: sample(), model: { kind: 'scorecard', weights: new Map([['usage-drop', 11]]) } })).toEqual(['w.usage-drop']);
    expect(errors({ source: { kind: 'sample', population: 'x' as never, size: 100, seed: 1 }, model: { kind: 'logistic' } })).toEqual(['sample']);
    expect(errors({ source: { kind: 'sample', population: 'customers', size: 5, seed: 1 }, model: { kind: 'logistic' } })).toEqual(['size']);
    expect(errors({ source: sample(), model: { kind: 'logistic' }, plans: [] })).toEqual(['plans']);
    expect(errors({ source: sample(), model: { kind: 'scorecard', signals: [] } })).toEqual(['signals']);
    expect(errors({ source: sample(), model: { kind: 'logistic' }, trainShare: 1 })).toEqual(['trainShare']);
  });

  it('explains an unlabelled file, and lets an upload use the scorecard through a signal mapping', () => {
    const csv = new TextEncoder().encode('id,a,b\n' + Array.from({ length: 30 }, (_, i) => `${i},${i % 7},${i % 3}`).join('\n'));
    expect(errors({ source: { kind: 'csv', bytes: csv }, model: { kind: 'logistic' } })).toEqual(['label']);
    expect(messages({ source: { kind: 'csv', bytes: csv }, model: { kind: 'logistic' } })).toMatch(/没有流失标签列.*给新数据打分/);
    expect(errors({ source: { kind: 'csv', bytes: csv }, model: { kind: 'scorecard' } })).toEqual(['signals']);
    const r = runSimulation({ source: { kind: 'csv', bytes: csv }, model: { kind: 'scorecard', audience: 'customer', mapping: [{ id: 'usage-drop', column: 'a', from: 0, to: 6 }] } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.evaluation).toBeNull();
      expect(r.value.rows.probability[3]).toBeCloseTo(0.5);
      expect(r.value.tiers.summary[0]?.actualRate).toBeNull();
      expect(r.value.charts.roc).toEqual([]);
      expect(r.value.model.signals?.[0]).toMatchObject({ id: 'usage-drop', label: '产品或服务使用量下降', weight: 3 });
    }
  });

  it('says a one-class label is one class (not “use the scorecard”), and refuses data without features', () => {
    const none = new TextEncoder().encode('a,churn\n' + Array.from({ length: 30 }, (_, i) => `${i},no`).join('\n'));
    const oneClass = runSimulation({ source: { kind: 'csv', bytes: none, overrides: { label: 'churn', positive: new Map([['churn', ['yes']]]) } }, model: { kind: 'logistic' } });
    expect(oneClass.ok).toBe(false);
    if (!oneClass.ok) {
      expect(oneClass.errors[0]?.field).toBe('label');
      expect(oneClass.errors[0]?.message).toMatch(/只有一种结果（30 行全部是“未流失”）/);
      expect(oneClass.errors[0]?.message).not.toMatch(/评分卡/);
    }
    const one = new TextEncoder().encode('a,churn\n' + Array.from({ length: 30 }, (_, i) => `${i},${i === 0 ? 'yes' : 'no'}`).join('\n'));
    expect(messages({ source: { kind: 'csv', bytes: one }, model: { kind: 'logistic' } })).toMatch(/流失 1 行、未流失 29 行/);
    const noFeat = new TextEncoder().encode('id,churn\n' + Array.from({ length: 30 }, (_, i) => `${i},${i % 2 ? 'yes' : 'no'}`).join('\n'));
    expect(errors({ source: { kind: 'csv', bytes: noFeat }, model: { kind: 'tree' } })).toEqual(['features']);
    expect(errors({ source: { kind: 'csv', bytes: new Uint8Array([0, 1, 2]) }, model: { kind: 'tree' } })).toEqual(['file']);
  });

  it('turns an internal failure into an error result', () => {
    const broken = runSimulation({ source: null as never, model: { kind: 'logistic' } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.field).toBe('internal');
  });

  it('uses an injected clock for its timings (deterministic)', () => {
    let t = 0;
    const r = runSimulation({ source: sample('customers', 100), model: { kind: 'logistic' } }, { now: () => (t += 10) });
    expect(r.ok && r.value.timings.fit).toBe(10);
  });
});

describe('uploads end to end', () => {
  it('a GBK file with a 是/否 label gives a first result with defaults, and states its value rule', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `E${i},${3000 + (i % 10) * 500},${i % 3 === 0 ? '是' : '否'},${i % 4 === 0 || i % 3 === 0 ? '是' : '否'}`);
    const text = '工号,月薪,加班,离职\r\n' + rows.join('\r\n') + '\r\n';
    // Encode to GBK by hand for the few Chinese words used.
    const gbk: Record<string, number[]> = { 工: [0xb9, 0xa4], 号: [0xba, 0xc5], 月: [0xd4, 0xc2], 薪: [0xd0, 0xbd], 加: [0xbc, 0xd3], 班: [0xb0, 0xe0], 离: [0xc0, 0xeb], 职: [0xd6, 0xb0], 是: [0xca, 0xc7], 否: [0xb7, 0xf1] };
    const bytes = Uint8Array.from([...text].flatMap((ch) => gbk[ch] ?? [ch.charCodeAt(0)]));
    const loaded = loadCsv(bytes);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.encoding).toBe('gb18030');
    expect(loaded.value.roles.label).toBe('离职');
    expect(loaded.value.ids[0]).toBe('E0');
    const r = runSimulation({ source: { kind: 'loaded', data: loaded.value }, model: { kind: 'logistic' } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.data.encoding).toBe('gb18030');
      expect(r.value.data.population).toBe('employees');
      expect(r.value.evaluation?.testCount).toBe(18);
      // 月薪 is a monthly salary: value = 月薪 × 12 × 150 %, said in 数据概况.
      expect(r.value.value.description).toMatch(/月薪 × 12 × 150%/);
      expect(r.value.rows.value[0]).toBe(3000 * 18);
    }
  });

  it('lists malformed rows in the notes and labels rows by file row without an id column', () => {
    const lines = ['score,churn'];
    for (let i = 0; i < 40; i++) lines.push(`${i},${i % 3 === 0 ? 1 : 0}`);
    lines.splice(5, 0, '1,2,3');
    const r = loadCsv(new TextEncoder().encode(lines.join('\n')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.malformed.map((m) => m.row)).toEqual([6]);
    expect(r.value.notes.join()).toMatch(/第 6 行/);
    expect(r.value.ids[0]).toBe('第2行');
    const many = ['a,b,churn', ...Array.from({ length: 60 }, (_, i) => (i % 2 ? `${i},x,yes` : `${i},y`))];
    const m = loadCsv(new TextEncoder().encode(many.join('\n')));
    expect(m.ok && m.value.notes.join()).toMatch(/等/);
  });

  it('uses a numeric id column for row ids', () => {
    const lines = ['CustomerID,usage,churn', ...Array.from({ length: 30 }, (_, i) => `${100 + i},${i % 5},${i % 2 ? 'yes' : 'no'}`)];
    const r = loadCsv(new TextEncoder().encode(lines.join('\n')));
    expect(r.ok && r.value.ids[0]).toBe('100');
    expect(r.ok && r.value.population).toBe('customers');
  });

  it('lets the learner say which text of a column means churned', () => {
    const lines = ['客户,状态,使用量,地区'];
    for (let i = 0; i < 60; i++) lines.push(`K${i},${i % 4 === 0 ? '已退订' : i === 7 ? '' : '正常'},${i % 9 === 0 ? '' : i === 11 ? 'n/a?' : String(i % 13)},${i % 5 === 0 ? '' : ['华东', '华北'][i % 2]}`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const plain = loadCsv(bytes);
    expect(plain.ok && plain.value.roles.label).toBeNull();
    expect(plain.ok && plain.value.inference?.columns.find((c) => c.name === '状态')?.values).toEqual(['正常', '已退订']);
    const r = loadCsv(bytes, { label: '状态', positive: new Map([['状态', ['已退订']]]) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.roles.label).toBe('状态');
    expect(r.value.notes.join('\n')).toMatch(/标签列“状态”有 1 个/);
    expect(r.value.notes.join('\n')).toMatch(/“使用量”有 \d+ 个空白或无法解析的单元格.*中位数/);
    expect(r.value.notes.join('\n')).toMatch(/“地区”.*(缺失)/);
    const sim = runSimulation({ source: { kind: 'loaded', data: r.value }, model: { kind: 'logistic' } });
    expect(sim.ok).toBe(true);
    if (!sim.ok) return;
    expect(sim.value.data.churners).toBe(15);
    expect(sim.value.data.labelled).toBe(59);
    const bad = loadCsv(bytes, { positive: new Map([['状态', []], ['没有', ['x']]]) });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field).sort()).toEqual(['positive.状态', 'positive.没有'].sort());
    // A text label without a chosen positive value is not a yes/no column: the message says how to fix it.
    const noPositive = loadCsv(bytes, { label: '地区' });
    expect(noPositive.ok).toBe(false);
    if (!noPositive.ok) expect(noPositive.errors[0]?.message).toMatch(/选出表示“流失”的取值/);
  });
});
