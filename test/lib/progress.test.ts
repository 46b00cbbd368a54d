import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PROGRESS_VERSION,
  completedCount,
  emptyProgress,
  exportFileName,
  isEmpty,
  migrateV1,
  minutesLeft,
  moduleStatus,
  parseImport,
  parseStored,
  progressProblem,
  reachSection,
  readProgress,
  recordAssessment,
  recordQuiz,
  setName,
  toExport,
  visitModule,
  type ProgressV1,
} from '../../src/lib/progress';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-23T09:30:00.000Z';

const v1: ProgressV1 = {
  version: 1,
  visited: ['retention-basics', 'cost-of-churn'],
  completed: ['retention-basics'],
  scores: { 'retention-basics': 85, 'cost-of-churn': 50 },
  last: 'cost-of-churn#replacement-cost',
};

describe('migrations', () => {
  it('v1 → v2 keeps visits, scores, completion and the last position', () => {
    expect(migrateV1(v1, T1)).toEqual({
      version: 2,
      modules: {
        'retention-basics': { visitedAt: T1, sections: [], quiz: { best: 0.85, attempts: 1, passed: true }, completedAt: T1 },
        'cost-of-churn': { visitedAt: T1, sections: ['replacement-cost'], quiz: { best: 0.5, attempts: 1, passed: false } },
      },
      last: { module: 'cost-of-churn', section: 'replacement-cost', at: T1 },
      assessment: null,
      name: '',
    });
  });
  it('v1 with a last position without section, and with none', () => {
    expect(migrateV1({ ...v1, last: 'retention-basics' }, T1).last).toEqual({ module: 'retention-basics', section: null, at: T1 });
    expect(migrateV1({ ...v1, last: null }, T1).last).toBeNull();
    expect(migrateV1({ ...v1, last: '###' }, T1).last).toBeNull();
  });
  it('readProgress migrates v1 and reports the source version', () => {
    const r = readProgress(v1, T1);
    expect(r.ok && r.value.from).toBe(1);
    expect(r.ok && r.value.progress.version).toBe(PROGRESS_VERSION);
  });
  it('a migrated v1 is always a valid v2 (property)', () => {
    const slug = fc.constantFrom('retention-basics', 'cost-of-churn', 'risk-tiering', 'churn-prediction');
    fc.assert(
      fc.property(
        fc.record({
          visited: fc.array(slug),
          completed: fc.array(slug),
          scores: fc.dictionary(slug, fc.integer({ min: 0, max: 100 })),
          last: fc.option(fc.tuple(slug, fc.option(fc.constantFrom('formula', 'periods'))).map(([m, s]) => (s ? `${m}#${s}` : m))),
        }),
        (raw) => {
          const r = readProgress({ version: 1, ...raw }, T1);
          expect(r.ok).toBe(true);
          expect(progressProblem(migrateV1({ version: 1, ...raw }, T1))).toBeUndefined();
        },
      ),
    );
  });
});

describe('reading stored values', () => {
  it('reads a current value unchanged', () => {
    const p = recordQuiz(emptyProgress(), 'retention-basics', 1, true, T0);
    const r = parseStored(JSON.stringify(p), T1);
    expect(r).toEqual({ ok: true, value: { progress: p, from: 2 } });
  });
  it('refuses corrupt, foreign and future values with a reason', () => {
    expect(parseStored('{bad', T1)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(parseStored('"hello"', T1)).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseStored('{"theme":"dark"}', T1)).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseStored('{"version":3,"modules":{}}', T1)).toMatchObject({ ok: false, reason: 'future' });
    expect(parseStored('{"version":2,"modules":[]}', T1)).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(parseStored('{"version":1,"visited":"x"}', T1)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
  it('refuses each malformed field of v2', () => {
    const good = recordAssessment(reachSection(recordQuiz(emptyProgress(), 'a1', 0.5, false, T0), 'a1', 'formula', T0), 0.9, true, T0);
    expect(progressProblem(good)).toBeUndefined();
    const bad: [string, unknown][] = [
      ['modules', { 'Bad Slug': good.modules['a1'] }],
      ['modules', { a1: { ...good.modules['a1'], visitedAt: 'yesterday' } }],
      ['modules', { a1: { ...good.modules['a1'], sections: ['ok', 3] } }],
      ['modules', { a1: { ...good.modules['a1'], quiz: { best: 2, attempts: 1, passed: false } } }],
      ['modules', { a1: { ...good.modules['a1'], quiz: { best: 0.5, attempts: -1, passed: false } } }],
      ['modules', { a1: { ...good.modules['a1'], quiz: { best: 0.5, attempts: 1, passed: 'no' } } }],
      ['modules', { a1: { ...good.modules['a1'], completedAt: 5 } }],
      ['last', { module: 'a1', section: 'x', at: 'now' }],
      ['last', 'a1#x'],
      ['assessment', { best: 0.5, attempts: 1 }],
      ['assessment', { ...good.assessment, passedAt: 'x' }],
      ['assessment', { ...good.assessment, passedScore: 7 }],
      ['name', 'x'.repeat(61)],
      ['name', null],
    ];
    for (const [field, value] of bad) expect(progressProblem({ ...good, [field]: value }), `${field}=${JSON.stringify(value)}`).toBeTypeOf('string');
    expect(progressProblem([])).toBeTypeOf('string');
  });
});

describe('import validation', () => {
  const p = reachSection(recordQuiz(emptyProgress(), 'retention-basics', 0.9, true, T0), 'retention-basics', 'formula', T0);
  it('round-trips an export', () => {
    expect(parseImport(JSON.stringify(toExport(p, T1)), T1)).toEqual({ ok: true, value: p });
    expect(exportFileName(T1)).toBe('留存学院学习进度-2026-11-23.json');
  });
  it('migrates an old export', () => {
    const r = parseImport(JSON.stringify({ app: 'retention-academy', kind: 'progress', exportedAt: T0, progress: v1 }), T1);
    expect(r.ok && r.value.modules['retention-basics']?.completedAt).toBe(T1);
  });
  it('refuses bad files with a reason', () => {
    const reason = (text: string) => {
      const r = parseImport(text, T1);
      return r.ok ? '' : r.errors[0]!.message;
    };
    expect(reason('')).toBe('文件是空的。');
    expect(reason('not json')).toMatch('不是有效的 JSON');
    expect(reason('{"version":2}')).toMatch('不是留存学院导出的学习进度文件');
    expect(reason(JSON.stringify({ app: 'retention-academy', kind: 'progress', progress: { ...p, version: 9 } }))).toMatch('更新版本');
    expect(reason(JSON.stringify({ app: 'retention-academy', kind: 'progress', progress: { ...p, modules: 1 } }))).toMatch('modules');
    expect(reason('x'.repeat(1_000_001))).toMatch('文件过大');
  });
});

describe('reducers', () => {
  it('visit records the first visit only, and moves the last position to the module top', () => {
    const p = visitModule(emptyProgress(), 'a1', T0);
    expect(p.modules['a1']).toEqual({ visitedAt: T0, sections: [] });
    expect(p.last).toEqual({ module: 'a1', section: null, at: T0 });
    expect(visitModule(p, 'a1', T1)).toBe(p);
    const inside = reachSection(p, 'a1', 'formula', T0);
    expect(visitModule(inside, 'a1', T1)).toBe(inside);
    const elsewhere = visitModule(inside, 'b2', T1);
    expect(elsewhere.last).toEqual({ module: 'b2', section: null, at: T1 });
    expect(visitModule(elsewhere, 'a1', T1).modules['a1']!.sections).toEqual(['formula']);
  });
  it('reachSection records sections once and moves the last position', () => {
    let p = reachSection(emptyProgress(), 'a1', 'formula', T0);
    p = reachSection(p, 'a1', 'periods', T0);
    const same = reachSection(p, 'a1', 'periods', T1);
    expect(same).toBe(p);
    p = reachSection(p, 'a1', 'formula', T1);
    expect(p.modules['a1']!.sections).toEqual(['formula', 'periods']);
    expect(p.last).toEqual({ module: 'a1', section: 'formula', at: T1 });
    expect(moduleStatus(p, 'a1')).toBe('in-progress');
  });
  it('reaching the end completes a module without a quiz', () => {
    const p = reachSection(emptyProgress(), 'a1', 'takeaways', T0, { completes: true });
    expect(p.modules['a1']!.completedAt).toBe(T0);
    expect(reachSection(p, 'a1', 'takeaways', T1, { completes: true }).modules['a1']!.completedAt).toBe(T0);
  });
  it('recordQuiz keeps the best score, counts attempts and completes on pass', () => {
    let p = recordQuiz(emptyProgress(), 'a1', 0.5, false, T0);
    expect(moduleStatus(p, 'a1')).toBe('in-progress');
    p = recordQuiz(p, 'a1', 0.9, true, T1);
    p = recordQuiz(p, 'a1', 0.6, false, T1);
    expect(p.modules['a1']).toMatchObject({ quiz: { best: 0.9, attempts: 3, passed: true }, completedAt: T1 });
    expect(moduleStatus(p, 'a1')).toBe('completed');
    expect(moduleStatus(p, 'zz')).toBe('not-started');
  });
  it('recordAssessment keeps the first pass', () => {
    let p = recordAssessment(emptyProgress(), 0.6, false, T0);
    expect(p.assessment).toEqual({ best: 0.6, attempts: 1, passed: false });
    p = recordAssessment(p, 0.85, true, T1);
    p = recordAssessment(p, 0.95, true, '2026-12-01T00:00:00.000Z');
    expect(p.assessment).toEqual({ best: 0.95, attempts: 3, passed: true, passedAt: T1, passedScore: 0.85 });
  });
  it('setName trims and caps the name', () => {
    const p = setName(emptyProgress(), '  张三 ');
    expect(p.name).toBe('张三');
    expect(setName(p, '张三')).toBe(p);
    expect(setName(p, 'x'.repeat(80)).name).toHaveLength(60);
  });
  it('minutesLeft, completedCount and isEmpty', () => {
    const ids = ['a', 'b', 'c', 'takeaways'];
    let p = emptyProgress();
    expect(isEmpty(p)).toBe(true);
    expect(minutesLeft(p, 'm', 30, ids)).toBe(30);
    p = reachSection(p, 'm', 'a', T0);
    expect(isEmpty(p)).toBe(false);
    expect(minutesLeft(p, 'm', 30, ids)).toBe(23); // ceil(30 × 3/4)
    expect(minutesLeft(p, 'm', 30, [])).toBe(30);
    p = recordQuiz(p, 'm', 1, true, T0);
    expect(minutesLeft(p, 'm', 30, ids)).toBe(0);
    expect(completedCount(p, ['m', 'n'])).toBe(1);
  });
  it('every reducer output is valid (property)', () => {
    const slug = fc.constantFrom('a1', 'b2', 'c3');
    const section = fc.constantFrom('formula', 'periods', 'takeaways');
    const op = fc.oneof(
      fc.tuple(fc.constant('visit' as const), slug),
      fc.tuple(fc.constant('reach' as const), slug, section, fc.boolean()),
      fc.tuple(fc.constant('quiz' as const), slug, fc.double({ min: -1, max: 2, noNaN: true }), fc.boolean()),
      fc.tuple(fc.constant('assess' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let p = emptyProgress();
        for (const o of ops) {
          if (o[0] === 'visit') p = visitModule(p, o[1], T0);
          else if (o[0] === 'reach') p = reachSection(p, o[1], o[2], T0, { completes: o[3] });
          else if (o[0] === 'quiz') p = recordQuiz(p, o[1], o[2], o[3], T0);
          else p = recordAssessment(p, o[1], o[2], T0);
        }
        expect(progressProblem(p)).toBeUndefined();
        expect(parseStored(JSON.stringify(p), T1)).toEqual({ ok: true, value: { progress: p, from: 2 } });
      }),
    );
  });
});
