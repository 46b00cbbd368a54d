/**
 * Reading progress of every version: migrations v1 → v2 → v3, the one validator shared by
 * read, write and import, and the property that whatever the store writes it reads back
 * unchanged and keeps working after further writes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IMPORT_MAX_BYTES, LIMITS } from '../../src/lib/progress-limits';
import { dict, emptyProgress, entry, moduleOf, PROGRESS_VERSION, type Progress } from '../../src/lib/progress';
import { isIso, parseCurrent, progressProblem, serialise } from '../../src/lib/progress-schema';
import { migrateV1, migrateV2, parseStored, readProgress, type ProgressV1, type ProgressV2 } from '../../src/lib/progress-migrate';
import { exportText } from '../../src/lib/progress-import';
import { newCard } from '../../src/lib/review';
import { action, progress } from './progress-arbitraries';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-23T09:30:00.000Z';

const v1: ProgressV1 = {
  version: 1,
  visited: ['retention-basics', 'cost-of-churn'],
  completed: ['retention-basics'],
  scores: { 'retention-basics': 85, 'cost-of-churn': 50 },
  last: 'cost-of-churn#replacement-cost',
};

const v2: ProgressV2 = {
  version: 2,
  modules: dict([
    ['retention-basics', { visitedAt: T0, sections: ['definition', 'takeaways'], quiz: { best: 0.875, attempts: 2, passed: true }, completedAt: T1 }],
    ['cost-of-churn', { visitedAt: T1, sections: [] }],
  ]),
  last: { module: 'retention-basics', section: 'definition', at: T1 },
  assessment: { best: 0.85, attempts: 2, passed: true, passedAt: T1, passedScore: 0.85 },
  name: '张晓梅',
};

const read = (value: unknown) => readProgress(value, T1);

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
  it('v2 → v3 adds hints, the passing attempt, an empty queue and updatedAt; nothing is lost', () => {
    expect(migrateV2(v2)).toEqual({
      version: 3,
      updatedAt: T1,
      modules: {
        'retention-basics': { visitedAt: T0, sections: ['definition', 'takeaways'], quiz: { best: 0.875, attempts: 2, passed: true, hints: 0 }, completedAt: T1 },
        'cost-of-churn': { visitedAt: T1, sections: [] },
      },
      last: { module: 'retention-basics', section: 'definition', at: T1 },
      assessment: { best: 0.85, attempts: 2, passed: true, passedAt: T1, passedScore: 0.85, history: [{ seed: 'v2', startedAt: T1, finishedAt: T1, correct: 17, total: 20, passed: true, timed: false }] },
      name: '张晓梅',
      review: {},
      attempts: {},
      certificate: null,
    });
  });
  it('readProgress runs the migrations in turn and reports the source version', () => {
    for (const [value, from] of [[v1, 1], [v2, 2], [migrateV2(v2), 3]] as const) {
      const r = read(value);
      expect(r.ok && r.value.from).toBe(from);
      expect(r.ok && r.value.progress.version).toBe(PROGRESS_VERSION);
    }
    const r = read(v1);
    expect(r.ok && moduleOf(r.value.progress, 'cost-of-churn')!.quiz).toEqual({ best: 0.5, attempts: 1, passed: false, hints: 0 });
  });
  it('a v2 record beyond v3’s limits is trimmed to them, not refused', () => {
    const big: ProgressV2 = { ...v2, modules: dict(Array.from({ length: 150 }, (_, i) => [`m${i}`, { visitedAt: T0, sections: Array.from({ length: 150 }, (_, j) => `s${j}`) }] as const)) };
    const r = read(big);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.progress.modules)).toHaveLength(LIMITS.modules);
    expect(moduleOf(r.value.progress, 'm0')!.sections).toHaveLength(LIMITS.sections);
  });
  it('a migrated v1 or v2 is always a valid v3 (property)', () => {
    const slug = fc.constantFrom('retention-basics', 'cost-of-churn', 'constructor', 'to-string');
    fc.assert(
      fc.property(fc.uniqueArray(slug), fc.uniqueArray(slug), fc.dictionary(slug, fc.integer({ min: 0, max: 100 })), fc.option(fc.tuple(slug, fc.option(slug, { nil: undefined })), { nil: null }), (visited, completed, scores, last) => {
        const value: ProgressV1 = { version: 1, visited, completed, scores, last: last ? (last[1] ? `${last[0]}#${last[1]}` : last[0]) : null };
        const r = read(JSON.parse(JSON.stringify(value)));
        expect(r.ok).toBe(true);
        if (r.ok) expect(progressProblem(r.value.progress)).toBeUndefined();
      }),
    );
  });
});

describe('a value that is not a readable record is refused, with its reason (never guessed at)', () => {
  const refused: [string, unknown][] = [
    ['null', null],
    ['an array', []],
    ['a number', 3],
    ['a string', 'x'],
    ['version "2"', { ...v2, version: '2' }],
    ['version 0', { ...v2, version: 0 }],
    ['version 1.5', { ...v2, version: 1.5 }],
    ['a v2 record missing its name', { version: 2, modules: {}, last: null, assessment: null }],
    ['__proto__ as a module key', JSON.parse('{"version":2,"modules":{"__proto__":{"visitedAt":"2026-11-20T08:00:00.000Z","sections":[]}},"last":null,"assessment":null,"name":""}')],
    ['200+ sections in v2', { ...v2, modules: { a1: { visitedAt: T0, sections: Array.from({ length: 201 }, (_, i) => `s${i}`) } } }],
    ['a negative score', { ...v2, modules: { a1: { visitedAt: T0, sections: [], quiz: { best: -0.1, attempts: 1, passed: false } } } }],
    ['a score above 1', { ...v2, modules: { a1: { visitedAt: T0, sections: [], quiz: { best: 1.1, attempts: 1, passed: false } } } }],
    ['"NaN" as a score', { ...v2, modules: { a1: { visitedAt: T0, sections: [], quiz: { best: 'NaN', attempts: 1, passed: false } } } }],
    ['1,000,001 attempts', { ...v2, modules: { a1: { visitedAt: T0, sections: [], quiz: { best: 0.5, attempts: 1_000_001, passed: false } } } }],
    ['HTML as a section id', { ...v2, modules: { a1: { visitedAt: T0, sections: ['<img src=x onerror=alert(1)>'] } } }],
    ['an unknown field', { ...migrateV2(v2), extra: 1 }],
    ['an unknown field in a module', { ...migrateV2(v2), modules: { a1: { visitedAt: T0, sections: [], pwn: true } } }],
    ['a saved attempt whose lists disagree', { ...emptyProgress(), attempts: { assessment: { mode: 'exam', seed: 'ab', keys: ['a1/q1'], startedAt: T0, deadline: null, index: 0, answers: [], checked: [false], hints: [0] } } }],
    ['a certificate number of the wrong shape', { ...emptyProgress(), certificate: { number: '<b>1</b>', issuedAt: T0 } }],
    ['a review card with a date that does not exist', { ...emptyProgress(), review: { 'a1/q1': { ...newCard(T0), due: '2026-02-31T00:00:00.000Z' } } }],
  ];
  it.each(refused)('%s', (_, value) => {
    const r = read(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });
  it('a newer version is "future", not corrupt', () => {
    for (const version of [4, 99, 1e308]) expect(read({ ...v2, version })).toMatchObject({ ok: false, reason: 'future' });
  });
  it('stored text that is not JSON is corrupt', () => {
    expect(parseStored('{"version":2,"modules":{"x": not json', T1)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
  it('times must be real instants in 1970 or later (I1)', () => {
    for (const bad of ['2026-02-31T00:00:00Z', '2026-01-01T24:00:00Z', '0000-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '2026-01-01', '2026-01-01T00:00:00+08:00', 2026]) expect(isIso(bad), String(bad)).toBe(false);
    for (const good of ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z', '2026-12-31T23:59:59.9Z']) expect(isIso(good), good).toBe(true);
  });
});

describe('prototype-named slugs in stored data (F6)', () => {
  it('a v1 record with the slug "constructor" loads without throwing and without touching Object', () => {
    const r = parseStored('{"version":1,"visited":[],"completed":[],"scores":{"constructor":90},"last":"constructor#definition"}', T1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(moduleOf(r.value.progress, 'constructor')).toEqual({ visitedAt: T1, sections: ['definition'], quiz: { best: 0.9, attempts: 1, passed: true, hints: 0 } });
    expect(r.value.progress.last).toEqual({ module: 'constructor', section: 'definition', at: T1 });
    expect(Object.hasOwn(Object, 'quiz')).toBe(false);
    expect(Object.hasOwn(Object, 'completedAt')).toBe(false);
  });
  it('every dictionary read from data has a null prototype', () => {
    const r = read(JSON.parse(JSON.stringify(migrateV2(v2))));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const d of [r.value.progress.modules, r.value.progress.review, r.value.progress.attempts]) expect(Object.getPrototypeOf(d)).toBeNull();
    expect(entry(r.value.progress.modules, 'toString')).toBeUndefined();
  });
});

describe('write → read (property, F5)', () => {
  it('whatever the store writes, it reads back unchanged', () => {
    let reached = 0;
    fc.assert(
      fc.property(progress, (p) => {
        expect(progressProblem(p)).toBeUndefined();
        const r = parseStored(serialise(p), T1);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.progress).toEqual(p);
        expect(r.value.from).toBe(3);
        reached++;
      }),
      { numRuns: 300 },
    );
    expect(reached).toBe(300);
  });
  it('and it keeps working after any further writes', () => {
    let reached = 0;
    fc.assert(
      fc.property(progress, fc.array(action, { maxLength: 30 }), (start, actions) => {
        let p: Progress = start;
        for (const act of actions) {
          p = act(p);
          expect(progressProblem(p)).toBeUndefined();
        }
        const r = parseStored(serialise(p), T1);
        expect(r.ok && r.value.progress).toEqual(p);
        reached++;
      }),
      { numRuns: 300 },
    );
    expect(reached).toBe(300);
  });
  it('a record at every limit exports to a file the import accepts by size', () => {
    const longName = '名'.repeat(LIMITS.name);
    const slug = (i: number) => `m${String(i).padStart(2, '0')}-${'x'.repeat(LIMITS.slug - 4)}`.slice(0, LIMITS.slug);
    const section = (i: number) => `s${String(i).padStart(3, '0')}-${'y'.repeat(LIMITS.slug)}`.slice(0, LIMITS.slug);
    const answers = Array.from({ length: LIMITS.questions }, () => ({ type: 'match' as const, choices: dict(Array.from({ length: LIMITS.parts }, (_, k) => [`p${k}-${'z'.repeat(50)}`, '答'.repeat(LIMITS.text)] as const)) }));
    const p: Progress = {
      version: 3,
      updatedAt: T1,
      modules: dict(Array.from({ length: LIMITS.modules }, (_, i) => [slug(i), { visitedAt: T0, sections: Array.from({ length: LIMITS.sections }, (_, j) => section(j)), quiz: { best: 1, attempts: LIMITS.count, passed: true, hints: LIMITS.count }, completedAt: T1 }] as const)),
      last: { module: slug(0), section: section(0), at: T1 },
      assessment: { best: 1, attempts: LIMITS.count, passed: true, passedAt: T1, passedScore: 1, history: Array.from({ length: LIMITS.history }, () => ({ seed: 'f'.repeat(LIMITS.seed), startedAt: T0, finishedAt: T1, correct: 20, total: 20, passed: true, timed: true })) },
      name: longName,
      review: dict(Array.from({ length: LIMITS.review }, (_, i) => [`ex:${slug(i % LIMITS.modules)}/q${i}`.slice(0, LIMITS.key), newCard(T0)] as const)),
      attempts: dict(Array.from({ length: LIMITS.attempts }, (_, i) => [`quiz:m${i}`, { mode: 'exam' as const, seed: 'a'.repeat(LIMITS.seed), keys: Array.from({ length: LIMITS.questions }, (_, k) => `as:${slug(0)}/q${k}`.slice(0, LIMITS.key)), startedAt: T0, deadline: T1, index: 0, answers, checked: Array.from({ length: LIMITS.questions }, () => true), hints: Array.from({ length: LIMITS.questions }, () => LIMITS.hints) }] as const)),
      certificate: { number: 'RA-20261123-ABCD1234', issuedAt: T1 },
    };
    expect(progressProblem(p)).toBeUndefined();
    const bytes = new TextEncoder().encode(exportText(p, T1)).length;
    expect(bytes).toBeLessThan(IMPORT_MAX_BYTES);
  });
});

describe('parseCurrent: what a module page reads without the migrations', () => {
  it('reads a current record, and reports a past version as old (to migrate), never as unreadable', () => {
    const current = serialise(emptyProgress());
    const ok = parseCurrent(current);
    expect(ok.ok && ok.value.from).toBe(3);
    for (const old of ['{"version":1,"visited":[],"completed":[],"scores":{},"last":null}', '{"version":2}']) {
      expect(parseCurrent(old)).toMatchObject({ ok: false, reason: 'old' });
    }
    expect(parseCurrent('{"version":9}')).toMatchObject({ ok: false, reason: 'future' });
    expect(parseCurrent('not json')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(parseCurrent('[]')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseCurrent('{"version":3}')).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
