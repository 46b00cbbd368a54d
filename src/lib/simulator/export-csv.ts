/**
 * CSV export of the tiered list, for Excel: UTF-8 with a byte-order mark (so Excel shows Chinese),
 * CRLF line ends, RFC 4180 quoting (a field containing a comma, quote, CR or LF is wrapped in
 * double quotes, quotes doubled). Against CSV/formula injection (OWASP), a text cell starting with
 * = + - @, tab or CR gets a leading apostrophe; numbers — including negative ones — stay numbers.
 */

export type Cell = string | number | boolean | null;

const BOM = '\uFEFF';

/** Escape one cell (see the file comment). Non-finite numbers and null become empty cells. */
export function escapeCsvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  let s = cell;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
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

/** The tiered list as CSV, rows ordered by tier then score (highest risk first). */
export function tieredListCsv(src: TieredListSource): string {
  const header = ['编号', '风险层级', '风险分(0–100,越高越危险)', '流失概率', '建议干预', '价值(元)', '预期净收益(元)'];
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
        src.interventions[t - 1] ?? '',
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
