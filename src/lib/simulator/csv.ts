/**
 * Reading an uploaded CSV as exported by a CRM, an HRIS or Excel: bytes → text → rows of strings.
 *
 * Encoding: a UTF-8 byte-order mark means UTF-8; a UTF-16 mark (FF FE or FE FF), or a NUL in
 * every other byte (UTF-16 without a mark, as “Unicode 文本” saves), means UTF-16; otherwise the
 * bytes are tried as strict UTF-8 and, if that fails, decoded as GB18030 (a superset of GBK, which
 * Chinese Excel uses for "CSV (逗号分隔)").
 * Parsing: line ends are normalised first (CRLF, LF and CR may be mixed in one file); papaparse,
 * delimiter detected among comma, semicolon and tab; quoted fields. Blank lines before the header
 * are skipped. Rows whose field count differs from the header are malformed: counted, listed with
 * their row number (the first record is row 1, as in Excel) and left out of the data — never
 * silently dropped. Duplicate headers get a suffix that is itself unused (x, x_2, x → x, x_2, x_3).
 */
import Papa from 'papaparse';
import { fail, fieldError, ok, type Result } from '../result';
import { MAX_BYTES, MAX_ROWS } from './bounds';

export { MAX_BYTES, MAX_ROWS };

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file started with a UTF-8 byte-order mark. */
  bom: boolean;
}

/** One row that could not be read as a record of the header's width. */
export interface MalformedRow {
  /** Row number in the file, the header being row 1 (as Excel numbers rows). */
  row: number;
  /** Number of fields found. */
  fields: number;
  /** Why, in Chinese. */
  reason: string;
}

export interface ParsedCsv {
  header: string[];
  /** Well-formed data rows, each exactly `header.length` strings. */
  rows: string[][];
  /** Row number in the file (header = 1) of each entry in `rows`. */
  rowNumbers: number[];
  delimiter: ',' | ';' | '\t';
  malformed: MalformedRow[];
  encoding: TextEncodingName;
}

export type CsvField = 'file';

/** Share of control characters above which the bytes are taken for a binary file, not text. */
const BINARY_CONTROL_SHARE = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

/**
 * UTF-16 without a byte-order mark: in the first 4 KB, at least 40 % of the bytes at one parity
 * are NUL and almost none at the other (ASCII text in UTF-16LE is `a\0b\0…`).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 0.4 * pairs && evenNul <= 0.02 * pairs) return 'utf-16le';
  if (evenNul >= 0.4 * pairs && oddNul <= 0.02 * pairs) return 'utf-16be';
  return null;
}

/** Bytes → text: UTF-8 (with or without BOM), UTF-16 (LE/BE, with or without BOM), else GB18030/GBK; binary input is refused. */
export function decodeBytes(bytes: Uint8Array): Result<DecodedText, CsvField> {
  if (bytes.length === 0) return fail([fieldError('file', '文件是空的，请选择一个包含表头和数据的 CSV 文件。')]);
  if (bytes.length > MAX_BYTES) {
    return fail([fieldError('file', `文件超过 50 MB 上限（当前约 ${Math.ceil(bytes.length / 1024 / 1024)} MB），请先筛选列或拆分文件。`)]);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16: 'utf-16le' | 'utf-16be' | null =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : utf16WithoutBom(bytes);
  if (utf16 !== null) {
    const marked = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(marked ? bytes.subarray(2) : bytes);
      return ok({ text, encoding: utf16, bom: marked });
    } catch {
      return fail([fieldError('file', '文件看起来是 UTF-16 编码，但其中有无法识别的字节。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再上传。')]);
    }
  }
  if (looksBinary(bom ? bytes.subarray(3) : bytes)) {
    return fail([fieldError('file', '这不是文本格式的 CSV 文件（看起来是二进制文件，例如 .xlsx 或图片）。请在 Excel 中另存为 CSV 后再上传。')]);
  }
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom });
  } catch {
    // Not valid UTF-8: Chinese Excel saves CSV as GBK, which GB18030 decodes.
  }
  const text = new TextDecoder('gb18030').decode(body);
  return ok({ text, encoding: 'gb18030', bom: false });
}

function detectDelimiter(text: string): ',' | ';' | '\t' {
  // The header line decides: the candidate that occurs most outside quotes.
  let end = text.search(/\r?\n/);
  if (end < 0) end = text.length;
  const line = text.slice(0, end);
  let inQuotes = false;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] >= counts[','] && counts['\t'] >= counts[';'] && counts['\t'] > 0) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/**
 * Header names made unique: a blank header becomes 列<n>; a repeated name gets the first suffix
 * `_2`, `_3`, … that no other column (original or renamed) already has.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const header = raw.map((h, i) => (h.trim() === '' ? `列${i + 1}` : h.trim()));
  const taken = new Set(header);
  const seen = new Set<string>();
  return header.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let k = 2;
    while (taken.has(`${name}_${k}`)) k++;
    const renamed = `${name}_${k}`;
    taken.add(renamed);
    seen.add(renamed);
    return renamed;
  });
}

/** Text → header and rows, with malformed rows listed. */
export function parseCsvText(text: string, encoding: TextEncodingName = 'utf-8'): Result<ParsedCsv, CsvField> {
  // CRLF, LF and CR mixed in one file: papaparse picks one newline, so normalise first.
  const clean = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return fail([fieldError('file', '文件没有内容，请选择一个包含表头和数据的 CSV 文件。')]);
  const delimiter = detectDelimiter(clean.replace(/^\s*\n/, ''));
  // Stop reading a little past the row limit instead of parsing a huge file to the end.
  const parsed = Papa.parse<string[]>(clean, { delimiter, newline: '\n', skipEmptyLines: false, header: false, preview: MAX_ROWS + 1000 });
  const data = parsed.data;
  // Blank lines before the header and after the last record are not records.
  let first = 0;
  while (first < data.length && isBlankRecord(data[first] as string[])) first++;
  let last = data.length - 1;
  while (last >= first && isBlankRecord(data[last] as string[])) last--;
  const headerRow = data[first];
  if (headerRow === undefined || last < first) return fail([fieldError('file', '文件没有内容。')]);
  if (parsed.meta.truncated) return fail([fieldError('file', `数据超过 ${MAX_ROWS.toLocaleString('zh-CN')} 行上限，请先抽样或拆分文件。`)]);
  const header = uniqueHeaders(headerRow);
  if (header.length < 2) {
    return fail([fieldError('file', '只识别出一列。请确认文件用逗号、分号或制表符分隔，第一行是列名。')]);
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const malformed: MalformedRow[] = [];
  // An unclosed quote swallows the rest of the file into one field: that record is malformed.
  const unclosed = new Set<number>();
  for (const e of parsed.errors) if (e.code === 'MissingQuotes' && e.row !== undefined) unclosed.add(e.row);
  // Row numbers count records, as Excel shows rows: a quoted field spanning lines stays in one row.
  for (let r = first + 1; r <= last; r++) {
    const rec = data[r] as string[];
    const rowNo = r + 1;
    if (unclosed.has(r)) {
      malformed.push({ row: rowNo, fields: rec.length, reason: '引号没有闭合（其后的内容都被读进了这一格）' });
      continue;
    }
    if (isBlankRecord(rec)) {
      malformed.push({ row: rowNo, fields: 0, reason: '空行' });
      continue;
    }
    if (rec.length !== header.length) {
      malformed.push({
        row: rowNo,
        fields: rec.length,
        reason: `有 ${rec.length} 个字段，表头有 ${header.length} 列`,
      });
      continue;
    }
    rows.push(rec);
    rowNumbers.push(rowNo);
    if (rows.length > MAX_ROWS) {
      return fail([fieldError('file', `数据超过 ${MAX_ROWS.toLocaleString('zh-CN')} 行上限，请先抽样或拆分文件。`)]);
    }
  }
  if (rows.length === 0) return fail([fieldError('file', '除表头外没有可读的数据行。')]);
  return ok({ header, rows, rowNumbers, delimiter, malformed, encoding });
}

function isBlankRecord(rec: string[]): boolean {
  return rec.length === 0 || (rec.length === 1 && (rec[0] as string).trim() === '');
}

/** Bytes → parsed CSV: decoding then parsing. */
export function readCsv(bytes: Uint8Array): Result<ParsedCsv, CsvField> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return parseCsvText(decoded.value.text, decoded.value.encoding);
}
