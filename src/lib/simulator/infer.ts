/**
 * Inference over an uploaded table of strings: each column's type (numeric, categorical, boolean,
 * id-like, constant), the label column (churn / attrition / 流失 / 离职 / label …) and which columns
 * are features. Id-like and constant columns are never features; sensitive attributes are left
 * out by default with a note (see sensitive.ts). Every inference can be overridden.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import type { ParsedCsv } from './csv';
import type { Column, ColumnKind, Roles, Table } from './dataset';
import { sensitiveAttribute, sensitiveNote } from './sensitive';

/** Cell texts read as a missing value (besides blank). */
const MISSING_TOKENS = new Set(['na', 'n/a', 'nan', 'null', 'none', '#n/a', '-', '--', '—', '?', '缺失', '无数据']);

const TRUE_TOKENS = new Set(['yes', 'y', 'true', 't', '1', '是', '对', '流失', '离职', '離職', '已流失', '已离职', 'churned', 'left', 'attrited']);
const FALSE_TOKENS = new Set(['no', 'n', 'false', 'f', '0', '否', '不', '未流失', '在职', '在職', '留存', 'retained', 'stayed', 'active', 'current']);

/** Column names that denote a churn/attrition label, strongest first. */
const LABEL_PATTERNS: RegExp[] = [
  /churn|attrition|流失|离职|離職|流失标签/i,
  /^(label|target|y|outcome|exited|left|status)$|标签|目标/i,
];

const ID_NAME = /(^|[_\s-])(id|uuid|guid|no|number|code|key)$|^id[_\s-]|Id$|ID$|Number$|编号|工号|编码|号码|账号|帳號|客户号|员工号|姓名|^name$|手机|电话|邮箱|email|phone/i;

/** Column names that carry a monetary value per row (annual value, salary, spend, …). */
const VALUE_NAME = /value|revenue|spend|salary|income|arpu|clv|ltv|年收入|月薪|薪资|薪酬|收入|价值|消费|金额/i;

export function isMissingText(s: string): boolean {
  const t = s.trim();
  return t === '' || MISSING_TOKENS.has(t.toLowerCase());
}

/**
 * Parse a number as a CRM/Excel export writes it: thousands separators, a currency sign in front,
 * a percent sign behind (kept in percent units, so "12%" → 12). NaN if it is not a number.
 */
export function parseNumber(s: string): number {
  let t = s.trim();
  if (t === '') return NaN;
  t = t.replace(/^[¥￥$€£]\s*/, '').replace(/\s*(元|%)$/, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : NaN;
}

/** 1 / 0 for a recognised boolean token, NaN otherwise. */
export function parseBoolean(s: string): number {
  const t = s.trim().toLowerCase();
  if (TRUE_TOKENS.has(t)) return 1;
  if (FALSE_TOKENS.has(t)) return 0;
  return NaN;
}

export interface ColumnInference {
  name: string;
  kind: ColumnKind;
  /** Why this kind, in Chinese. */
  reason: string;
  missing: number;
  /** Cells that were neither missing nor of the column's kind (counted as missing). */
  invalid: number;
  distinct: number;
  /** The sensitive attribute this column denotes, if any. */
  sensitive: string | null;
  /** For a boolean column: the original texts read as 1 (e.g. ["Yes"]). */
  trueTexts?: string[];
}

export interface Inference {
  columns: ColumnInference[];
  roles: Roles;
  /** Notes for the learner (sensitive columns left out, id/constant columns ignored, …). */
  notes: string[];
}

export interface Overrides {
  /** Column kind per column name. */
  kinds?: Record<string, ColumnKind>;
  /** Include (true) or exclude (false) a column as a feature, overriding the default. */
  include?: Record<string, boolean>;
  /** Label column name, or null for "no label". */
  label?: string | null;
  /** Value column name, or null for none. */
  value?: string | null;
  /** Id column name, or null for none. */
  id?: string | null;
  /**
   * For a yes/no column (typically the label): the cell texts that mean yes / churned, e.g.
   * `{ 状态: ['已流失'] }`. Other non-missing texts mean no. Makes the column boolean.
   */
  positive?: Record<string, string[]>;
}

function distinctTexts(cells: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cells) {
    if (isMissingText(c)) continue;
    const t = c.trim();
    m.set(t, (m.get(t) ?? 0) + 1);
  }
  return m;
}

/** Infer one column's kind from its cells. */
export function inferColumn(name: string, cells: readonly string[]): ColumnInference {
  const distinct = distinctTexts(cells);
  let present = 0;
  for (const v of distinct.values()) present += v;
  const missing = cells.length - present;
  const sensitive = sensitiveAttribute(name);
  const base = { name, missing, distinct: distinct.size, sensitive };
  if (distinct.size <= 1) {
    return { ...base, kind: 'constant', invalid: 0, reason: distinct.size === 0 ? '整列为空' : '只有一个取值' };
  }
  const keys = [...distinct.keys()];
  if (distinct.size === 2 && keys.every((k) => !Number.isNaN(parseBoolean(k)))) {
    const b = keys.map(parseBoolean);
    if (b[0] !== b[1]) {
      return { ...base, kind: 'boolean', invalid: 0, reason: '两个取值(是/否)', trueTexts: keys.filter((k) => parseBoolean(k) === 1) };
    }
  }
  let numericCount = 0;
  let integers = true;
  for (const [k, count] of distinct) {
    const v = parseNumber(k);
    if (!Number.isNaN(v)) {
      numericCount += count;
      if (!Number.isInteger(v)) integers = false;
    }
  }
  const invalidNumeric = present - numericCount;
  const uniqueShare = distinct.size / Math.max(1, present);
  if (numericCount > 0 && invalidNumeric <= Math.max(0, present * 0.05)) {
    if (integers && ID_NAME.test(name) && uniqueShare > 0.9) {
      return { ...base, kind: 'id', invalid: 0, reason: '列名像编号,且几乎每行取值不同' };
    }
    return { ...base, kind: 'numeric', invalid: invalidNumeric, reason: invalidNumeric > 0 ? `数值列(${invalidNumeric} 个无法解析的单元格按缺失处理)` : '数值列' };
  }
  if (ID_NAME.test(name) && uniqueShare > 0.5) {
    return { ...base, kind: 'id', invalid: 0, reason: '列名像编号或姓名' };
  }
  if (present >= 20 && uniqueShare > 0.9) {
    return { ...base, kind: 'id', invalid: 0, reason: '几乎每行取值不同,像编号或自由文本' };
  }
  if (distinct.size > 50) {
    return { ...base, kind: 'id', invalid: 0, reason: `类别过多(${distinct.size} 个),不宜作为特征` };
  }
  return { ...base, kind: 'categorical', invalid: 0, reason: `类别列(${distinct.size} 个取值)` };
}

function labelScore(c: ColumnInference): number {
  if (c.kind !== 'boolean') return 0;
  for (let i = 0; i < LABEL_PATTERNS.length; i++) if ((LABEL_PATTERNS[i] as RegExp).test(c.name)) return LABEL_PATTERNS.length - i;
  return 0;
}

/** Infer kinds and roles of every column of a parsed CSV. */
export function inferSchema(csv: Pick<ParsedCsv, 'header' | 'rows'>): Inference {
  const columns = csv.header.map((name, j) => inferColumn(name, csv.rows.map((r) => r[j] ?? '')));
  return decideRoles(columns, {});
}

/** Roles from column inferences plus the learner's overrides. */
export function decideRoles(inferred: ColumnInference[], overrides: Overrides): Inference {
  const notes: string[] = [];
  const columns = inferred.map((c): ColumnInference => {
    const positive = overrides.positive?.[c.name];
    if (positive !== undefined) return { ...c, kind: 'boolean', reason: '已手动设置(是/否)', trueTexts: positive.map((t) => t.trim()) };
    const k = overrides.kinds?.[c.name];
    return k !== undefined && k !== c.kind ? { ...c, kind: k, reason: '已手动设置' } : c;
  });
  let label: string | null = null;
  if (overrides.label !== undefined) label = overrides.label;
  else {
    let best = 0;
    for (const c of columns) {
      const s = labelScore(c);
      if (s > best) {
        best = s;
        label = c.name;
      }
    }
  }
  let id: string | null = overrides.id !== undefined ? overrides.id : (columns.find((c) => c.kind === 'id')?.name ?? null);
  if (id !== null && !columns.some((c) => c.name === id)) id = null;
  let value: string | null = null;
  if (overrides.value !== undefined) value = overrides.value;
  else value = columns.find((c) => c.kind === 'numeric' && VALUE_NAME.test(c.name) && c.name !== label)?.name ?? null;
  const features: string[] = [];
  for (const c of columns) {
    if (c.name === label) continue;
    const explicit = overrides.include?.[c.name];
    if (c.kind === 'id' || c.kind === 'constant') {
      if (explicit === true) notes.push(`“${c.name}”是${c.kind === 'id' ? '编号类' : '常数'}列,不能作为特征。`);
      continue;
    }
    if (c.sensitive !== null && explicit !== true) {
      notes.push(sensitiveNote(c.name, c.sensitive));
      continue;
    }
    if (explicit === false) continue;
    features.push(c.name);
  }
  const ignored = columns.filter((c) => c.kind === 'id' || c.kind === 'constant').map((c) => c.name);
  if (ignored.length > 0) notes.push(`编号类和常数列不作为特征:${ignored.join('、')}。`);
  if (label === null) notes.push('没有识别出流失标签列(如 churn、attrition、流失、离职),只能用评分卡打分,无法评估准确率。');
  return { columns, roles: { features, label, value, id }, notes };
}

/** Check overrides against the columns; unknown names and impossible choices are errors. */
export function validateOverrides(inferred: ColumnInference[], overrides: Overrides): FieldError[] {
  const names = new Set(inferred.map((c) => c.name));
  const errors: FieldError[] = [];
  const check = (field: string, name: string | null | undefined) => {
    if (name !== undefined && name !== null && !names.has(name)) errors.push(fieldError(field, `没有名为“${name}”的列。`));
  };
  check('label', overrides.label);
  check('value', overrides.value);
  check('id', overrides.id);
  for (const n of Object.keys(overrides.kinds ?? {})) check(`kinds.${n}`, n);
  for (const n of Object.keys(overrides.include ?? {})) check(`include.${n}`, n);
  for (const [n, texts] of Object.entries(overrides.positive ?? {})) {
    check(`positive.${n}`, n);
    if (texts.length === 0) errors.push(fieldError(`positive.${n}`, '请至少选择一个表示“是/已流失”的取值。'));
  }
  if (overrides.label !== undefined && overrides.label !== null) {
    const c = inferred.find((x) => x.name === overrides.label);
    const kind = overrides.positive?.[overrides.label] !== undefined ? 'boolean' : (overrides.kinds?.[overrides.label] ?? c?.kind);
    if (c !== undefined && kind !== 'boolean' && kind !== 'numeric') {
      errors.push(fieldError('label', `“${overrides.label}”不是是/否或 0/1 列,不能作为流失标签。`));
    }
  }
  return errors;
}

/** Build typed columns from the strings, per the inferred (or overridden) kinds. */
export function buildTable(csv: Pick<ParsedCsv, 'header' | 'rows'>, inference: Inference): Table {
  const n = csv.rows.length;
  const columns: Column[] = inference.columns.map((c, j) => {
    const cells = csv.rows.map((r) => r[j] ?? '');
    if (c.kind === 'numeric' || c.kind === 'boolean') {
      const values = new Float64Array(n);
      const trueSet = c.trueTexts !== undefined ? new Set(c.trueTexts) : null;
      for (let i = 0; i < n; i++) {
        const s = cells[i] as string;
        if (isMissingText(s)) values[i] = NaN;
        else if (c.kind === 'boolean') {
          const t = s.trim();
          const b = trueSet !== null ? (trueSet.has(t) ? 1 : 0) : parseBoolean(t);
          values[i] = Number.isNaN(b) ? (parseNumber(t) > 0 ? 1 : parseNumber(t) === 0 ? 0 : NaN) : b;
        } else values[i] = parseNumber(s);
      }
      return { name: c.name, label: c.name, kind: c.kind, values };
    }
    if (c.kind === 'categorical') {
      const levels: string[] = [];
      const index = new Map<string, number>();
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const s = cells[i] as string;
        if (isMissingText(s)) {
          codes[i] = -1;
          continue;
        }
        const t = s.trim();
        let k = index.get(t);
        if (k === undefined) {
          k = levels.length;
          levels.push(t);
          index.set(t, k);
        }
        codes[i] = k;
      }
      return { name: c.name, label: c.name, kind: 'categorical', codes, levels };
    }
    return { name: c.name, label: c.name, kind: c.kind, values: cells };
  });
  return { n, columns };
}

/** Apply overrides: validated, then roles recomputed. */
export function applyOverrides(inferred: ColumnInference[], overrides: Overrides): Result<Inference> {
  const errors = validateOverrides(inferred, overrides);
  if (errors.length > 0) return fail(errors);
  return ok(decideRoles(inferred, overrides));
}
