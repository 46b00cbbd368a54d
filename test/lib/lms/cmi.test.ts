import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyProgress, recordAssessment, recordQuiz, readSection, placeAt, type Progress } from '../../../src/lib/progress';
import { cmiValues, duration2004, lessonStatus12, locationOf, resumeTarget, statusOf, timespan12 } from '../../../src/lib/lms/cmi';
import { findApi, type WindowLike } from '../../../src/lib/lms/discover';
import { restoreFrom } from '../../../src/lib/lms/restore';
import { fileFor, mapRootUrl, relativePath } from '../../../src/lib/lms/links';
import { encodeSuspendData } from '../../../src/lib/lms/suspend-data';
import { moduleOfPage, type PackageInfo, type PackageModule } from '../../../src/lib/lms/package-info';
import { passes, percentOf } from '../../../src/lib/quiz/pass-mark';

const T = '2026-11-20T08:00:00.000Z';
const A: PackageModule = { slug: 'retention-basics', title: 'A1', sections: ['definition', 'retention-rate', 'takeaways', 'quiz'], hasQuiz: true };
const B: PackageModule = { slug: 'cost-of-churn', title: 'A2', sections: ['why', 'takeaways', 'quiz'], hasQuiz: true };
const pages = ['index.html', 'modules/retention-basics/index.html', 'modules/cost-of-churn/index.html', 'tools/churn/index.html'];
const moduleInfo = (scorm: '1.2' | '2004'): PackageInfo => ({ kind: 'module', scorm, id: 'x', title: 'x', modules: [A], start: 'modules/retention-basics/index.html', pages: pages.slice(1, 2) });
const courseInfo = (scorm: '1.2' | '2004'): PackageInfo => ({ kind: 'course', scorm, id: 'c', title: 'c', modules: [A, B], start: 'index.html', pages });
const values = (r: ReturnType<typeof cmiValues>) => Object.fromEntries(r.values);

describe('status of a module package', () => {
  it('launch: incomplete, no score', () => {
    const s = statusOf(emptyProgress(), moduleInfo('1.2'));
    expect(s).toEqual({ completed: false, success: 'unknown', score: null, progress: 0 });
    expect(lessonStatus12(s, 'module')).toBe('incomplete');
    expect(values(cmiValues(emptyProgress(), moduleInfo('2004'), 'modules/retention-basics/index.html', 0))).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': '0',
      'cmi.exit': 'suspend',
      'cmi.session_time': 'PT0S',
    });
  });
  it('half read: progress measure; a failed quiz: failed with the score', () => {
    let p = readSection(emptyProgress(), A.slug, 'definition', T);
    p = readSection(p, A.slug, 'retention-rate', T);
    expect(statusOf(p, moduleInfo('2004')).progress).toBe(0.5);
    p = recordQuiz(p, A.slug, 7, 10, 0, T);
    const v12 = values(cmiValues(p, moduleInfo('1.2'), 'modules/retention-basics/index.html', 65.5));
    expect(v12).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '70', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.session_time': '00:01:05.50', 'cmi.core.exit': 'suspend' });
    const v04 = values(cmiValues(p, moduleInfo('2004'), 'modules/retention-basics/index.html', 65.5));
    expect(v04).toMatchObject({ 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'failed', 'cmi.score.raw': '70', 'cmi.score.scaled': '0.7', 'cmi.session_time': 'PT1M5.50S' });
  });
  it('passed: completed and passed, the best score; a later failed attempt changes nothing', () => {
    let p = recordQuiz(emptyProgress(), A.slug, 9, 10, 0, T);
    p = recordQuiz(p, A.slug, 2, 10, 0, T);
    expect(lessonStatus12(statusOf(p, moduleInfo('1.2')), 'module')).toBe('passed');
    expect(values(cmiValues(p, moduleInfo('2004'), pages[1]!, 1))).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90', 'cmi.score.scaled': '0.9', 'cmi.progress_measure': '1' });
  });
  it('a module without a quiz is completed by reading 要点回顾 (1.2: completed)', () => {
    const info: PackageInfo = { ...moduleInfo('1.2'), modules: [{ ...A, hasQuiz: false, sections: ['definition', 'takeaways'] }] };
    const p = readSection(emptyProgress(), A.slug, 'takeaways', T, { completes: true });
    expect(lessonStatus12(statusOf(p, info), 'module')).toBe('completed');
  });
  it('score and status agree with the pass mark for every result (the LMS compares scaled with 0.8)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(40), (total, c) => {
        const correct = Math.min(c, total);
        const p = recordQuiz(emptyProgress(), A.slug, correct, total, 0, T);
        const v = values(cmiValues(p, moduleInfo('2004'), pages[1]!, 0));
        expect(v['cmi.success_status']).toBe(passes(correct, total) ? 'passed' : 'failed');
        expect(Number(v['cmi.score.scaled']) >= 0.8).toBe(passes(correct, total));
        expect(v['cmi.score.raw']).toBe(String(percentOf(correct / total)));
      }),
    );
  });
});

describe('status of the course package', () => {
  const allDone = (): Progress => [A, B].reduce((p, m) => recordQuiz(p, m.slug, 10, 10, 0, T), emptyProgress());
  it('modules done, no assessment: 1.2 incomplete, 2004 completed/unknown', () => {
    const p = allDone();
    expect(lessonStatus12(statusOf(p, courseInfo('1.2')), 'course')).toBe('incomplete');
    expect(statusOf(p, courseInfo('2004'))).toEqual({ completed: true, success: 'unknown', score: null, progress: 1 });
  });
  it('assessment passed before every module is done: 1.2 still incomplete', () => {
    const p = recordAssessment(recordQuiz(emptyProgress(), A.slug, 10, 10, 0, T), { seed: 's', startedAt: T, finishedAt: T, correct: 18, total: 20, passed: true, timed: false });
    expect(lessonStatus12(statusOf(p, courseInfo('1.2')), 'course')).toBe('incomplete');
    expect(statusOf(p, courseInfo('2004'))).toMatchObject({ completed: false, success: 'passed', score: 90, progress: 0.5 });
  });
  it('every module and the assessment: passed with the assessment score; failed before', () => {
    let p = recordAssessment(allDone(), { seed: 's', startedAt: T, finishedAt: T, correct: 15, total: 20, passed: false, timed: false });
    expect(values(cmiValues(p, courseInfo('1.2'), 'index.html', 0))).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '75' });
    p = recordAssessment(p, { seed: 't', startedAt: T, finishedAt: T, correct: 16, total: 20, passed: true, timed: false });
    expect(values(cmiValues(p, courseInfo('1.2'), 'index.html', 0))).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '80' });
  });
  it('reports the reason when the resume data cannot be written, and writes no suspend_data', () => {
    // 100 modules of 60-character slugs: more than SCORM 1.2 can hold (the course has 14).
    const many: PackageModule[] = Array.from({ length: 100 }, (_, i) => ({ slug: `m${String(i).padStart(59, 'x')}`, title: '', sections: ['takeaways', 'quiz'], hasQuiz: true }));
    const p = many.reduce((q, m) => recordQuiz(q, m.slug, 10, 10, 0, T), emptyProgress());
    const r = cmiValues(p, { ...courseInfo('1.2'), modules: many }, 'index.html', 0);
    expect(r.problem).toContain('超过学习平台的上限 4096');
    expect(r.dropped).toBeNull();
    expect(values(r)['cmi.suspend_data']).toBeUndefined();
    expect(values(r)['cmi.core.lesson_status']).toBe('incomplete');
    expect(cmiValues(allDone(), courseInfo('1.2'), 'index.html', 0).problem).toBeUndefined();
  });
});

describe('location and resume', () => {
  it('the page, with the section being read on a module page', () => {
    const info = courseInfo('1.2');
    const p = placeAt(emptyProgress(), A.slug, 'retention-rate', T);
    expect(locationOf('modules/retention-basics/index.html', p, info)).toBe('modules/retention-basics/index.html#retention-rate');
    expect(locationOf('modules/cost-of-churn/index.html', p, info)).toBe('modules/cost-of-churn/index.html');
    expect(locationOf('tools/churn/index.html', p, info)).toBe('tools/churn/index.html');
    expect(moduleOfPage(info, 'index.html')).toBeUndefined();
  });
  it.each([
    ['', 'index.html'],
    ['modules/retention-basics/index.html#retention-rate', 'modules/retention-basics/index.html#retention-rate'],
    ['tools/churn/index.html', 'tools/churn/index.html'],
    ['modules/retention-basics/index.html#<script>', 'modules/retention-basics/index.html'],
    ['../../etc/passwd', 'index.html'],
    ['https://evil.example/', 'index.html'],
    ['modules/retention-basics/index.html#a#b', 'index.html'],
  ])('%s → %s', (location, target) => expect(resumeTarget(location, courseInfo('2004'))).toBe(target));
});

describe('SCORM time formats', () => {
  it.each([
    [0, '00:00:00.00', 'PT0S'],
    [5.2, '00:00:05.20', 'PT5.20S'],
    [3600 + 62, '01:01:02.00', 'PT1H1M2S'],
    [-3, '00:00:00.00', 'PT0S'],
    [40_000 * 3600, '9999:59:59.99', 'PT40000H0S'],
  ])('%s s → %s, %s', (s, t12, t04) => {
    expect(timespan12(s)).toBe(t12);
    expect(duration2004(s)).toBe(t04);
  });
});

describe('API discovery (parents, then the opener)', () => {
  const api12 = { LMSInitialize: () => 'true' };
  const api04 = { Initialize: () => 'true' };
  const chain = (depth: number, top: Record<string, unknown>): WindowLike => {
    let w: { parent?: WindowLike; [k: string]: unknown } = { ...top };
    w.parent = w;
    for (let i = 0; i < depth; i++) w = { parent: w };
    return w;
  };
  it('finds API in a parent and API_1484_11 many levels up', () => {
    expect(findApi(chain(3, { API: api12 }), '1.2')).toBe(api12);
    expect(findApi(chain(3, { API: api12 }), '2004')).toBeUndefined();
    expect(findApi(chain(20, { API_1484_11: api04 }), '2004')).toBe(api04);
  });
  it('gives up past 7 levels for SCORM 1.2, as the specification does', () => {
    expect(findApi(chain(7, { API: api12 }), '1.2')).toBe(api12);
    expect(findApi(chain(8, { API: api12 }), '1.2')).toBeUndefined();
  });
  it('looks in the opener when no parent has it', () => {
    const w = { parent: undefined, opener: chain(1, { API_1484_11: api04 }) } as unknown as WindowLike;
    expect(findApi(w, '2004')).toBe(api04);
  });
  it('stops at a window of another origin (reading it throws) and is absent on a plain window', () => {
    const foreign = new Proxy({}, { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } }) as WindowLike;
    expect(findApi({ parent: foreign } as WindowLike, '1.2')).toBeUndefined();
    const plain: { parent?: WindowLike } = {};
    plain.parent = plain as WindowLike;
    expect(findApi(plain as WindowLike, '1.2')).toBeUndefined();
    expect(findApi({ API: 'not an object', parent: null } as WindowLike, '1.2')).toBeUndefined();
  });
});

describe('restore: the LMS is the source of truth', () => {
  it('no resume data: empty progress (the browser copy is not used)', () => {
    expect(restoreFrom('', [A])).toEqual({ mode: 'report', progress: emptyProgress(), resumed: false });
  });
  it('resume data: its record', () => {
    const p = readSection(emptyProgress(), A.slug, 'definition', T);
    const e = encodeSuspendData(p, [A], 4096);
    if (!e.ok) throw new Error(e.message);
    const r = restoreFrom(e.text, [A]);
    expect(r.mode === 'report' && r.resumed && r.progress.modules[A.slug]?.sections).toEqual(['definition']);
  });
  it('unreadable data: read-only, with the reason, never overwritten', () => {
    const r = restoreFrom('{"legacy":true}', [A]);
    expect(r.mode).toBe('read-only');
    if (r.mode === 'read-only') expect(r.message).toContain('不是本课程的格式');
  });
});

describe('links inside a package', () => {
  const has = (f: string) => pages.includes(f) || f === '_astro/x.js';
  it.each([
    ['/', 'modules/retention-basics/index.html', { kind: 'inside', href: '../../index.html' }],
    ['/modules/cost-of-churn/#why', 'modules/retention-basics/index.html', { kind: 'inside', href: '../cost-of-churn/index.html#why' }],
    ['/tools/churn/?start=1&lost=2', 'index.html', { kind: 'inside', href: 'tools/churn/index.html?start=1&lost=2' }],
    ['/tools/churn', 'index.html', { kind: 'inside', href: 'tools/churn/index.html' }],
    ['/_astro/x.js', 'tools/churn/index.html', { kind: 'inside', href: '../../_astro/x.js' }],
    ['/trainer/', 'index.html', { kind: 'outside', href: 'https://site.example/trainer/' }],
    ['/present/a/?print-pdf#/2', 'index.html', { kind: 'outside', href: 'https://site.example/present/a/?print-pdf#/2' }],
  ])('%s from %s', (url, from, want) => expect(mapRootUrl(url, from, has, 'https://site.example/')).toEqual(want));
  it('leaves other URLs alone', () => {
    for (const u of ['#x', 'x.html', '../a/', 'https://a.example/', '//cdn.example/x.js', '']) expect(mapRootUrl(u, 'index.html', has, 'https://s')).toBeNull();
  });
  it('relative paths', () => {
    expect(relativePath('index.html', 'index.html')).toBe('index.html');
    expect(relativePath('a/b/index.html', 'a/c/index.html')).toBe('../c/index.html');
    expect(relativePath('a/b/index.html', 'a/b/index.html')).toBe('index.html');
    expect(fileFor('/nope/', has)).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }), (x, y) => {
        const from = [...x, 'index.html'].join('/');
        const to = [...y, 'f.html'].join('/');
        expect(new URL(relativePath(from, to), `http://h/root/${from}`).pathname).toBe(`/root/${to}`);
      }),
    );
  });
});
