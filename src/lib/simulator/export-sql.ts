// typography-ignore-file: SQL text; its parentheses are syntax even around Chinese comments.
/**
 * A fitted model (fitted-model.ts, the object the Worker scores with) as one portable SQL
 * `SELECT`: it reads a table with the training file's column names and returns, per row, the key
 * column(s), `risk_score` (0–100), `churn_probability`, `risk_tier` (1–5), `risk_tier_name` and
 * `recommended_intervention` — what the simulator gives the same row. Step by step (one CTE each):
 *
 *   cells     each model column as a double (numeric) or trimmed text (是/否 and category columns)
 *   vals      text read as the simulator reads a cell (load.ts / infer.ts): the missing-value words
 *             (`MISSING_TOKENS`) → NULL; 是/否 by the training file's “yes” texts, or by the
 *             standard words; categories as they are
 *   features  encoder.ts: NULL → the training median plus a 0/1 missing flag (when training had
 *             missing values); one 0/1 column per category level; an unseen category → all 0
 *   scored    logistic.ts: σ(b + Σ βⱼ (xⱼ − meanⱼ) / sdⱼ) with the same order of operations;
 *             tree.ts: nested CASE WHEN xⱼ <= t; scorecard.ts: Σ wₖ · clamp((x − from)/(to − from))
 *   tiers     tiers.ts. Cut-offs: fixed thresholds. Rank: every row's position is
 *             ROW_NUMBER() OVER (ORDER BY risk DESC, key ASC NULLS LAST) over the scored table, so
 *             the shares hold on the new table; the tier sizes are the simulator's largest
 *             remainder apportionment of COUNT(*), computed in SQL with the same double
 *             arithmetic (⌊fₜ·N⌋, remainders ranked high to low, ties to the earlier tier).
 *             Ties: the simulator ranks equal scores in file order, the SQL in key order, so the
 *             two agree row for row when the file is sorted by its key column (and the tier
 *             sizes always agree).
 *   output    the scorecard's probability is its tier's training churn rate (calibrate.ts), or
 *             risk ÷ 100 without labels; names and interventions from tiers.ts / interventions.ts.
 *
 * Numbers are written so that every engine reads back the identical double (sql-dialect.ts);
 * identifiers and strings are quoted per dialect; user text in comments cannot end the comment.
 * Where SQL cannot follow the simulator (documented in the README): a BOOLEAN column (DuckDB's
 * read_csv makes Yes/No one) reads as the text 'true'/'false', so 'true' always means 是 (the
 * simulator, reading a CSV, takes 'true' as 否 when training said Yes/No); TRIM removes spaces only
 * (JavaScript's trim also removes tabs and full-width spaces); a numeric column must be a number
 * type (the simulator also reads “¥1,200” or “3,5” in a CSV); a 是/否 column without the training
 * file's texts that holds numbers other than 0/1 reads as missing; logits beyond ±700 give
 * probability exactly 0 or 1 (PostgreSQL's EXP raises an error on underflow).
 */
import { fail, fieldError, ok, type Result } from '../result';
import type { FeatureSpec } from './encoder';
import type { FittedModel } from './fitted-model';
import { FALSE_TOKENS, MISSING_TOKENS, TRUE_TOKENS } from './infer';
import type { ColumnReading } from './load';
import { commentText, DIALECTS, doubleLiteral, type DialectRules, type SqlDialect } from './sql-dialect';
import { TIER_INTERVENTIONS } from './interventions';
import { TIER_COUNT, TIER_NAMES } from './tiers';
import { validateModel } from './model-file';
import { SCORE_RULE } from './model-card';

export interface SqlOptions {
  dialect?: SqlDialect;
  /** The table to score: a name, or its parts (schema, table). Default `churn_input`. */
  table?: string | readonly string[];
  /** Columns carried into the output and used as the tie-break (default: the training file's id column). */
  keys?: readonly string[];
}

/** The output columns, in order after the keys. */
export const SQL_OUTPUT_COLUMNS = ['risk_score', 'churn_probability', 'risk_tier', 'risk_tier_name', 'recommended_intervention'] as const;

export const DEFAULT_SQL_TABLE = 'churn_input';

/** Logits beyond this give probability 0 or 1 (exp(−700) ≈ 1e−304; PostgreSQL's EXP fails on underflow). */
const LOGIT_LIMIT = 700;

const KIND_NAMES: Record<FittedModel['kind'], string> = { logistic: '逻辑回归（L2 正则化）', tree: '决策树（CART）', scorecard: '透明评分卡（课程预警信号加权）' };

interface Ctx {
  d: DialectRules;
  num: (x: number) => string;
  str: (s: string) => string;
  id: (s: string) => string;
}

function list(values: Iterable<string>, ctx: Ctx): string {
  return [...values].map(ctx.str).join(', ');
}

/** How a cell becomes the value the model reads (NULL = missing), from the `cells` CTE's c_j. */
function valueExpr(reading: ColumnReading, c: string, ctx: Ctx): string {
  if (reading.kind === 'numeric') return c;
  const missing = `${c} IS NULL OR lower(${c}) IN (${list(['', ...MISSING_TOKENS], ctx)})`;
  if (reading.kind === 'categorical') return `CASE WHEN ${missing} THEN NULL ELSE ${c} END`;
  if (reading.trueTexts !== undefined) {
    // A warehouse (or DuckDB's read_csv) may hold Yes/No as a BOOLEAN, which reads as 'true'.
    const yes = reading.trueTexts.includes('true') ? reading.trueTexts : [...reading.trueTexts, 'true'];
    return `CASE WHEN ${missing} THEN NULL WHEN ${c} IN (${list(yes, ctx)}) THEN 1 ELSE 0 END`;
  }
  return `CASE WHEN ${missing} THEN NULL WHEN lower(${c}) IN (${list(TRUE_TOKENS, ctx)}) THEN 1 WHEN lower(${c}) IN (${list(FALSE_TOKENS, ctx)}) THEN 0 ELSE NULL END`;
}

/** The encoded features of one encoder column, as expressions over its value v. */
function featureExprs(spec: FeatureSpec, v: string, ctx: Ctx): { expr: string; note: string }[] {
  if (spec.kind === 'categorical') {
    const out = spec.levels.map((level) => ({ expr: `CASE WHEN ${v} = ${ctx.str(level)} THEN 1 ELSE 0 END`, note: `${spec.column} = ${level}` }));
    if (spec.missingLevel) out.push({ expr: `CASE WHEN ${v} IS NULL THEN 1 ELSE 0 END`, note: `${spec.column} 缺失` });
    return out;
  }
  const out = [{ expr: `CASE WHEN ${v} IS NULL THEN ${ctx.num(spec.impute)} ELSE ${v} END`, note: `${spec.column}（缺失时取训练中位数 ${spec.impute}）` }];
  if (spec.missingIndicator) out.push({ expr: `CASE WHEN ${v} IS NULL THEN 1 ELSE 0 END`, note: `${spec.column} 缺失标记` });
  return out;
}

function treeExpr(model: Extract<FittedModel, { kind: 'tree' }>, ctx: Ctx): string {
  const t = model.tree;
  const walk = (node: number, indent: string): string => {
    const f = t.feature[node] as number;
    if (f < 0) {
      const c = t.count[node] as number;
      return ctx.num(c > 0 ? (t.positives[node] as number) / c : 0);
    }
    const inner = `${indent}  `;
    return `CASE WHEN x_${f + 1} <= ${ctx.num(t.threshold[node] as number)}\n${inner}THEN ${walk(t.left[node] as number, inner)}\n${inner}ELSE ${walk(t.right[node] as number, inner)} END`;
  };
  return walk(0, '    ');
}

function sigmoidExpr(z: string): string {
  return `CASE WHEN ${z} > ${LOGIT_LIMIT} THEN 1 WHEN ${z} < -${LOGIT_LIMIT} THEN 0 WHEN ${z} >= 0 THEN 1 / (1 + exp(-${z})) ELSE exp(${z}) / (1 + exp(${z})) END`;
}

/** The rank-mode tier sizes (tiers.ts `largestRemainder`) as CTEs over COUNT(*); yields b_1…b_4. */
function rankCtes(shares: readonly number[], ctx: Ctx): string[] {
  const positive = shares.map((s) => (s > 0 ? s : 0));
  const sum = positive.reduce((a, b) => a + b, 0);
  const f = positive.map((s) => s / sum);
  const T = TIER_COUNT;
  const ts = Array.from({ length: T }, (_, i) => i + 1);
  const exact = (t: number) => `${ctx.num(f[t - 1] as number)} * n`;
  // Position of tier t's remainder when sorted high to low, ties to the earlier tier.
  const place = (t: number) => ts.filter((u) => u !== t).map((u) => `CASE WHEN r_${u} ${u < t ? '>=' : '>'} r_${t} THEN 1 ELSE 0 END`).join(' + ');
  return [
    `total AS (\n  SELECT CAST(count(*) AS ${ctx.d.double}) AS n FROM scored\n)`,
    `apportion AS (\n  -- ⌊份额 × 行数⌋ 与余数（最大余数法，与模拟器相同）\n  SELECT n,\n${ts.map((t) => `    floor(${exact(t)}) AS q_${t},\n    ${exact(t)} - floor(${exact(t)}) AS r_${t}`).join(',\n')}\n  FROM total\n)`,
    `places AS (\n  SELECT ${ts.map((t) => `q_${t}`).join(', ')},\n    n - (${ts.map((t) => `q_${t}`).join(' + ')}) AS lft,\n${ts.map((t) => `    ${place(t)} AS o_${t}`).join(',\n')}\n  FROM apportion\n)`,
    `sizes AS (\n  -- 余下的名额按余数从大到小分给各层（同余数时给靠前的层）\n  SELECT\n${ts.map((t) => `    q_${t} + CASE WHEN o_${t} < lft THEN floor((lft - 1 - o_${t}) / ${T}) + 1 ELSE 0 END AS c_${t}`).join(',\n')}\n  FROM places\n)`,
    `bounds AS (\n  SELECT\n${ts.slice(0, T - 1).map((t) => `    ${ts.slice(0, t).map((u) => `c_${u}`).join(' + ')} AS b_${t}`).join(',\n')}\n  FROM sizes\n)`,
  ];
}

/** Escape hatch for names: an output column name that does not collide with the fixed ones. */
function outputName(name: string, taken: Set<string>): string {
  let out = name;
  while (taken.has(out.toLowerCase())) out = `input_${out}`;
  taken.add(out.toLowerCase());
  return out;
}

/** The model as one SQL statement. Refuses (typed errors, in Chinese) a model that does not validate. */
export function exportSql(model: FittedModel, options: SqlOptions = {}): Result<string> {
  const valid = validateModel(model);
  if (!valid.ok) return valid;
  const m = valid.value;
  const dialect = options.dialect ?? 'duckdb';
  const d = DIALECTS[dialect];
  if (d === undefined) return fail([fieldError('dialect', '不支持这种 SQL 方言。')]);
  const parts = typeof options.table === 'string' ? [options.table] : (options.table ?? [DEFAULT_SQL_TABLE]);
  if (parts.length === 0 || parts.some((p) => p.trim() === '')) return fail([fieldError('table', '请填写要打分的表名。')]);
  const keys = [...new Set(options.keys ?? (m.key !== null ? [m.key] : []))];
  const ctx: Ctx = { d, num: (x) => doubleLiteral(x, d), str: d.string, id: d.ident };
  const table = parts.map((p) => ctx.id(p.trim())).join('.');

  // The raw columns the model reads, in the model's order.
  const readings = new Map(m.columns.map((r) => [r.name, r]));
  const used = m.kind === 'scorecard' ? [...new Set(m.scorecard.signals.map((s) => s.column))] : m.encoder.columns.map((c) => c.column);
  const colIndex = new Map(used.map((name, j) => [name, j + 1]));
  const keyCols = keys.map((_, i) => `k_${i + 1}`);
  const keyList = keyCols.length > 0 ? `${keyCols.join(', ')}, ` : '';

  const ctes: string[] = [];
  const cellLines: Line[] = [
    ...keys.map((k, i): Line => [`src.${ctx.id(k)} AS k_${i + 1}`]),
    ...used.map((name, j): Line => {
      const r = readings.get(name) as ColumnReading;
      const cell = r.kind === 'numeric' ? `CAST(src.${ctx.id(name)} AS ${d.double})` : `trim(CAST(src.${ctx.id(name)} AS ${d.text}))`;
      return [`${cell} AS c_${j + 1}`, name];
    }),
  ];
  ctes.push(`cells AS (\n  SELECT\n${commaLines(cellLines)}\n  FROM ${table} AS src\n)`);
  const valLines: Line[] = [...keyCols.map((k): Line => [k]), ...used.map((name, j): Line => [`${valueExpr(readings.get(name) as ColumnReading, `c_${j + 1}`, ctx)} AS v_${j + 1}`])];
  ctes.push(`vals AS (\n  -- 按模拟器读取单元格的规则：缺失写法 → NULL，是/否 → 1/0\n  SELECT\n${commaLines(valLines)}\n  FROM cells\n)`);

  if (m.kind !== 'scorecard') {
    const features = m.encoder.columns.flatMap((spec) => featureExprs(spec, `v_${colIndex.get(spec.column) as number}`, ctx));
    const lines: Line[] = [...keyCols.map((k): Line => [k]), ...features.map((f, j): Line => [`${f.expr} AS x_${j + 1}`, f.note])];
    ctes.push(`features AS (\n  -- 缺失值填补、类别展开（训练时没见过的类别：该列的所有指示变量为 0）\n  SELECT\n${commaLines(lines)}\n  FROM vals\n)`);
  }
  if (m.kind === 'logistic') {
    const l = m.logistic;
    const terms = l.coefficients.map((c, j) => `\n      + ${ctx.num(c)} * ((x_${j + 1} - ${ctx.num(l.mean[j] as number)}) / ${ctx.num(l.sd[j] as number)})`);
    ctes.push(`linear AS (\n  -- 截距 + Σ 系数 × 标准化特征（训练集均值与标准差）\n  SELECT ${keyList}${ctx.num(l.intercept)}${terms.join('')} AS logit\n  FROM features\n)`);
    ctes.push(`probability AS (\n  SELECT ${keyList}${sigmoidExpr('logit')} AS p\n  FROM linear\n)`);
  } else if (m.kind === 'tree') {
    ctes.push(`probability AS (\n  -- 决策树：每个叶子的训练集流失率\n  SELECT ${keyList}\n    ${treeExpr(m, ctx)} AS p\n  FROM features\n)`);
  }
  if (m.kind === 'scorecard') {
    const signals = m.scorecard.signals;
    const total = signals.reduce((a, s) => a + (s.weight > 0 ? s.weight : 0), 0);
    const scale = total > 0 ? 100 / total : 0;
    const terms = signals
      .filter((s) => s.weight > 0)
      .map((s) => {
        const v = `v_${colIndex.get(s.column) as number}`;
        const deg = `(${v} - ${ctx.num(s.from)}) / ${ctx.num(s.to - s.from)}`;
        return `\n      + ${ctx.num(s.weight * scale)} * CASE WHEN ${v} IS NULL THEN 0 WHEN ${deg} <= 0 THEN 0 WHEN ${deg} >= 1 THEN 1 ELSE ${deg} END -- ${commentText(s.label)}`;
      });
    ctes.push(`scored AS (\n  -- 评分卡：各信号的程度（0–1）× 权重，合计为 0–100 的风险分\n  SELECT ${keyList}0${terms.join('')}\n    AS risk\n  FROM vals\n)`);
  } else ctes.push(`scored AS (\n  SELECT ${keyList}p, p * 100 AS risk\n  FROM probability\n)`);

  const pCol = m.kind === 'scorecard' ? '' : 'p, ';
  const tiers = m.tiers;
  const tieBreak = keyCols.map((k) => `, ${k} ASC NULLS LAST`).join('');
  if (tiers.mode === 'rank') {
    ctes.push(`ranked AS (\n  -- 在本表上重新排名：分数从高到低，同分时按键列升序\n  SELECT ${keyList}${pCol}risk, row_number() OVER (ORDER BY risk DESC${tieBreak}) AS pos\n  FROM scored\n)`);
    ctes.push(...rankCtes(tiers.shares, ctx));
    const cases = Array.from({ length: TIER_COUNT - 1 }, (_, i) => `WHEN r.pos <= b.b_${i + 1} THEN ${i + 1}`).join(' ');
    ctes.push(`tiered AS (\n  SELECT ${keyCols.map((k) => `r.${k}, `).join('')}${pCol === '' ? '' : 'r.p, '}r.risk, CASE ${cases} ELSE ${TIER_COUNT} END AS tier\n  FROM ranked AS r CROSS JOIN bounds AS b\n)`);
  } else {
    const cases = tiers.cutoffs.map((c, i) => `WHEN risk >= ${ctx.num(c)} THEN ${i + 1}`).join(' ');
    ctes.push(`tiered AS (\n  -- 固定分数线\n  SELECT ${keyList}${pCol}risk, CASE ${cases} ELSE ${TIER_COUNT} END AS tier\n  FROM scored\n)`);
  }

  let probability = 'p';
  if (m.kind === 'scorecard') {
    const cal = m.scorecard.calibration;
    probability = cal === null ? 'risk / 100' : `CASE tier ${cal.map((c, i) => `WHEN ${i + 1} THEN ${ctx.num(c)}`).join(' ')} END`;
  }
  const taken = new Set<string>(SQL_OUTPUT_COLUMNS);
  const keyOut = keys.map((k) => outputName(k, taken));
  const select = [
    ...keyCols.map((k, i) => `  ${k} AS ${ctx.id(keyOut[i] as string)}`),
    '  risk AS risk_score',
    `  ${probability} AS churn_probability`,
    '  tier AS risk_tier',
    `  CASE tier ${TIER_NAMES.map((n, i) => `WHEN ${i + 1} THEN ${ctx.str(n)}`).join(' ')} END AS risk_tier_name`,
    `  CASE tier ${TIER_INTERVENTIONS.map((n, i) => `WHEN ${i + 1} THEN ${ctx.str(n)}`).join(' ')} END AS recommended_intervention`,
  ];
  const order = ['risk_score DESC', ...keyOut.map((k) => `${ctx.id(k)} ASC NULLS LAST`)].join(', ');
  return ok(`${header(m, d, table, keys)}WITH\n${ctes.join(',\n')}\nSELECT\n${select.join(',\n')}\nFROM tiered\nORDER BY ${order};\n`);
}

/** A select-list item and an optional comment (user text, made safe for a `--` comment). */
type Line = [code: string, comment?: string];

function commaLines(lines: readonly Line[]): string {
  return lines.map(([code, comment], i) => `    ${code}${i < lines.length - 1 ? ',' : ''}${comment !== undefined ? ` -- ${commentText(comment)}` : ''}`).join('\n');
}

function header(m: FittedModel, d: DialectRules, table: string, keys: readonly string[]): string {
  const t = m.trainedOn;
  const shares = m.tiers.mode === 'rank' ? m.tiers.shares : [];
  const tierText =
    m.tiers.mode === 'rank'
      ? `按排名分层（${TIER_NAMES.map((n, i) => `${n} ${shares[i]}%`).join('、')}），在被打分的表上重新排名${keys.length > 0 ? '，同分时按键列升序' : '（没有键列：同分的行之间顺序由引擎决定）'}`
      : `按固定分数线分层（${m.tiers.cutoffs.map((c, i) => `${TIER_NAMES[i]} ≥ ${c}`).join('、')}，其余为${TIER_NAMES[TIER_COUNT - 1]}）`;
  const lines = [
    `留存学院 · 流失风险打分（${d.label} 方言；模型格式 ${m.format} 第 ${m.version} 版）`,
    `模型：${KIND_NAMES[m.kind]}。训练数据：${t.name}（${t.rows} 行${t.labelled > 0 ? `，有标签 ${t.labelled} 行，其中流失 ${t.churners} 行` : ''}）。`,
    `读取表 ${table}：列名与训练文件相同；数值列须为数值类型，缺失值为 NULL。`,
    `输出：${keys.length > 0 ? '键列、' : ''}risk_score（风险分 0–100）、churn_probability（流失概率）、risk_tier（1–5）、risk_tier_name（层级名称）、recommended_intervention（建议干预）。`,
    tierText + '。',
    `规则：${SCORE_RULE}`,
    '本 SQL 只含模型参数（系数、阈值、类别取值、中位数），不含任何训练数据行。',
  ];
  return lines.map((l) => `-- ${commentText(l)}\n`).join('');
}
