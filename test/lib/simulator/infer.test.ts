import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  buildTable,
  decideRoles,
  inferColumn,
  inferSchema,
  isMissingText,
  parseBoolean,
  parseNumber,
} from '../../../src/lib/simulator/infer';
import { sensitiveAttribute, sensitiveNote } from '../../../src/lib/simulator/sensitive';
import type { CategoricalColumn, NumericColumn } from '../../../src/lib/simulator/dataset';

describe('cell parsing', () => {
  it('parses numbers as exports write them', () => {
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('¥ 2,000')).toBe(2000);
    expect(parseNumber('12%')).toBe(12);
    expect(parseNumber('-3e2')).toBe(-300);
    expect(parseNumber('300元')).toBe(300);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1,2')).toBeNaN();
  });

  it('recognises booleans in English and Chinese', () => {
    expect(['Yes', 'TRUE', '1', '是', '离职'].map(parseBoolean)).toEqual([1, 1, 1, 1, 1]);
    expect(['No', 'false', '0', '否', '在职'].map(parseBoolean)).toEqual([0, 0, 0, 0, 0]);
    expect(parseBoolean('maybe')).toBeNaN();
  });

  it('treats blanks and NA tokens as missing', () => {
    expect(['', ' ', 'NA', 'n/a', 'NULL', '-', '#N/A'].every(isMissingText)).toBe(true);
    expect(isMissingText('0')).toBe(false);
  });
});

describe('inferColumn', () => {
  it('finds constant, boolean, numeric, id and categorical columns', () => {
    expect(inferColumn('c', ['x', 'x', 'x']).kind).toBe('constant');
    expect(inferColumn('c', ['', '', '']).kind).toBe('constant');
    const b = inferColumn('OverTime', ['Yes', 'No', 'Yes']);
    expect(b.kind).toBe('boolean');
    expect(b.trueTexts).toEqual(['Yes']);
    expect(inferColumn('income', ['100', '200', '', 'NA']).kind).toBe('numeric');
    expect(inferColumn('income', ['100', '200', '', 'NA']).missing).toBe(2);
    const ids = Array.from({ length: 30 }, (_, i) => String(1000 + i));
    expect(inferColumn('EmployeeNumber', ids).kind).toBe('id');
    expect(inferColumn('员工编号', ids.map((v) => 'E' + v)).kind).toBe('id');
    expect(inferColumn('comment', ids.map((v) => 'text ' + v)).kind).toBe('id');
    const many = Array.from({ length: 200 }, (_, i) => 'L' + (i % 60));
    expect(inferColumn('city', many).kind).toBe('id');
    expect(inferColumn('dept', ['销售', '研发', '销售']).kind).toBe('categorical');
  });

  it('counts unparsable cells in a mostly numeric column as invalid (missing)', () => {
    const cells = [...Array.from({ length: 40 }, (_, i) => String(i)), 'oops'];
    const c = inferColumn('score', cells);
    expect(c.kind).toBe('numeric');
    expect(c.invalid).toBe(1);
    expect(c.reason).toMatch(/无法解析/);
  });

  it('flags sensitive columns', () => {
    expect(inferColumn('Gender', ['M', 'F']).sensitive).toBe('性别');
  });
});

describe('sensitive attributes', () => {
  it('recognises Chinese and English names', () => {
    expect(sensitiveAttribute('年龄')).toBe('年龄');
    expect(sensitiveAttribute('Age')).toBe('年龄');
    expect(sensitiveAttribute('AgeGroup')).toBe('年龄');
    expect(sensitiveAttribute('性别')).toBe('性别');
    expect(sensitiveAttribute('MaritalStatus')).toBe('婚姻状况');
    expect(sensitiveAttribute('婚姻状况')).toBe('婚姻状况');
    expect(sensitiveAttribute('Ethnicity')).toBe('民族/种族/籍贯');
    expect(sensitiveAttribute('religion')).toBe('宗教信仰');
    expect(sensitiveAttribute('health_status')).toBe('健康状况');
  });

  it('does not flag look-alikes', () => {
    for (const name of ['usage_trend', 'Agent', 'average', 'Percentage', 'trace', 'MonthlyIncome', 'Department']) {
      expect(sensitiveAttribute(name)).toBeNull();
    }
  });

  it('explains the exclusion with fairness and PIPL', () => {
    expect(sensitiveNote('Age', '年龄')).toMatch(/个人信息保护法/);
  });
});

const csv = {
  header: ['员工编号', '年龄', '部门', '月薪', '加班', '离职', '常数'],
  rows: Array.from({ length: 40 }, (_, i) => [
    `E${i}`,
    String(25 + (i % 20)),
    ['销售', '研发', '客服'][i % 3] as string,
    i === 3 ? '' : String(8000 + i * 100),
    i % 2 === 0 ? '是' : '否',
    i % 5 === 0 ? '是' : '否',
    'x',
  ]),
};

describe('inferSchema and roles', () => {
  it('detects the label, leaves out id, constant and sensitive columns, with notes', () => {
    const inf = inferSchema(csv);
    expect(inf.roles.label).toBe('离职');
    expect(inf.roles.id).toBe('员工编号');
    expect(inf.roles.value).toBe('月薪');
    expect(inf.roles.features).toEqual(['部门', '月薪', '加班']);
    expect(inf.notes.join()).toMatch(/年龄/);
    expect(inf.notes.join()).toMatch(/常数/);
  });

  it('notes when no label is found', () => {
    const inf = inferSchema({ header: ['a', 'b'], rows: [['1', 'x'], ['2', 'y']] });
    expect(inf.roles.label).toBeNull();
    expect(inf.notes.join()).toMatch(/没有识别出流失标签/);
  });

  it('lets the learner override every inference', () => {
    const inf = inferSchema(csv);
    const r = applyOverrides(inf.columns, { include: new Map([['年龄', true], ['加班', false], ['常数', true]]), label: '离职', id: null, kinds: new Map([['部门', 'categorical']]) });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.roles.features).toEqual(['年龄', '部门', '月薪']);
      expect(r.value.roles.id).toBeNull();
      expect(r.value.notes.join()).toMatch(/不能作为特征/);
    }
    const kinds = applyOverrides(inf.columns, { kinds: new Map([['月薪', 'categorical']]) });
    expect(kinds.ok && kinds.value.columns.find((c) => c.name === '月薪')?.reason).toBe('已手动设置');
  });

  it('rejects overrides naming unknown columns or a non-binary label', () => {
    const inf = inferSchema(csv);
    const r = applyOverrides(inf.columns, { label: '部门', include: new Map([['zz', true]]), kinds: new Map([['yy', 'numeric']]), id: 'q' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field).sort()).toEqual(['id', 'include.zz', 'kinds.yy', 'label'].sort());
    }
    expect(decideRoles(inf.columns, { id: 'nope' }).roles.id).toBeNull();
  });

  it('builds typed columns with NaN / −1 for missing values', () => {
    const inf = inferSchema(csv);
    const table = buildTable(csv, inf);
    expect(table.n).toBe(40);
    const pay = table.columns.find((c) => c.name === '月薪') as NumericColumn;
    expect(pay.values[0]).toBe(8000);
    expect(pay.values[3]).toBeNaN();
    const label = table.columns.find((c) => c.name === '离职') as NumericColumn;
    expect(Array.from(label.values.slice(0, 6))).toEqual([1, 0, 0, 0, 0, 1]);
    const dept = table.columns.find((c) => c.name === '部门') as CategoricalColumn;
    expect(dept.levels).toEqual(['销售', '研发', '客服']);
    const withMissing = buildTable({ header: ['d', 'b'], rows: [['x', 'yes'], ['', 'NA'], ['y', '1']] }, {
      columns: [
        { name: 'd', kind: 'categorical', reason: '', missing: 1, invalid: 0, distinct: 2, sensitive: null, values: [] },
        { name: 'b', kind: 'boolean', reason: '', missing: 1, invalid: 0, distinct: 2, sensitive: null, values: [] },
      ],
      roles: { features: ['d'], label: 'b', value: null, id: null },
      notes: [],
    });
    expect(Array.from((withMissing.columns[0] as CategoricalColumn).codes)).toEqual([0, -1, 1]);
    expect(Array.from((withMissing.columns[1] as NumericColumn).values)).toEqual([1, NaN, 1]);
  });

  it('reads numeric 0/1 labels overridden to boolean', () => {
    const t = buildTable({ header: ['y'], rows: [['2'], ['0'], ['x']] }, {
      columns: [{ name: 'y', kind: 'boolean', reason: '', missing: 0, invalid: 0, distinct: 3, sensitive: null, values: [] }],
      roles: { features: [], label: 'y', value: null, id: null },
      notes: [],
    });
    expect(Array.from((t.columns[0] as NumericColumn).values)).toEqual([1, 0, NaN]);
  });
});

describe('column names are data (security F4)', () => {
  const header = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '月薪', '是否离职'];
  const rows = Array.from({ length: 60 }, (_, i) => [String(i % 5), ['a', 'b', 'c'][i % 3] as string, String(i % 7), i % 2 ? '是' : '否', String(i * 3), String(8000 + i * 10), i % 4 === 0 ? '是' : '否']);

  it('infers, overrides and builds columns named after Object.prototype members', () => {
    const inf = inferSchema({ header, rows });
    expect(inf.columns.map((c) => c.name)).toEqual(header);
    expect(inf.roles.label).toBe('是否离职');
    // Changing a column's type keeps every other column's kind a plain string.
    const r = applyOverrides(inf.columns, { kinds: new Map([['toString', 'categorical']]), include: new Map([['constructor', false]]) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.columns.map((c) => typeof c.kind)).toEqual(header.map(() => 'string'));
    expect(r.value.columns.find((c) => c.name === 'toString')?.kind).toBe('categorical');
    expect(r.value.columns.find((c) => c.name === 'constructor')?.kind).toBe('categorical');
    expect(r.value.roles.features).not.toContain('constructor');
    expect(r.value.roles.features).toContain('__proto__');
    const t = buildTable({ header, rows }, r.value);
    expect(t.columns.map((c) => c.name)).toEqual(header);
    // Nothing reached Object.prototype.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
    // The result survives a structured clone (what posting it from the Worker does).
    expect(() => structuredClone(r.value)).not.toThrow();
  });
});

describe('decimal commas and 是/否 columns with gaps (learner minor 22)', () => {
  it('reads `3,5` as 3.5 in a column that cannot hold thousands separators, and says so', () => {
    const cells = Array.from({ length: 117 }, (_, i) => `${Math.floor(i / 10)},${i % 10}`);
    const c = inferColumn('司龄（年）', cells);
    expect(c.kind).toBe('numeric');
    expect(c.decimalComma).toBe(true);
    expect(c.reason).toMatch(/小数点为逗号/);
    expect(parseNumber('3,5', true)).toBe(3.5);
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    expect(parseNumber('1,200')).toBe(1200);
    // Thousands separators stay thousands separators.
    expect(inferColumn('月薪', ['1,200', '3,500', '12,000', '800']).decimalComma).toBeUndefined();
    expect(inferColumn('月薪', ['1,200', '3,500', '12,000', '800']).kind).toBe('numeric');
    const inf = inferSchema({ header: ['员工编号', '司龄（年）', '离职'], rows: cells.map((v, i) => [`E${i}`, v, i % 3 ? '否' : '是']) });
    expect(inf.roles.features).toEqual(['司龄（年）']);
    expect(inf.notes.join()).toMatch(/按小数逗号读取的数值列.*司龄（年）/);
    // The id note no longer lists it, and lists the id column for the right reason.
    expect(inf.notes.find((n) => n.includes('编号类'))).not.toMatch(/司龄/);
    const t = buildTable({ header: ['员工编号', '司龄（年）', '离职'], rows: cells.map((v, i) => [`E${i}`, v, i % 3 ? '否' : '是']) }, inf);
    expect((t.columns[1] as NumericColumn).values[35]).toBe(3.5);
  });

  it('names text columns dropped for having too many values separately from id columns', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`E${i}`, `城市${i % 60}`, i % 2 ? '是' : '否']);
    const inf = inferSchema({ header: ['员工编号', '城市', '离职'], rows });
    expect(inf.notes.find((n) => n.startsWith('取值超过 50 个'))).toMatch(/城市/);
    expect(inf.notes.find((n) => n.startsWith('编号类'))).toMatch(/员工编号/);
    expect(inf.notes.find((n) => n.startsWith('编号类'))).not.toMatch(/城市/);
  });
});
