import { describe, expect, it } from 'vitest';
import { decodeBytes, MAX_BYTES, MAX_ROWS, parseCsvText, readCsv, uniqueHeaders } from '../../../src/lib/simulator/csv';
import { loadCsv } from '../../../src/lib/simulator/load';
import { runSimulation, exportTieredList } from '../../../src/lib/simulator/pipeline';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (s: string) => new Uint8Array((s.replace(/\s/g, '').match(/../g) ?? []).map((x) => parseInt(x, 16)));
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

function ok<T>(r: { ok: true; value: T } | { ok: false; errors: unknown[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('decodeBytes', () => {
  it('reads UTF-8 with a BOM and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('姓名,流失\n张三,是\n')]);
    const d = ok(decodeBytes(bytes));
    expect(d).toEqual({ text: '姓名,流失\n张三,是\n', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    const d = ok(decodeBytes(utf8('a,b\n1,2')));
    expect(d.encoding).toBe('utf-8');
    expect(d.bom).toBe(false);
  });

  it('detects GBK bytes (Chinese Excel) and decodes them as GB18030', () => {
    // "客户,月消费,流失\r\nA,100,是\r\nB,200,否\r\n" in GBK.
    const bytes = hex(
      'BFCDBBA7' + '2C' + 'D4C2CFFBB7D1' + '2C' + 'C1F7CAA7' + '0D0A' +
        ascii('A,100,') + 'CAC7' + '0D0A' + ascii('B,200,') + 'B7F1' + '0D0A',
    );
    const d = ok(decodeBytes(bytes));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe('客户,月消费,流失\r\nA,100,是\r\nB,200,否\r\n');
    const csv = ok(readCsv(bytes));
    expect(csv.header).toEqual(['客户', '月消费', '流失']);
    expect(csv.rows).toEqual([['A', '100', '是'], ['B', '200', '否']]);
    expect(csv.encoding).toBe('gb18030');
  });

  it('refuses binary input with a clear Chinese message', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    const r = decodeBytes(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/不是文本格式的 CSV/);
    const noisy = new Uint8Array(200).map((_, i) => (i % 7 === 0 ? 3 : 65));
    expect(decodeBytes(noisy).ok).toBe(false);
  });

  it('refuses empty and oversized files', () => {
    expect(decodeBytes(new Uint8Array(0)).ok).toBe(false);
    const big = new Uint8Array(MAX_BYTES + 1);
    const rb = decodeBytes(big);
    expect(rb.ok).toBe(false);
    if (!rb.ok) expect(rb.errors[0]?.message).toMatch(/50 MB/);
  });
});

describe('parseCsvText', () => {
  it('parses comma-separated LF text', () => {
    const csv = ok(parseCsvText('a,b\n1,2\n3,4\n'));
    expect(csv.delimiter).toBe(',');
    expect(csv.header).toEqual(['a', 'b']);
    expect(csv.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(csv.rowNumbers).toEqual([2, 3]);
    expect(csv.malformed).toEqual([]);
  });

  it('detects semicolons (European Excel) and CRLF', () => {
    const csv = ok(parseCsvText('a;b;c\r\n1,5;2;x\r\n3;4;y\r\n'));
    expect(csv.delimiter).toBe(';');
    expect(csv.rows).toEqual([['1,5', '2', 'x'], ['3', '4', 'y']]);
  });

  it('detects tabs', () => {
    const csv = ok(parseCsvText('姓名\t部门\n张三\t销售\n'));
    expect(csv.delimiter).toBe('\t');
    expect(csv.rows).toEqual([['张三', '销售']]);
  });

  it('keeps quoted fields with delimiters, quotes and newlines', () => {
    const csv = ok(parseCsvText('id,note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n'));
    expect(csv.rows).toEqual([['1', 'a, b'], ['2', 'say "hi"'], ['3', 'two\nlines']]);
  });

  it('keeps blank cells as empty strings (missing values)', () => {
    const csv = ok(parseCsvText('a,b,c\n1,,3\n,,\n'));
    expect(csv.rows).toEqual([['1', '', '3'], ['', '', '']]);
  });

  it('lists ragged rows with their row numbers instead of dropping them silently', () => {
    const csv = ok(parseCsvText('a,b,c\n1,2,3\n4,5\n6,7,8,9\n\n10,11,12\n'));
    expect(csv.rows).toEqual([['1', '2', '3'], ['10', '11', '12']]);
    expect(csv.rowNumbers).toEqual([2, 6]);
    expect(csv.malformed.map((m) => m.row)).toEqual([3, 4, 5]);
    expect(csv.malformed[0]?.reason).toMatch(/2 个字段/);
    expect(csv.malformed[2]?.reason).toBe('空行');
  });

  it('names blank and duplicate headers', () => {
    const csv = ok(parseCsvText('a,,a\n1,2,3\n'));
    expect(csv.header).toEqual(['a', '列2', 'a_2']);
  });

  it('never creates a new duplicate when renaming duplicates (security F13)', () => {
    // x, x_2, x used to become x, x_2, x_2: one column used twice, the other ignored.
    expect(ok(parseCsvText('x,x_2,x\n1,2,3\n')).header).toEqual(['x', 'x_2', 'x_3']);
    expect(uniqueHeaders(['x', 'x', 'x_2'])).toEqual(['x', 'x_3', 'x_2']);
    expect(uniqueHeaders(['a', 'a', 'a', 'a_2', 'a_3'])).toEqual(['a', 'a_4', 'a_5', 'a_2', 'a_3']);
    const many = uniqueHeaders(Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 'v' : `v_${i}`)));
    expect(new Set(many).size).toBe(1000);
  });

  it('reports an unclosed quote', () => {
    const csv = ok(parseCsvText('a,b\n1,2\n3,"oops\n4,5\n'));
    expect(csv.rows).toEqual([['1', '2']]);
    expect(csv.malformed).toEqual([{ row: 3, fields: 2, reason: '引号没有闭合（其后的内容都被读进了这一格）' }]);
  });

  it('refuses files without data, with one column, or above the row limit', () => {
    expect(parseCsvText('   ').ok).toBe(false);
    expect(parseCsvText('\uFEFFa,b\n').ok).toBe(false);
    const one = parseCsvText('only\n1\n2\n');
    expect(one.ok).toBe(false);
    if (!one.ok) expect(one.errors[0]?.message).toMatch(/只识别出一列/);
    const many = 'a,b\n' + '1,2\n'.repeat(MAX_ROWS + 1);
    const r = parseCsvText(many);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/行上限/);
  });

  it('strips a BOM left in text', () => {
    expect(ok(parseCsvText('\uFEFFa,b\n1,2')).header).toEqual(['a', 'b']);
  });

  it('readCsv passes decoding errors through', () => {
    expect(readCsv(new Uint8Array(0)).ok).toBe(false);
  });
});

describe('real CSV files that used to be refused (security F12)', () => {
  it('skips blank lines before the header', () => {
    const csv = ok(parseCsvText('\n\n  \na,b,churn\n1,2,yes\n3,4,no\n'));
    expect(csv.header).toEqual(['a', 'b', 'churn']);
    expect(csv.rows).toEqual([['1', '2', 'yes'], ['3', '4', 'no']]);
    // Row numbers stay file row numbers (the header is the 4th line).
    expect(csv.rowNumbers).toEqual([5, 6]);
    expect(csv.malformed).toEqual([]);
  });

  it('reads CRLF, LF and CR mixed in one file', () => {
    const csv = ok(parseCsvText('a,b,c\r\n1,2,3\n4,5,6\r7,8,9\r\n'));
    expect(csv.rows).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
    expect(csv.malformed).toEqual([]);
    // A line break inside quotes stays in its cell.
    expect(ok(parseCsvText('a,b\r\n1,"x\r\ny"\n2,z\r')).rows).toEqual([['1', 'x\ny'], ['2', 'z']]);
  });

  it('reads UTF-16 with a byte-order mark (LE and BE) and without one', () => {
    const text = '姓名,离职\r\n张三,是\r\n';
    const le = (t: string) => Array.from(t).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = (t: string) => Array.from(t).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    const withLe = ok(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le(text)])));
    expect(withLe).toEqual({ text, encoding: 'utf-16le', bom: true });
    expect(ok(decodeBytes(Uint8Array.from([0xfe, 0xff, ...be(text)])))).toEqual({ text, encoding: 'utf-16be', bom: true });
    const ascii16 = 'id,churn\r\n1,yes\r\n2,no\r\n';
    expect(ok(decodeBytes(Uint8Array.from(le(ascii16)))).encoding).toBe('utf-16le');
    expect(ok(decodeBytes(Uint8Array.from(be(ascii16)))).text).toBe(ascii16);
    expect(ok(readCsv(Uint8Array.from([0xff, 0xfe, ...le(text)]))).rows).toEqual([['张三', '是']]);
  });
});

describe('column names are data, end to end (security F4)', () => {
  it('a file with headers __proto__, constructor, toString… computes and exports with its own names', () => {
    const header = '__proto__,constructor,toString,hasOwnProperty,valueOf,月薪,是否离职';
    const lines = Array.from({ length: 120 }, (_, i) => `${i % 5},${['a', 'b', 'c'][i % 3]},${i % 7},${i % 2 ? '是' : '否'},${i % 11},${8000 + (i % 13) * 500},${i % 4 === 0 || i % 7 === 0 ? '是' : '否'}`);
    const bytes = new TextEncoder().encode([header, ...lines].join('\n'));
    const loaded = loadCsv(bytes, { kinds: new Map([['toString', 'categorical'], ['valueOf', 'categorical']]) });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.value.labels.get('__proto__')).toBe('__proto__');
    const r = runSimulation({ source: { kind: 'loaded', data: loaded.value }, model: { kind: 'logistic' } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const labels = r.value.model.coefficients?.map((c) => c.label) ?? [];
    expect(labels.join()).not.toMatch(/object Object/);
    expect(labels.some((l) => l.startsWith('__proto__'))).toBe(true);
    expect(r.value.drivers.people.flatMap((p) => p.top.map((d) => d.label)).join()).not.toMatch(/object Object/);
    const csv = exportTieredList(r.value);
    expect(csv).not.toMatch(/object Object/);
    // `valueOf` is not taken for a value column: the value is the monthly salary rule.
    expect(r.value.value.description).toMatch(/月薪 × 12 × 150%/);
    expect(() => structuredClone(loaded.value.inference)).not.toThrow();
  });

  it('reports 是/否 columns with gaps as filled from the more common answer, not “the median”', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `${i},${i % 9 === 0 ? '' : i % 2 ? '是' : '否'},${i % 3 ? '否' : '是'}`);
    const l = loadCsv(new TextEncoder().encode(['score,加班,离职', ...lines].join('\n')));
    if (!l.ok) throw new Error('load');
    const note = l.value.notes.find((n) => n.includes('加班')) ?? '';
    expect(note).toMatch(/较常见的一方（是或否）/);
    expect(note).not.toMatch(/中位数/);
  });
});
