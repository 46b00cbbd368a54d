/**
 * CSV export of the tiered list, for Excel: UTF-8 with a byte-order mark (so Excel shows Chinese),
 * CRLF line ends, RFC 4180 quoting, and no cell that a spreadsheet can run as a formula under any
 * common list separator (OWASP, “CSV Injection”):
 * - a text cell is quoted when it contains a comma, a semicolon, a tab, a double quote, a line
 *   break or leading/trailing spaces (quotes doubled) — Excel honours quotes whatever its list
 *   separator, so `A;=1+1` stays one cell in a `;` locale;
 * - a text cell that starts with = + - @ (also full-width ＝＋－＠, and after spaces or
 *   zero-width characters) or with a tab, CR or LF gets a leading apostrophe; so does every
 *   part of it that follows a separator (`A;'=1+1`), so that a program which splits on `;` or a
 *   tab without honouring quotes still sees no formula;
 * - numbers stay numbers (negative ones too); non-finite numbers and null are empty cells.
 * Why not papaparse's own escaping (`Papa.unparse` with `escapeFormulae`, `quotes`)? It only
 * ever guards the first character of a cell. As documented (`escapeFormulae: true`) it quotes
 * only the cells that hold its own delimiter, so `A;=1+1` is written bare and a `;` locale
 * splits it into a live `=1+1`; it also misses ` =1+1`, `＝1+1` and a zero-width space before
 * `=`. Configured at its best (this file's signs as a RegExp, `quotes: true`) it is safe for
 * spreadsheets that honour quotes in both locales, but a program that splits on `;`, `,` or a
 * tab without honouring quotes still finds `=1+1` in `A;=1+1`, `A<TAB>=1+1` and OWASP's
 * `=1+2";=1+2`: papaparse never escapes inside a cell. Both are tested against the OWASP
 * payloads (test/lib/simulator/csv-export.test.ts), so this file stays.
 */

export type Cell = string | number | boolean | null;

const BOM = '\uFEFF';

/** Space-like characters a spreadsheet may skip before a formula sign (not separators). */
const SPACE = '[ \u00a0\u3000\u2000-\u200d\u2060\ufeff]*';
const SIGN = '[=+@\uff1d\uff0b\uff0d\uff20-]';
/** A formula sign at the start or after any separator (the separator is kept in group 1). */
const FORMULA_AFTER_SEPARATOR = new RegExp(`(^|[,;\\t\\r\\n])(${SPACE}${SIGN})`, 'g');
const LEADING_CONTROL = /^[\t\r\n]/;
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/** Neutralise formula starts in a text cell (see the file comment). */
export function neutraliseFormulae(s: string): string {
  const out = s.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return LEADING_CONTROL.test(out) ? `'${out}` : out;
}

/** Escape one cell (see the file comment). */
export function escapeCsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  const s = neutraliseFormulae(cell);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells → CSV text with BOM and CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(escapeCsvCell).join(',')];
  for (const row of rows) lines.push(row.map(escapeCsvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** What the tiered-list export needs from a simulation run. */
export interface TieredListSource {
  n: number;
  /** Identifier per row (id column or row number). */
  ids: readonly string[];
  scores: Float64Array;
  probability: Float64Array;
  tiers: Uint8Array;
  tierNames: readonly string[];
  interventions: readonly string[];
  value: Float64Array;
  /** Expected net value of treating each person (saved − cost). */
  net: Float64Array;
  /** Actual label per row, if known (null = unknown). */
  label: ((i: number) => number | null) | null;
  /** Main drivers per row as text, if computed. */
  drivers: ((i: number) => string) | null;
  /** Whether a row is chosen in budget mode, if computed. */
  selected: Uint8Array | null;
}

/** Round to 4 decimal places (2 for money), so the file stays readable. */
function r(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** The 建议干预 cell: the tier's intervention, and a warning when its expected net value is negative. */
export function recommendation(intervention: string, net: number): string {
  return net < 0 ? `${intervention}（预期净收益为负：按当前假设不值得单独投入，可改用更低成本的方式或暂缓）` : intervention;
}

/** The tiered list as CSV, rows ordered by tier then score (highest risk first). */
export function tieredListCsv(src: TieredListSource): string {
  const header = ['编号', '风险层级', '风险分（0–100，越高越危险）', '流失概率', '建议干预', '价值（元）', '预期净收益（元）'];
  // An intervention is never recommended without saying when it does not pay for itself.
  if (src.label !== null) header.push('实际是否流失');
  if (src.drivers !== null) header.push('主要驱动因素');
  if (src.selected !== null) header.push('预算内干预');
  const order = Array.from({ length: src.n }, (_, i) => i);
  order.sort((a, b) => (src.tiers[a] as number) - (src.tiers[b] as number) || (src.scores[b] as number) - (src.scores[a] as number) || a - b);
  function* rows(): Generator<Cell[]> {
    for (const i of order) {
      const t = src.tiers[i] as number;
      const row: Cell[] = [
        src.ids[i] ?? String(i + 1),
        `${t} ${src.tierNames[t - 1] ?? ''}`,
        r(src.scores[i] as number, 2),
        r(src.probability[i] as number, 4),
        recommendation(src.interventions[t - 1] ?? '', src.net[i] as number),
        r(src.value[i] as number, 2),
        r(src.net[i] as number, 2),
      ];
      if (src.label !== null) {
        const l = src.label(i);
        row.push(l === null ? null : l === 1 ? '是' : '否');
      }
      if (src.drivers !== null) row.push(src.drivers(i));
      if (src.selected !== null) row.push(src.selected[i] === 1 ? '是' : '否');
      yield row;
    }
  }
  return toCsv(header, rows());
}
