import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportTieredList,
  loadCsv,
  runSimulation,
  scenarioToInput,
  transferables,
  type Progress,
  type SimulationInput,
} from '../../../src/lib/simulator/pipeline';
import { generateSample } from '../../../src/lib/simulator/samples';
import { defaultScenario } from '../../../src/lib/simulator/scenario';

const sample = (population: 'customers' | 'employees' = 'employees', size = 1000): SimulationInput['source'] => ({ kind: 'sample', population, size, seed: 1 });

function run(input: SimulationInput, onProgress?: (p: Progress) => void) {
  const r = runSimulation(input, onProgress);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('runSimulation on the samples', () => {
  it('reports progress in order and ends with done', () => {
    const seen: Progress[] = [];
    run({ source: sample(), model: { kind: 'logistic' }, budget: 50000 }, (p) => seen.push(p));
    expect(seen.map((p) => p.stage)).toEqual(['generate', 'encode', 'split', 'fit', 'score', 'tier', 'evaluate', 'budget', 'drivers', 'done']);
    expect(seen.every((p) => p.fraction >= 0 && p.fraction <= 1 && p.message.length > 0)).toBe(true);
    expect(seen.at(-1)?.fraction).toBe(1);
  });

  it('gives every model a full result (tiers over every row, metrics, charts, drivers)', () => {
    for (const population of ['customers', 'employees'] as const) {
      for (const model of [{ kind: 'logistic' as const, lambda: 2 }, { kind: 'tree' as const, maxDepth: 4, minLeaf: 20 }, { kind: 'scorecard' as const, weights: { pay: 5 } }]) {
        const r = run({ source: sample(population), model, budget: 20000 });
        expect(r.rows.n).toBe(1000);
        expect(r.tiers.counts).toEqual([50, 150, 250, 350, 200]);
        expect(r.tiers.summary.reduce((a, t) => a + (t.capturedShare ?? 0), 0)).toBeCloseTo(1);
        expect(r.model.scoreKind).toBe('risk');
        const e = r.evaluation;
        expect(e).not.toBeNull();
        expect(e?.auc).toBeGreaterThan(0.65);
        expect(e?.testCount).toBe(300);
        expect(e?.roc[0]).toEqual({ fpr: 0, tpr: 0 });
        expect(r.charts.tierDistribution).toHaveLength(5);
        expect(r.charts.actualRateByTier[0]?.rate).toBeGreaterThan(r.charts.actualRateByTier[4]?.rate ?? 1);
        expect(r.drivers.people).toHaveLength(200);
        expect(r.drivers.groups.reduce((a, g) => a + g.count, 0)).toBe(200);
        expect(r.budget?.cost).toBeLessThanOrEqual(20000);
        for (const v of [...r.rows.scores, ...r.rows.probability, ...r.rows.net]) expect(Number.isFinite(v)).toBe(true);
        for (const t of r.tiers.summary) for (const v of [t.cost, t.expectedSaved, t.net, t.meanValue]) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });

  it('predicts churn for the top two tiers with the scorecard and calibrates its probabilities', () => {
    const r = run({ source: sample('customers'), model: { kind: 'scorecard' } });
    expect(r.evaluation?.rule).toMatch(/前两层/);
    const c = r.evaluation?.metrics.confusion;
    expect((c?.tp ?? 0) + (c?.fp ?? 0)).toBe(Array.from(r.rows.tiers).filter((t, i) => t <= 2 && r.rows.isTest[i] === 1).length);
    expect(r.model.signals?.length).toBeGreaterThan(3);
    expect(r.model.scoreLabel).toMatch(/健康分/);
  });

  it('tiers by fixed cut-offs', () => {
    const r = run({ source: sample(), model: { kind: 'scorecard' }, tiers: { mode: 'cutoff', cutoffs: [60, 40, 20, 10] } });
    expect(r.tiers.mode).toBe('cutoff');
    expect(r.tiers.counts.reduce((a, b) => a + b, 0)).toBe(1000);
    for (let i = 0; i < 1000; i++) if ((r.rows.scores[i] as number) >= 60) expect(r.rows.tiers[i]).toBe(1);
  });

  it('runs a scenario from the URL', () => {
    const s = { ...defaultScenario('customers'), model: 'tree' as const, depth: 3, budget: 1000, costs: [1, 1, 1, 1, 1] };
    const input = scenarioToInput(s);
    expect(input.plans?.[0]?.costPerHead).toBe(1);
    expect(input.plans?.[0]?.successRate).toBeCloseTo(0.47);
    const r = run(input);
    expect(r.model.name).toMatch(/深度 3/);
    expect(run(scenarioToInput({ ...s, model: 'logistic', tierMode: 'cutoff' })).tiers.mode).toBe('cutoff');
    expect(run(scenarioToInput({ ...s, model: 'scorecard' })).model.kind).toBe('scorecard');
  });

  it('accepts a pre-built table and guesses its population', () => {
    const s = generateSample('customers', 300, 2);
    const r = run({ source: { kind: 'table', table: s.table, roles: s.roles }, model: { kind: 'logistic' } });
    expect(r.data.population).toBe('customers');
    expect(r.data.source).toBe('table');
    const noValue = run({ source: { kind: 'table', table: s.table, roles: { ...s.roles, value: null }, population: null }, model: { kind: 'logistic' }, fallbackValue: 500 });
    expect(noValue.rows.value[0]).toBe(500);
    expect(noValue.data.notes.join()).toMatch(/500/);
  });

  it('exports the tiered list as CSV', () => {
    const r = run({ source: sample('customers', 200), model: { kind: 'logistic' }, budget: 5000 });
    const text = exportTieredList(r);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(201);
    expect(rows[0]).toContain('预算内干预');
    expect(rows[1]?.[1]).toBe('1 极高');
    expect(rows[1]?.[0]).toMatch(/^C\d{6}$/);
  });
});

describe('runSimulation errors', () => {
  const errors = (input: SimulationInput) => {
    const r = runSimulation(input);
    return r.ok ? [] : r.errors.map((e) => e.field);
  };

  it('validates the configuration before any work', () => {
    expect(errors({ source: sample(), model: { kind: 'logistic', lambda: -1 }, tiers: { mode: 'rank', shares: [50, 50, 0, 0, 1] }, budget: -5 })).toEqual(['shares', 'lambda', 'budget']);
    expect(errors({ source: sample(), model: { kind: 'tree', maxDepth: 20, minLeaf: 0 }, tiers: { mode: 'cutoff', cutoffs: [1, 2, 3, 4] } })).toEqual(['cutoffs.1', 'depth', 'leaf']);
    expect(errors({ source: { kind: 'sample', population: 'x' as never, size: 100, seed: 1 }, model: { kind: 'logistic' } })).toEqual(['sample']);
    expect(errors({ source: { kind: 'sample', population: 'customers', size: 5, seed: 1 }, model: { kind: 'logistic' } })).toEqual(['size']);
    expect(errors({ source: sample(), model: { kind: 'logistic' }, plans: [] })).toEqual(['plans']);
    expect(errors({ source: sample(), model: { kind: 'scorecard', signals: [] } })).toEqual(['signals']);
  });

  it('needs a label for learned models, and signals for a scorecard on uploads', () => {
    const csv = new TextEncoder().encode('id,a,b\n' + Array.from({ length: 30 }, (_, i) => `${i},${i % 7},${i % 3}`).join('\n'));
    expect(errors({ source: { kind: 'csv', bytes: csv }, model: { kind: 'logistic' } })).toEqual(['label']);
    expect(errors({ source: { kind: 'csv', bytes: csv }, model: { kind: 'scorecard' } })).toEqual(['signals']);
    const r = runSimulation({ source: { kind: 'csv', bytes: csv }, model: { kind: 'scorecard', signals: [{ id: 'a', label: 'a 升高', column: 'a', from: 0, to: 6, weight: 1, group: 'other' }] } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.evaluation).toBeNull();
      expect(r.value.rows.probability[3]).toBeCloseTo(0.5);
      expect(r.value.tiers.summary[0]?.actualRate).toBeNull();
      expect(r.value.charts.roc).toEqual([]);
    }
  });

  it('refuses a label with too few of one class and data without features', () => {
    const one = new TextEncoder().encode('a,churn\n' + Array.from({ length: 30 }, (_, i) => `${i},${i === 0 ? 'yes' : 'no'}`).join('\n'));
    expect(errors({ source: { kind: 'csv', bytes: one }, model: { kind: 'logistic' } })).toEqual(['label']);
    const noFeat = new TextEncoder().encode('id,churn\n' + Array.from({ length: 30 }, (_, i) => `${i},${i % 2 ? 'yes' : 'no'}`).join('\n'));
    expect(errors({ source: { kind: 'csv', bytes: noFeat }, model: { kind: 'tree' } })).toEqual(['features']);
    expect(errors({ source: { kind: 'csv', bytes: new Uint8Array([0, 1, 2]) }, model: { kind: 'tree' } })).toEqual(['file']);
  });

  it('stops when cancelled, and turns an internal failure into an error result', () => {
    let calls = 0;
    const r = runSimulation({ source: sample(), model: { kind: 'logistic' } }, undefined, { isCancelled: () => ++calls > 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('cancelled');
    for (const model of [{ kind: 'logistic' as const }, { kind: 'tree' as const }, { kind: 'scorecard' as const }]) {
      for (let stop = 1; stop <= 9; stop++) {
        let k = 0;
        const c = runSimulation({ source: sample('customers', 100), model, budget: 10 }, undefined, { isCancelled: () => ++k >= stop });
        expect(c.ok).toBe(false);
      }
    }
    const broken = runSimulation({ source: null as never, model: { kind: 'logistic' } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.field).toBe('internal');
  });
});

describe('uploads end to end', () => {
  it('a GBK file with a 是/否 label gives a first result with defaults', () => {
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
});

describe('upload overrides and notes', () => {
  const lines = ['客户,状态,使用量,地区'];
  for (let i = 0; i < 60; i++) lines.push(`K${i},${i % 4 === 0 ? '已退订' : i === 7 ? '' : '正常'},${i % 9 === 0 ? '' : i === 11 ? 'n/a?' : String(i % 13)},${i % 5 === 0 ? '' : ['华东', '华北'][i % 2]}`);
  const bytes = new TextEncoder().encode(lines.join('\n'));

  it('lets the learner say which text of a column means churned', () => {
    const plain = loadCsv(bytes);
    expect(plain.ok && plain.value.roles.label).toBeNull();
    const r = loadCsv(bytes, { label: '状态', positive: { 状态: ['已退订'] } });
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
    const buffers = transferables(sim.value);
    expect(buffers.length).toBeGreaterThanOrEqual(6);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    const bad = loadCsv(bytes, { positive: { 状态: [], 没有: ['x'] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field).sort()).toEqual(['positive.状态', 'positive.没有'].sort());
  });
});
