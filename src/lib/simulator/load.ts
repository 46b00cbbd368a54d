/**
 * Stage 1 of a run: a data source (built-in sample, uploaded CSV bytes, or a ready table) →
 * a `LoadedData`: the typed table, the roles of its columns, its sensitive columns, row ids and
 * the notes a learner should read about how the file was understood. Uploads are read with the
 * learner's overrides; a second file scored with a fitted model is read with the **training**
 * file's column kinds, so the same text means the same number.
 */
import { echoList, echoText } from '../echo-text';
import { fail, fieldError, ok, type Result } from '../result';
import { SEED_PATTERN } from './bounds';
import { readCsv, type MalformedRow, type TextEncodingName } from './csv';
import { findColumn, type Roles, type SensitiveColumn, type Table } from './dataset';
import { applyOverrides, buildTable, inferSchema, type ColumnInference, type Inference, type Overrides } from './infer';
import { generateSample, type Population } from './samples';

export type DataSource =
  | { kind: 'sample'; population: Population; size: number; seed: string | number }
  | { kind: 'csv'; bytes: Uint8Array; overrides?: Overrides; name?: string; population?: Population | null }
  | { kind: 'table'; table: Table; roles: Roles; population?: Population | null; sensitive?: SensitiveColumn[] }
  /** An upload already read by `loadCsv` (so changing a parameter does not re-parse the file). */
  | { kind: 'loaded'; data: LoadedData };

/** A population ready to simulate: its table, roles and what was learnt while reading it. */
export interface LoadedData {
  /** File name, or the sample's description. */
  name: string;
  table: Table;
  roles: Roles;
  population: Population | null;
  source: 'sample' | 'csv' | 'table';
  inference: Inference | null;
  encoding: TextEncodingName | null;
  delimiter: string | null;
  malformed: MalformedRow[];
  notes: string[];
  ids: string[];
  /** Columns describing who a person is: never features, used by the fairness check. */
  sensitive: SensitiveColumn[];
  /** Display name of each column (Chinese for samples, the header for uploads). */
  labels: Map<string, string>;
}

/** Guess whether an upload is about employees or customers, from its label and column names. */
export function guessPopulation(table: Table, roles: Roles): Population | null {
  const names = [roles.label ?? '', ...table.columns.map((c) => c.name)].join(' ');
  if (/attrition|离职|離職|employee|员工|salary|薪/i.test(names)) return 'employees';
  if (/churn|流失|customer|客户/i.test(names)) return 'customers';
  return null;
}

function labelsOf(table: Table): Map<string, string> {
  return new Map(table.columns.map((c) => [c.name, c.label]));
}

function idsOf(table: Table, roles: Roles, rowNumbers: readonly number[] | null): string[] {
  const col = roles.id !== null ? findColumn(table, roles.id) : undefined;
  if (col !== undefined && 'values' in col && Array.isArray(col.values)) return col.values.map(String);
  if (col !== undefined && 'values' in col && col.values instanceof Float64Array) return Array.from(col.values, (v) => (Number.isFinite(v) ? String(v) : ''));
  return rowNumbers !== null ? rowNumbers.map((r) => `第${r}行`) : Array.from({ length: table.n }, (_, i) => String(i + 1));
}

function missingNote(c: ColumnInference, label: string | null): string | null {
  const gaps = c.missing + c.invalid;
  if (gaps === 0) return null;
  const name = echoText(c.name);
  if (c.name === label) return `标签列“${name}”有 ${gaps} 个空白或无法识别的单元格：这些行不参与训练和评估，但仍会被打分和分层。`;
  const how =
    c.kind === 'categorical'
      ? '归为“（缺失）”类别'
      : c.kind === 'boolean'
        ? '用训练数据中较常见的一方（是或否）填补，并增加一个“缺失”标记特征'
        : '用训练数据的中位数填补，并增加一个“缺失”标记特征';
  return `“${name}”有 ${gaps} 个空白或无法解析的单元格，按缺失值处理：${how}。`;
}

function uploadNotes(inference: Inference, malformed: readonly MalformedRow[]): string[] {
  const notes = [...inference.notes];
  for (const c of inference.columns) {
    if (!inference.roles.features.includes(c.name) && c.name !== inference.roles.label) continue;
    const note = missingNote(c, inference.roles.label);
    if (note !== null) notes.push(note);
  }
  if (malformed.length > 0) {
    const list = echoList(malformed.map((m) => `第 ${m.row} 行（${m.reason}）`));
    notes.push(`有 ${malformed.length} 行格式不正确，未纳入计算：${list.shown.join('、')}${list.omitted > 0 ? ' 等' : ''}。`);
  }
  return notes;
}

function sensitiveOf(inference: Inference): SensitiveColumn[] {
  return inference.columns
    .filter((c) => c.sensitive !== null && c.kind !== 'id' && c.kind !== 'constant' && c.name !== inference.roles.label)
    .map((c) => ({ column: c.name, label: c.name, what: c.sensitive as string }));
}

/** Decode, parse and infer an uploaded CSV (also used by the UI to show and edit the inference). */
export function loadCsv(bytes: Uint8Array, overrides: Overrides = {}, name = '上传的文件'): Result<LoadedData> {
  const parsed = readCsv(bytes);
  if (!parsed.ok) return parsed;
  const csv = parsed.value;
  let inference = inferSchema(csv);
  const applied = applyOverrides(inference.columns, overrides);
  if (!applied.ok) return applied;
  inference = applied.value;
  const table = buildTable(csv, inference);
  return ok({
    name,
    table,
    roles: inference.roles,
    population: guessPopulation(table, inference.roles),
    source: 'csv',
    inference,
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    malformed: csv.malformed,
    notes: uploadNotes(inference, csv.malformed),
    ids: idsOf(table, inference.roles, csv.rowNumbers),
    sensitive: sensitiveOf(inference),
    labels: labelsOf(table),
  });
}

/** How a fitted model read each of its training columns (so a new file is read the same way). */
export interface ColumnReading {
  name: string;
  kind: 'numeric' | 'boolean' | 'categorical';
  /** Boolean columns: the texts read as 1 (是 / Yes / 流失 …); absent = the standard words. */
  trueTexts?: string[];
  /** Numeric columns written with decimal commas. */
  decimalComma?: boolean;
}

/**
 * Read a second file to be scored by a fitted model: its columns are inferred as usual, then the
 * model's columns are forced to the kinds they had in training. Missing model columns are an
 * error naming them.
 */
export function loadForScoring(bytes: Uint8Array, readings: readonly ColumnReading[], trainingId: string | null, name = '新数据'): Result<LoadedData> {
  const parsed = readCsv(bytes);
  if (!parsed.ok) return parsed;
  const csv = parsed.value;
  const inferred = inferSchema(csv);
  const have = new Set(csv.header);
  const missing = readings.filter((r) => !have.has(r.name)).map((r) => r.name);
  if (missing.length > 0) {
    const list = echoList(missing);
    return fail([
      fieldError(
        'file',
        `新数据缺少模型用到的列：${list.shown.join('、')}${list.omitted > 0 ? ` 等 ${missing.length} 列` : ''}。请让新文件的列名与训练文件一致（顺序可以不同）。`,
      ),
    ]);
  }
  const byName = new Map(readings.map((r) => [r.name, r]));
  const columns = inferred.columns.map((c): ColumnInference => {
    const r = byName.get(c.name);
    if (r === undefined) return c;
    const forced: ColumnInference = { ...c, kind: r.kind, reason: '按训练文件的类型读取' };
    if (r.trueTexts !== undefined) forced.trueTexts = [...r.trueTexts];
    else delete forced.trueTexts;
    if (r.decimalComma === true) forced.decimalComma = true;
    else delete forced.decimalComma;
    return forced;
  });
  const features = readings.map((r) => r.name);
  const id = trainingId !== null && have.has(trainingId) ? trainingId : inferred.roles.id;
  const roles: Roles = { features, label: null, value: inferred.roles.value, id };
  const inference: Inference = { columns, roles, notes: [] };
  const table = buildTable(csv, inference);
  const notes: string[] = [];
  for (const c of columns) {
    if (!byName.has(c.name)) continue;
    const gaps = c.missing + c.invalid;
    if (gaps > 0) notes.push(`“${echoText(c.name)}”有 ${gaps} 个空白或无法解析的单元格，按训练时的规则填补。`);
  }
  if (csv.malformed.length > 0) notes.push(`有 ${csv.malformed.length} 行格式不正确，未纳入打分。`);
  return ok({
    name,
    table,
    roles,
    population: guessPopulation(table, roles),
    source: 'csv',
    inference,
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    malformed: csv.malformed,
    notes,
    ids: idsOf(table, roles, csv.rowNumbers),
    sensitive: sensitiveOf({ columns, roles, notes: [] }).filter((s) => !byName.has(s.column)),
    labels: labelsOf(table),
  });
}

/** Any data source → loaded data. */
export function load(source: DataSource): Result<LoadedData> {
  if (source.kind === 'loaded') return ok(source.data);
  if (source.kind === 'csv') {
    const l = loadCsv(source.bytes, source.overrides ?? {}, source.name);
    if (!l.ok || source.population === undefined || source.population === null) return l;
    return ok({ ...l.value, population: source.population });
  }
  if (source.kind === 'sample') {
    if (source.population !== 'customers' && source.population !== 'employees') {
      return fail([fieldError('sample', '样本只能是客户或员工。')]);
    }
    if (!Number.isInteger(source.size) || source.size < 10 || source.size > 200000) {
      return fail([fieldError('size', '样本量须为 10–200000 之间的整数。')]);
    }
    if (typeof source.seed === 'string' && !SEED_PATTERN.test(source.seed)) return fail([fieldError('seed', '随机种子只能包含 1–32 个字母、数字、下划线或连字符。')]);
    const s = generateSample(source.population, source.size, source.seed);
    return ok({
      name: `${source.population === 'customers' ? '客户' : '员工'}样本（${source.size.toLocaleString('zh-CN')} 人，种子 ${source.seed}）`,
      table: s.table,
      roles: s.roles,
      population: s.population,
      source: 'sample',
      inference: null,
      encoding: null,
      delimiter: null,
      malformed: [],
      notes: [],
      ids: idsOf(s.table, s.roles, null),
      sensitive: s.sensitive,
      labels: labelsOf(s.table),
    });
  }
  const population = source.population === undefined ? guessPopulation(source.table, source.roles) : source.population;
  return ok({
    name: '数据表',
    table: source.table,
    roles: source.roles,
    population,
    source: 'table',
    inference: null,
    encoding: null,
    delimiter: null,
    malformed: [],
    notes: [],
    ids: idsOf(source.table, source.roles, null),
    sensitive: source.sensitive ?? [],
    labels: labelsOf(source.table),
  });
}
