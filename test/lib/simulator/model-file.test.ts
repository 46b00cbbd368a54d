/**
 * The model file: export → import → identical scores, for every model kind; the strict reader
 * refuses what is not a model file of this version, naming the field in Chinese, and never
 * throws whatever the bytes; and the model card says what the course requires.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_FORMAT, MODEL_VERSION, type FittedModel } from '../../../src/lib/simulator/fitted-model';
import { importedRun } from '../../../src/lib/simulator/fit-run';
import { modelCard, SCORE_RULE } from '../../../src/lib/simulator/model-card';
import { MAX_MODEL_FILE_BYTES, readModelFile, validateModel, writeModelFile } from '../../../src/lib/simulator/model-file';
import { fitRun, scoreNewData, tierRun, type SimulationResult } from '../../../src/lib/simulator/pipeline';
import { generateSample } from '../../../src/lib/simulator/samples';
import { isCategoricalColumn, isNumericColumn } from '../../../src/lib/simulator/dataset';
import type { ModelConfig } from '../../../src/lib/simulator/adapters';

const sample = generateSample('employees', 600, 3);
const csv = (() => {
  const t = sample.table;
  const lines = [t.columns.map((c) => c.name).join(',')];
  for (let i = 0; i < t.n; i++) {
    lines.push(
      t.columns
        .map((c) => {
          if (isNumericColumn(c)) return i === 5 && c.name === 'engagement' ? '' : String(c.values[i]);
          if (isCategoricalColumn(c)) return i === 6 && c.name === 'department' ? '新部门' : (c.levels[c.codes[i] as number] as string);
          return String(c.values[i]);
        })
        .join(','),
    );
  }
  return new TextEncoder().encode(lines.join('\n'));
})();

const KINDS: ModelConfig[] = [{ kind: 'logistic' }, { kind: 'tree', maxDepth: 5, minLeaf: 8 }, { kind: 'scorecard' }];

function exported(model: ModelConfig, tiers = { mode: 'rank' as const, shares: [10, 20, 30, 25, 15] }): { fitted: FittedModel; onCsv: SimulationResult } {
  const trained = fitRun({ source: { kind: 'sample', population: 'employees', size: 600, seed: 3 }, model });
  if (!trained.ok) throw new Error(JSON.stringify(trained.errors));
  const training = tierRun(trained.value, trained.value.training, { tiers });
  const target = scoreNewData(trained.value, csv, 'staff.csv');
  if (!training.ok || !target.ok) throw new Error('tier');
  const onCsv = tierRun(trained.value, target.value, { tiers });
  if (!onCsv.ok) throw new Error('tier');
  return { fitted: training.value.fitted, onCsv: onCsv.value };
}

const logistic = exported({ kind: 'logistic' }).fitted;

describe('model file round trip', () => {
  it.each(KINDS)('$kind: export → import → identical scores, tiers and probabilities on a new upload, without refitting', (kind) => {
    const { fitted, onCsv } = exported(kind);
    const text = writeModelFile(fitted);
    expect(text).toContain(`"format": "${MODEL_FORMAT}"`);
    expect(text).toContain(`"version": ${MODEL_VERSION}`);
    // No training row in the file: no id of the sample appears.
    expect(text).not.toMatch(/E0000\d\d/);
    const back = readModelFile(text);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.value).toEqual(fitted);
    const run = importedRun(back.value, 'model.json');
    const target = scoreNewData(run, csv, 'staff.csv');
    if (!target.ok) throw new Error(JSON.stringify(target.errors));
    const r = tierRun(run, target.value, { tiers: fitted.tiers });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.importedFrom).toBe('model.json');
    expect(r.value.trainedOn).toEqual(fitted.trainedOn);
    expect(Array.from(r.value.rows.scores)).toEqual(Array.from(onCsv.rows.scores));
    expect(Array.from(r.value.rows.probability)).toEqual(Array.from(onCsv.rows.probability));
    expect(Array.from(r.value.rows.tiers)).toEqual(Array.from(onCsv.rows.tiers));
    expect(r.value.rows.ids).toEqual(onCsv.rows.ids);
    // The imported run carries the file's test metrics and (scorecard) calibration into its own export.
    expect(r.value.fitted).toEqual(fitted);
  });

  it('writes arrays of numbers on one line and reads a UTF-8 BOM', () => {
    const text = writeModelFile(logistic);
    expect(text).toMatch(/"coefficients": \[-?\d[^\n]*\]/);
    const r = readModelFile(`\uFEFF${text}`);
    expect(r.ok).toBe(true);
  });
});

const errorsOf = (text: string) => {
  const r = readModelFile(text);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};
const mutate = (f: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(writeModelFile(logistic)) as Record<string, unknown>;
  f(o);
  return JSON.stringify(o);
};

describe('the reader refuses what it cannot trust, in Chinese, naming the field', () => {
  it('not JSON, truncated, too large, not an object, another format', () => {
    expect(errorsOf('{"format": "retention-academy/churn-model", "vers')[0]?.message).toMatch(/不是有效的 JSON/);
    expect(errorsOf('<html></html>')[0]?.message).toMatch(/不是有效的 JSON/);
    expect(errorsOf('[1,2]')[0]?.message).toMatch(/不是留存学院的模型文件/);
    expect(errorsOf('{"format": "other"}')[0]).toMatchObject({ field: 'format' });
    expect(errorsOf(' '.repeat(MAX_MODEL_FILE_BYTES + 1))[0]?.message).toMatch(/超过 5 MB/);
  });

  it('a future version is refused with a message that says so; a broken version too', () => {
    const e = errorsOf(mutate((o) => (o.version = MODEL_VERSION + 1)));
    expect(e).toEqual([{ field: 'version', message: expect.stringMatching(/第 2 版.*更新版本.*只能读取第 1 版/) as unknown as string }]);
    expect(errorsOf(mutate((o) => (o.version = '1')))[0]?.message).toMatch(/版本号无效/);
    expect(errorsOf(mutate((o) => (o.version = 0.5)))[0]?.field).toBe('version');
  });

  it('unknown, missing and mistyped fields', () => {
    expect(errorsOf(mutate((o) => (o.extra = 1)))[0]).toMatchObject({ field: 'extra', message: expect.stringMatching(/无法识别/) as unknown as string });
    // JSON.parse makes "__proto__" an own property: refused like any unknown field, never merged.
    const proto = writeModelFile(logistic).replace('{', '{"__proto__": {"polluted": true},');
    expect(errorsOf(proto)[0]).toMatchObject({ field: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorsOf(mutate((o) => delete o.tiers))[0]).toMatchObject({ field: 'tiers', message: expect.stringMatching(/缺少/) as unknown as string });
    expect(errorsOf(mutate((o) => ((o.logistic as { coefficients: unknown[] }).coefficients[3] = '1')))[0]).toMatchObject({ field: 'logistic.coefficients.3' });
    expect(errorsOf(mutate((o) => ((o.logistic as { sd: number[] }).sd[0] = 0)))[0]).toMatchObject({ field: 'logistic.sd.0' });
    expect(errorsOf(mutate((o) => (o.logistic as { mean: number[] }).mean.pop()))[0]).toMatchObject({ field: 'logistic.mean' });
    expect(errorsOf(mutate((o) => (o.kind = 'forest')))[0]).toMatchObject({ field: 'kind' });
    expect(errorsOf(mutate((o) => (o.tiers = { mode: 'rank', shares: [50, 50, 50, 0, 0] })))[0]?.message).toMatch(/之和须为 100%/);
    expect(errorsOf(mutate((o) => (o.tiers = { mode: 'cutoff', cutoffs: [10, 20, 30, 40] })))[0]?.message).toMatch(/严格递减/);
    expect(errorsOf(mutate((o) => ((o.encoder as { columns: { column: string }[] }).columns[1]!.column = '不存在的列')))[0]?.message).toMatch(/没有对应的/);
    expect(errorsOf(mutate((o) => ((o.encoder as { features: unknown[] }).features = [])))[0]).toMatchObject({ field: 'encoder.features' });
    expect(errorsOf(mutate((o) => ((o.trainedOn as { churners: number }).churners = 10 ** 7)))[0]).toMatchObject({ field: 'trainedOn.churners' });
  });

  it('a tree that is not a tree (a cycle, a shared child, a leaf with children, a feature out of range)', () => {
    const tree = exported({ kind: 'tree', maxDepth: 3, minLeaf: 20 }).fitted;
    const text = writeModelFile(tree);
    const bad = (f: (t: Record<string, number[]>) => void) => {
      const o = JSON.parse(text) as { tree: Record<string, number[]> };
      f(o.tree);
      return errorsOf(JSON.stringify(o));
    };
    expect(readModelFile(text).ok).toBe(true);
    expect(bad((t) => ((t.left as number[])[0] = 0))[0]?.message).toMatch(/子节点编号无效/);
    expect(bad((t) => ((t.right as number[])[0] = (t.left as number[])[0] as number))[0]?.message).toMatch(/子节点编号无效/);
    const leaf = (o: Record<string, number[]>) => (o.feature as number[]).indexOf(-1);
    expect(bad((t) => ((t.left as number[])[leaf(t)] = 1))[0]?.message).toMatch(/叶子节点/);
    expect(bad((t) => ((t.feature as number[])[0] = 999))[0]).toMatchObject({ field: 'tree.feature.0' });
    expect(bad((t) => ((t.positives as number[])[0] = 10 ** 6))[0]?.message).toMatch(/流失人数多于/);
  });

  it('never throws and always explains itself, whatever a field is replaced with (property)', () => {
    const base = JSON.parse(writeModelFile(logistic)) as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const o = { ...base, [key]: value };
        const r = readModelFile(JSON.stringify(o));
        if (r.ok) expect(validateModel(r.value).ok).toBe(true);
        else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('model card', () => {
  it('says what the model was fitted on, its test metrics, the excluded sensitive columns and the rule', () => {
    const card = modelCard(logistic);
    expect(card).toContain('# 模型卡');
    expect(card).toContain(SCORE_RULE);
    expect(card).toContain(logistic.trainedOn.name);
    expect(card).toMatch(/AUC 0\.\d{3}/);
    expect(card).toContain('`gender`');
    expect(card).toContain('`age_band`');
    expect(card).toMatch(/420 行训练、180 行测试/);
    expect(card).toContain('不含任何训练数据行');
  });

  it('keeps user text on its line (a file name with newlines cannot start a heading)', () => {
    const card = modelCard({ ...logistic, trainedOn: { ...logistic.trainedOn, name: 'a\n# 假标题\n`x`' } });
    expect(card.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# 模型卡：流失风险分层模型']);
  });
});
