/**
 * Inference over an uploaded table of strings: each column's type (numeric, categorical, boolean,
 * id-like, constant), the label column (churn / attrition / 流失 / 离职 / label …) and which columns
 * are features. Id-like and constant columns are never features; sensitive attributes are left
 * out by default with a note (see sensitive.ts). Every inference can be overridden.
 *
 * Column names are data: every per-column choice is kept in a `Map` keyed by the header text, so
 * a header such as `__proto__`, `constructor` or `toString` is a column like any other.
 * Numbers may use a decimal comma (`3,5`, as Excel writes them in many locales): a column whose
 * comma-numbers cannot be thousands separators is read that way, and says so.
 */
import { fail, fieldError, ok, type FieldError, type Result } from '../result';
import { echoList, echoText } from '../echo-text';
import { MAX_LEVELS } from './bounds';
import type { ParsedCsv } from './csv';
import type { Column, ColumnKind, Roles, Table } from './dataset';
import { sensitiveAttribute, sensitiveNote } from './sensitive';

/** Cell texts read as a missing value (besides blank); the SQL export reads cells by the same lists. */
export const MISSING_TOKENS: ReadonlySet<string> = new Set(['na', 'n/a', 'nan', 'null', 'none', '#n/a', '-', '--', '—', '?', '缺失', '无数据']);

export const TRUE_TOKENS: ReadonlySet<string> = new Set(['yes', 'y', 'true', 't', '1', '是', '对', '流失', '离职', '離職', '已流失', '已离职', 'churned', 'left', 'attrited']);
export const FALSE_TOKENS: ReadonlySet<string> = new Set(['no', 'n', 'false', 'f', '0', '否', '不', '未流失', '在职', '在職', '留存', 'retained', 'stayed', 'active', 'current']);

/** Column names that denote a churn/attrition label, strongest first. */
const LABEL_PATTERNS: RegExp[] = [
  /churn|attrition|流失|离职|離職|流失标签/i,
  /^(label|target|y|outcome|exited|left|status)$|标签|目标/i,
];

const ID_NAME = /(^|[_\s-])(id|uuid|guid|no|number|code|key)$|^id[_\s-]|Id$|ID$|Number$|编号|工号|编码|号码|账号|帳號|客户号|员工号|姓名|^name$|手机|电话|邮箱|email|phone/i;

/** Distinct texts of a column kept for the label-value choice (most frequent first). */
const KEPT_VALUES = 20;

export function isMissingText(s: string): boolean {
  const t = s.trim();
  return t === '' || MISSING_TOKENS.has(t.toLowerCase());
}

/**
 * Parse a number as a CRM/Excel export writes it: thousands separators, a currency sign in front,
 * a percent sign behind (kept in percent units, so "12%" → 12). NaN if it is not a number.
 */
export function parseNumber(s: string, decimalComma = false): number {
  let t = s.trim();
  if (t === '') return NaN;
  t = t.replace(/^[¥￥$€£]\s*/, '').replace(/\s*(元|%)$/, '');
  if (decimalComma) {
    // 3,5 → 3.5; 1.234,5 → 1234.5 (dots as thousands separators).
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
    if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  } else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : NaN;
}

/**
 * Whether a column's numbers use a decimal comma: some cell is `d,d` and cannot be a thousands
 * separator (not exactly three digits after the comma, e.g. `3,5`, `12,75`), or is `d.ddd,d`;
 * and no cell is written with a decimal point.
 */
export function usesDecimalComma(texts: Iterable<string>): boolean {
  let evidence = false;
  for (const raw of texts) {
    const t = raw.trim().replace(/^[¥￥$€£]\s*/, '').replace(/\s*(元|%)$/, '');
    if (/^[+-]?\d+\.\d+$/.test(t)) return false;
    if (/^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(t) || /^[+-]?0,\d+$/.test(t) || /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) evidence = true;
  }
  return evidence;
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
  /** For a numeric column written with decimal commas (3,5 = 3.5). */
  decimalComma?: boolean;
  /** The most frequent distinct texts (at most 20), for choosing which one means 流失. */
  values: string[];
}

export interface Inference {
  columns: ColumnInference[];
  roles: Roles;
  /** Notes for the learner (sensitive columns left out, id/constant columns ignored, …). */
  notes: string[];
}

export interface Overrides {
  /** Column kind per column name. */
  kinds?: ReadonlyMap<string, ColumnKind>;
  /** Include (true) or exclude (false) a column as a feature, overriding the default. */
  include?: ReadonlyMap<string, boolean>;
  /** Label column name, or null for "no label". */
  label?: string | null;
  /** Id column name, or null for none. */
  id?: string | null;
  /**
   * For a yes/no column (typically the label): the cell texts that mean yes / churned, e.g.
   * `状态 → ['已流失']`. Other non-missing texts mean no. Makes the column boolean.
   */
  positive?: ReadonlyMap<string, readonly string[]>;
}

/** A stable text key of a set of overrides (to tell whether an upload must be read again). */
export function overridesKey(o: Overrides): string {
  const entries = <V>(m: ReadonlyMap<string, V> | undefined) => (m === undefined ? [] : [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  return JSON.stringify([entries(o.kinds), entries(o.include), o.label === undefined ? '\u0000' : o.label, o.id === undefined ? '\u0000' : o.id, entries(o.positive)]);
}

function topValues(distinct: Map<string, number>): string[] {
  return [...distinct.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, KEPT_VALUES)
    .map(([t]) => t);
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
  const base = { name, missing, distinct: distinct.size, sensitive, values: topValues(distinct) };
  if (distinct.size <= 1) {
    return { ...base, kind: 'constant', invalid: 0, reason: distinct.size === 0 ? '整列为空' : '只有一个取值' };
  }
  const keys = [...distinct.keys()];
  if (distinct.size === 2 && keys.every((k) => !Number.isNaN(parseBoolean(k)))) {
    const b = keys.map(parseBoolean);
    if (b[0] !== b[1]) {
      return { ...base, kind: 'boolean', invalid: 0, reason: '两个取值（是/否）', trueTexts: keys.filter((k) => parseBoolean(k) === 1) };
    }
  }
  const decimalComma = usesDecimalComma(distinct.keys());
  let numericCount = 0;
  let integers = true;
  for (const [k, count] of distinct) {
    const v = parseNumber(k, decimalComma);
    if (!Number.isNaN(v)) {
      numericCount += count;
      if (!Number.isInteger(v)) integers = false;
    }
  }
  const invalidNumeric = present - numericCount;
  const uniqueShare = distinct.size / Math.max(1, present);
  if (numericCount > 0 && invalidNumeric <= Math.max(0, present * 0.05)) {
    if (integers && ID_NAME.test(name) && uniqueShare > 0.9) {
      return { ...base, kind: 'id', invalid: 0, reason: '列名像编号，且几乎每行取值不同' };
    }
    const comma = decimalComma ? '（小数点为逗号，如 3,5 读作 3.5）' : '';
    return {
      ...base,
      kind: 'numeric',
      invalid: invalidNumeric,
      ...(decimalComma ? { decimalComma: true } : {}),
      reason: invalidNumeric > 0 ? `数值列${comma}（${invalidNumeric} 个无法解析的单元格按缺失处理）` : `数值列${comma}`,
    };
  }
  if (ID_NAME.test(name) && uniqueShare > 0.5) {
    return { ...base, kind: 'id', invalid: 0, reason: '列名像编号或姓名' };
  }
  if (present >= 20 && uniqueShare > 0.9) {
    return { ...base, kind: 'id', invalid: 0, reason: '几乎每行取值不同，像编号或自由文本' };
  }
  if (distinct.size > MAX_LEVELS) {
    return { ...base, kind: 'id', invalid: 0, reason: `类别过多（${distinct.size} 个取值，上限 ${MAX_LEVELS}），不宜作为特征` };
  }
  return { ...base, kind: 'categorical', invalid: 0, reason: `类别列（${distinct.size} 个取值）` };
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

/** Why a never-feature column is left out, as a note heading. */
function leftOutReason(c: ColumnInference): 'id' | 'many' | 'constant' {
  if (c.kind === 'constant') return 'constant';
  return c.reason.startsWith('类别过多') ? 'many' : 'id';
}

const LEFT_OUT_TEXT = { id: '编号类列（每行取值几乎都不同）不作为特征', many: `取值超过 ${MAX_LEVELS} 个的文本列不作为特征`, constant: '只有一个取值的常数列不作为特征' } as const;

/** Roles from column inferences plus the learner's overrides. */
export function decideRoles(inferred: ColumnInference[], overrides: Overrides): Inference {
  const notes: string[] = [];
  const columns = inferred.map((c): ColumnInference => {
    const positive = overrides.positive?.get(c.name);
    if (positive !== undefined) return { ...c, kind: 'boolean', reason: '已手动设置（是/否）', trueTexts: positive.map((t) => t.trim()) };
    const k = overrides.kinds?.get(c.name);
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
  let id: string | null = overrides.id !== undefined ? overrides.id : (columns.find((c) => c.kind === 'id' && ID_NAME.test(c.name))?.name ?? columns.find((c) => c.kind === 'id')?.name ?? null);
  if (id !== null && !columns.some((c) => c.name === id)) id = null;
  const value = columns.find((c) => c.kind === 'numeric' && c.name !== label && /salary|income|margin|clv|ltv|月薪|年薪|薪资|毛利|价值/i.test(c.name))?.name ?? null;
  const features: string[] = [];
  for (const c of columns) {
    if (c.name === label) continue;
    const explicit = overrides.include?.get(c.name);
    if (c.kind === 'id' || c.kind === 'constant') {
      if (explicit === true) notes.push(`“${echoText(c.name)}”是${c.kind === 'id' ? '编号类' : '常数'}列，不能作为特征。`);
      continue;
    }
    if (c.sensitive !== null && explicit !== true) {
      notes.push(sensitiveNote(echoText(c.name), c.sensitive));
      continue;
    }
    if (explicit === false) continue;
    features.push(c.name);
  }
  for (const reason of ['id', 'many', 'constant'] as const) {
    const names = columns.filter((c) => (c.kind === 'id' || c.kind === 'constant') && c.name !== label && leftOutReason(c) === reason).map((c) => c.name);
    if (names.length === 0) continue;
    const list = echoList(names);
    notes.push(`${LEFT_OUT_TEXT[reason]}：${list.shown.join('、')}${list.omitted > 0 ? ` 等 ${names.length} 列` : ''}。`);
  }
  const comma = columns.filter((c) => c.kind === 'numeric' && c.decimalComma === true).map((c) => c.name);
  if (comma.length > 0) notes.push(`按小数逗号读取的数值列（如 3,5 读作 3.5）：${echoList(comma).shown.join('、')}${comma.length > 10 ? ` 等 ${comma.length} 列` : ''}。`);
  if (label === null) notes.push('没有识别出流失标签列（如 churn、attrition、流失、离职）：请在“流失标签列”中选择结果列；也可以把列对应到课程的预警信号，改用透明评分卡打分。');
  return { columns, roles: { features, label, value, id }, notes };
}

/** Check overrides against the columns; unknown names and impossible choices are errors. */
export function validateOverrides(inferred: ColumnInference[], overrides: Overrides): FieldError[] {
  const names = new Set(inferred.map((c) => c.name));
  const errors: FieldError[] = [];
  const check = (field: string, name: string | null | undefined) => {
    if (name !== undefined && name !== null && !names.has(name)) errors.push(fieldError(field, `没有名为“${echoText(name)}”的列。`));
  };
  check('label', overrides.label);
  check('id', overrides.id);
  for (const n of overrides.kinds?.keys() ?? []) check(`kinds.${n}`, n);
  for (const n of overrides.include?.keys() ?? []) check(`include.${n}`, n);
  for (const [n, texts] of overrides.positive ?? []) {
    check(`positive.${n}`, n);
    if (texts.length === 0) errors.push(fieldError(`positive.${n}`, '请至少选择一个表示“是/已流失”的取值。'));
  }
  if (overrides.label !== undefined && overrides.label !== null) {
    const c = inferred.find((x) => x.name === overrides.label);
    const kind = overrides.positive?.get(overrides.label) !== undefined ? 'boolean' : (overrides.kinds?.get(overrides.label) ?? c?.kind);
    if (c !== undefined && kind !== 'boolean' && kind !== 'numeric') {
      errors.push(fieldError('label', `“${echoText(overrides.label)}”不是是/否或 0/1 列。请在下方选出表示“流失”的取值，它就能作为流失标签。`));
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
      const comma = c.decimalComma === true;
      for (let i = 0; i < n; i++) {
        const s = cells[i] as string;
        if (isMissingText(s)) values[i] = NaN;
        else if (c.kind === 'boolean') {
          const t = s.trim();
          const b = trueSet !== null ? (trueSet.has(t) ? 1 : 0) : parseBoolean(t);
          values[i] = Number.isNaN(b) ? (parseNumber(t) > 0 ? 1 : parseNumber(t) === 0 ? 0 : NaN) : b;
        } else values[i] = parseNumber(s, comma);
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
