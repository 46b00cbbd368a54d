/**
 * Importing a progress file: size checked before reading (F14), unknown modules (constructor
 * and __proto__ included) reported and dropped (F6), claims backed by their own records (a
 * forged "passed" is refused), the preview that asks before replacing newer progress (F7), and
 * the property that whatever an import accepts keeps working after further writes (F5).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IMPORT_MAX_BYTES, LIMITS } from '../../src/lib/progress-limits';
import { dict, emptyProgress, entry, moduleOf, recordAssessment, recordQuiz, type Progress } from '../../src/lib/progress';
import { progressProblem, serialise } from '../../src/lib/progress-schema';
import { parseStored } from '../../src/lib/progress-migrate';
import { decodeFile, dropUnknownModules, exportFileName, exportText, parseImport, previewReplace, readImportFile, toExport } from '../../src/lib/progress-import';
import type { CourseModule } from '../../src/lib/certificate';
import { action, progress } from './progress-arbitraries';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-23T09:30:00.000Z';
const NOW = '2026-12-01T10:00:00.000Z';
const COURSE: CourseModule[] = ['retention-basics', 'cost-of-churn', 'risk-tiering', 'churn-prediction', 'constructor', 'to-string', 'has-own-property'].map((slug) => ({ slug, title: `模块 ${slug}`, hasQuiz: true, minutes: 40 }));
const file = (progress: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ app: 'retention-academy', kind: 'progress', exportedAt: T1, progress, ...extra });
const importText = (text: string) => parseImport(text, NOW, COURSE);
const message = (r: ReturnType<typeof importText>) => (r.ok ? '' : r.errors[0]!.message);

const done: Progress = recordAssessment(recordQuiz(emptyProgress(), 'retention-basics', 9, 10, 0, T0), { seed: 'ab12', startedAt: T0, finishedAt: T1, correct: 17, total: 20, passed: true, timed: false });

describe('export', () => {
  it('wraps the record and names the file by date', () => {
    expect(toExport(done, NOW)).toEqual({ app: 'retention-academy', kind: 'progress', exportedAt: NOW, progress: done });
    expect(exportFileName(NOW)).toBe('留存学院学习进度-2026-12-01.json');
  });
  it('an export imports back to the same record (property)', () => {
    let reached = 0;
    fc.assert(
      fc.property(progress, (p) => {
        const course: CourseModule[] = Object.keys(p.modules).map((slug) => ({ slug, title: slug, hasQuiz: true, minutes: 30 }));
        // Only records whose claims hold are importable; make every completion backed.
        const honest: Progress = { ...p, modules: dict(Object.entries(p.modules).map(([k, m]) => [k, m.completedAt ? { ...m, quiz: { best: 1, attempts: 1, passed: true, hints: 0 } } : m])) };
        const r = parseImport(exportText(honest, NOW), NOW, course);
        expect(message(r)).toBe('');
        if (!r.ok) return;
        expect(r.value.progress).toEqual({ ...honest, review: dict(Object.entries(honest.review).filter(([k]) => course.some((c) => k.replace(/^(ex|as):/, '').startsWith(`${c.slug}/`)))), attempts: dict(Object.entries(honest.attempts).filter(([k]) => k === 'assessment' || course.some((c) => k === `quiz:${c.slug}`))), last: honest.last && course.some((c) => c.slug === honest.last!.module) ? honest.last : null });
        reached++;
      }),
      { numRuns: 200 },
    );
    expect(reached).toBe(200);
  });
});

describe('refused files leave nothing to write, with the reason in Chinese', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /文件是空的/],
    ['whitespace', '  \n ', /文件是空的/],
    ['not JSON', '{"app":', /不是有效的 JSON/],
    ['a foreign file', '{"app":"other"}', /不是留存学院导出的/],
    ['bare progress without the wrapper', JSON.stringify(done), /不是留存学院导出的/],
    ['__proto__ at the top level', `{"app":"retention-academy","kind":"progress","progress":${JSON.stringify(done)},"__proto__":{"x":1}}`, /不认识的字段/],
    ['a future version', file({ ...done, version: 9 }), /更新版本的课程（版本 9）/],
    ['a corrupt record', file({ ...done, modules: { 'retention-basics': { visitedAt: 'yesterday', sections: [] } } }), /应是时间/],
    ['bare NaN', '{"app":"retention-academy","kind":"progress","progress":NaN}', /不是有效的 JSON/],
    ['1e999', file({ ...done, name: Number.POSITIVE_INFINITY }), /name/],
  ];
  it.each(cases)('%s', (_, text, reason) => {
    const r = importText(text);
    expect(r.ok).toBe(false);
    expect(message(r)).toMatch(reason);
  });
});

describe('imports never unlock what their own records do not justify', () => {
  it('a hand-written "passed" without its attempt is refused (the review’s forged.json)', () => {
    const forged = { version: 2, modules: {}, last: null, assessment: { best: 1, attempts: 1, passed: true, passedAt: T1, passedScore: 1 }, name: '伪造者' };
    // v2 files carry no history: the migration adds the passing attempt, so the file must
    // also back its completed modules; here it has none, and no certificate follows (certificate test).
    expect(importText(file(forged)).ok).toBe(true);
    const v3 = { ...done, assessment: { ...done.assessment!, history: [] } };
    expect(message(importText(file(v3)))).toMatch('结业测评标记为已通过，但没有通过的作答记录');
    const wrongTime = { ...done, assessment: { ...done.assessment!, passedAt: NOW } };
    expect(message(importText(file(wrongTime)))).toMatch('通过时间与作答记录不一致');
  });
  it('a completed module needs its passed quiz record', () => {
    const claimed = { ...emptyProgress(), modules: { 'retention-basics': { visitedAt: T0, sections: [], completedAt: T1 } } };
    expect(message(importText(file(claimed)))).toMatch('模块“模块 retention-basics”标记为已完成，但没有通过测验的记录');
    const noQuizModule = [{ slug: 'retention-basics', title: 'A1', hasQuiz: false, minutes: 40 }];
    expect(parseImport(file(claimed), NOW, noQuizModule).ok).toBe(false);
    expect(parseImport(file({ ...claimed, modules: { 'retention-basics': { visitedAt: T0, sections: ['takeaways'], completedAt: T1 } } }), NOW, noQuizModule).ok).toBe(true);
  });
  it('a certificate number that does not match its record is refused', () => {
    expect(message(importText(file({ ...done, certificate: { number: 'RA-20261123-ABCDEFGH', issuedAt: T1 } })))).toMatch('证书编号与学习记录不一致');
  });
});

describe('unknown modules are reported and dropped, prototype names included (F6)', () => {
  it('drops them with everything that refers to them, and names them as text', () => {
    const raw = JSON.parse(
      `{"version":3,"updatedAt":null,"modules":{"retention-basics":{"visitedAt":"${T0}","sections":[]},"__proto__":{"visitedAt":"${T0}","sections":[]},"<b>x</b>":{"x":1},"gone-module":{"visitedAt":"${T0}","sections":[]}},"last":{"module":"gone-module","section":null,"at":"${T0}"},"assessment":null,"name":"","review":{"gone-module/q1":${JSON.stringify({ due: T0, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null })}},"attempts":{},"certificate":null}`,
    );
    const r = parseImport(file(raw), NOW, COURSE.filter((c) => c.slug !== 'constructor'));
    expect(message(r)).toBe('');
    if (!r.ok) return;
    expect(Object.keys(r.value.progress.modules)).toEqual(['retention-basics']);
    expect(r.value.progress.last).toBeNull();
    expect(Object.keys(r.value.progress.review)).toEqual([]);
    expect(r.value.dropped.shown).toEqual(['__proto__', '<b>x</b>', 'gone-module']);
    expect(({} as Record<string, unknown>)['visitedAt']).toBeUndefined();
  });
  it('an old v1 export with the slug "constructor" imports when the course has it, and drops it when not', () => {
    const v1 = { version: 1, visited: [], completed: [], scores: { constructor: 90 }, last: 'constructor#definition' };
    const withIt = importText(file(v1));
    expect(withIt.ok && moduleOf(withIt.value.progress, 'constructor')!.quiz!.best).toBe(0.9);
    const without = parseImport(file(v1), NOW, COURSE.filter((c) => c.slug !== 'constructor'));
    expect(without.ok && Object.keys(without.value.progress.modules)).toEqual([]);
    expect(without.ok && without.value.dropped.shown).toEqual(['constructor']);
    expect(Object.hasOwn(Object, 'quiz')).toBe(false);
  });
  it('500 unknown modules are dropped, not stored (the release issue’s lock-out)', () => {
    const many = { ...emptyProgress(), modules: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`m${i}`, { visitedAt: T0, sections: [] }])) };
    const r = importText(file(many));
    expect(r.ok && Object.keys(r.value.progress.modules)).toEqual([]);
    expect(r.ok && r.value.dropped).toEqual({ shown: Array.from({ length: 10 }, (_, i) => `m${i}`), omitted: 490 });
    expect(dropUnknownModules(null, new Set()).value).toBeNull();
  });
});

describe('whatever an import accepts keeps working after further writes (F5)', () => {
  it('an import at the attempt limit, then one more quiz, is still readable', () => {
    const atLimit = { ...emptyProgress(), modules: { 'retention-basics': { visitedAt: T0, sections: [], quiz: { best: 0.5, attempts: LIMITS.count, passed: false, hints: 0 } } } };
    const r = importText(file(atLimit));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const after = recordQuiz(r.value.progress, 'retention-basics', 10, 10, 0, NOW);
    expect(progressProblem(after)).toBeUndefined();
    expect(parseStored(serialise(after), NOW).ok).toBe(true);
  });
  it('property: accepted imports stay readable through any actions', () => {
    let reached = 0;
    fc.assert(
      fc.property(progress, fc.array(action, { maxLength: 20 }), (p, acts) => {
        const course: CourseModule[] = [...new Set([...Object.keys(p.modules), 'retention-basics', 'cost-of-churn', 'risk-tiering', 'churn-prediction', 'constructor', 'to-string', 'has-own-property'])].map((slug) => ({ slug, title: slug, hasQuiz: false, minutes: 30 }));
        const r = parseImport(exportText({ ...p, modules: dict(Object.entries(p.modules).map(([k, m]) => [k, { ...m, sections: m.completedAt ? [...new Set([...m.sections, 'takeaways'])].slice(0, LIMITS.sections) : m.sections }])) }, NOW), NOW, course);
        if (!r.ok) return;
        let q = r.value.progress;
        for (const a of acts) q = a(q);
        expect(progressProblem(q)).toBeUndefined();
        reached++;
      }),
      { numRuns: 200 },
    );
    expect(reached).toBeGreaterThan(150);
  });
});

describe('reading the file (F14: size first)', () => {
  const source = (size: number, bytes: Uint8Array | null) => {
    let read = 0;
    return {
      get reads() {
        return read;
      },
      size,
      arrayBuffer: () => {
        read++;
        return bytes ? Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : Promise.reject(new Error('gone'));
      },
    };
  };
  it('a file over the limit is refused without being read', async () => {
    const f = source(IMPORT_MAX_BYTES + 1, new Uint8Array([123]));
    const r = await readImportFile(f, NOW, COURSE);
    expect(r.ok ? '' : r.errors[0]!.message).toMatch('文件过大');
    expect(f.reads).toBe(0);
    const huge = source(300_000_000, null);
    expect((await readImportFile(huge, NOW, COURSE)).ok).toBe(false);
    expect(huge.reads).toBe(0);
  });
  it('a file that cannot be read says so', async () => {
    const r = await readImportFile(source(10, null), NOW, COURSE);
    expect(r.ok ? '' : r.errors[0]!.message).toBe('无法读取该文件。');
  });
  it('UTF-8 with or without BOM and UTF-16 with a BOM are read', async () => {
    const text = exportText(done, NOW);
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    const be = new Uint8Array(2 + text.length * 2);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8;
      be[3 + 2 * i] = c & 0xff;
    }
    for (const bytes of [utf8, bom, le, be]) {
      expect(decodeFile(bytes)).toBe(text);
      const r = await readImportFile(source(bytes.length, bytes), NOW, COURSE);
      expect(r.ok && r.value.progress).toEqual(done);
    }
  });
});

describe('asking before replacing (F7)', () => {
  it('replacing empty progress needs no question', () => {
    expect(previewReplace(emptyProgress(), done, T1).silent).toBe(true);
  });
  it('shows both records, and warns when the current one is newer', () => {
    const current: Progress = { ...done, updatedAt: NOW };
    const older: Progress = { ...emptyProgress(), updatedAt: T0 };
    const p = previewReplace(current, older, T1);
    expect(p).toMatchObject({ silent: false, currentIsNewer: true, current: { completed: 1, assessment: 'passed', updatedAt: NOW }, incoming: { completed: 0, assessment: 'none', updatedAt: T0 } });
    expect(previewReplace({ ...done, updatedAt: T0 }, { ...done, updatedAt: NOW }, null).currentIsNewer).toBe(false);
    // A file without updatedAt is dated by its export time.
    expect(previewReplace({ ...done, updatedAt: T1 }, { ...done, updatedAt: null }, T0)).toMatchObject({ currentIsNewer: true, incoming: { updatedAt: T0 } });
    expect(entry(done.modules, 'retention-basics')).toBeDefined();
  });
});
