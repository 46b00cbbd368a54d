import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, tieredListCsv, toCsv } from '../../../src/lib/simulator/export-csv';
import { defaultScenario, scenarioFromParams, scenarioToParams } from '../../../src/lib/simulator/scenario';

describe('CSV escaping', () => {
  it('escapes by hand', () => {
    expect(escapeCsvCell('张三')).toBe('张三');
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeCsvCell('+86 10')).toBe("'+86 10");
    expect(escapeCsvCell('-abc')).toBe("'-abc");
    expect(escapeCsvCell('@cmd')).toBe("'@cmd");
    expect(escapeCsvCell('\tx')).toBe("'\tx");
    expect(escapeCsvCell('\rx')).toBe('"\'\rx"');
    expect(escapeCsvCell(-1234.5)).toBe('-1234.5');
    expect(escapeCsvCell(0)).toBe('0');
    expect(escapeCsvCell(NaN)).toBe('');
    expect(escapeCsvCell(Infinity)).toBe('');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(true)).toBe('是');
    expect(escapeCsvCell(false)).toBe('否');
  });

  it('writes a BOM, CRLF and a header', () => {
    expect(toCsv(['编号', '净收益'], [['A', -5]])).toBe('\uFEFF编号,净收益\r\nA,-5\r\n');
  });

  it('round-trips through a CSV parser (dangerous cells with a leading apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom('=1+1', '-2', '@x', '\t', '\r\n', '"', ',')), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 2;
        const fixed = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
        const header = Array.from({ length: width }, (_, j) => `c${j}`);
        const text = toCsv(header, fixed).slice(1);
        const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data;
        fixed.forEach((row, i) => {
          row.forEach((cell, j) => {
            const expected = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
            expect(parsed[i + 1]?.[j]).toBe(expected);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('exports the tiered list ordered by tier, numbers plain', () => {
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
    expect(lines[3]).toBe("'=A1,5 极低,10,0.1,批量化维护,1000,-20.13,否,,否");
    const bare = tieredListCsv({ n: 1, ids: [], scores: Float64Array.from([1]), probability: Float64Array.from([0]), tiers: Uint8Array.from([2]), tierNames: [], interventions: [], value: Float64Array.from([0]), net: Float64Array.from([0]), label: null, drivers: null, selected: null });
    expect(bare.slice(1).split('\r\n')[1]).toBe('1,2 ,1,0,,0,0');
  });
});

describe('scenario URL', () => {
  it('writes only the sample for the defaults and reads them back', () => {
    const s = defaultScenario('customers');
    const q = scenarioToParams(s);
    expect(q.toString()).toBe('sample=customers');
    expect(scenarioFromParams(q)).toEqual({ scenario: s, notices: [] });
  });

  it('round-trips every field', () => {
    const s = {
      ...defaultScenario('employees'),
      size: 100000 as const,
      seed: 'abc_1',
      model: 'tree' as const,
      lambda: 0.5,
      depth: 4,
      minLeaf: 25,
      tierMode: 'cutoff' as const,
      shares: [10, 10, 30, 30, 20],
      cutoffs: [70, 50, 30, 10],
      costs: [1, 2, 3, 4, 5],
      success: [50, 40, 30, 20, 10],
      budget: 50000,
      weights: { pay: 4, resume: 0 },
    };
    const back = scenarioFromParams(new URLSearchParams(scenarioToParams(s).toString()));
    expect(back.notices).toEqual([]);
    expect(back.scenario).toEqual(s);
  });

  it('ignores and reports unknown and invalid parameters', () => {
    const q = new URLSearchParams(
      'sample=martians&size=5&seed=a b&model=svm&lambda=-1&depth=2.5&leaf=0&budget=-3&tiers=x&shares=50,50&cutoffs=1,2,3,4&cost=1,2,3,4,-5&success=1,2,3,4,500&w.nope=1&w.pay=99&foo=1',
    );
    const { scenario, notices } = scenarioFromParams(q);
    expect(scenario).toEqual(defaultScenario('employees'));
    expect(notices.map((n) => n.field).sort()).toEqual(
      ['sample', 'size', 'seed', 'model', 'lambda', 'depth', 'leaf', 'budget', 'tiers', 'shares', 'cutoffs', 'cost', 'success', 'w.nope', 'w.pay', 'foo'].sort(),
    );
    expect(notices.every((n) => /[\u4e00-\u9fff]/.test(n.message))).toBe(true);
  });

  it('keeps upload scenarios free of sample size and seed', () => {
    const s = { ...defaultScenario('upload'), model: 'scorecard' as const, size: 10000 as const };
    const q = scenarioToParams(s);
    expect(q.get('size')).toBeNull();
    expect(q.get('sample')).toBe('upload');
    expect(scenarioFromParams(new URLSearchParams('sample=upload&w.pay=2')).notices[0]?.field).toBe('w.pay');
    expect(scenarioFromParams(new URLSearchParams('shares=a,b,c,d,e')).notices[0]?.field).toBe('shares');
    expect(scenarioFromParams(new URLSearchParams('lambda=')).notices[0]?.field).toBe('lambda');
  });
});
