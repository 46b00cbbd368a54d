import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS } from '../../../src/lib/progress-limits';
import { dict, emptyProgress, entry, type Progress } from '../../../src/lib/progress';
import { progressProblem } from '../../../src/lib/progress-schema';
import { certificateNumber } from '../../../src/lib/certificate';
import {
  SUSPEND_LIMIT,
  decodeFraction,
  decodeSuspendData,
  decodeTime,
  encodeFraction,
  encodeSuspendData,
  encodeTime,
  sectionsHash,
} from '../../../src/lib/lms/suspend-data';
import type { PackageModule } from '../../../src/lib/lms/package-info';
import { progress as progressArb } from '../progress-arbitraries';
import { courseModules } from './course-modules';
import { worstCase } from './worst-case';

const COURSE = courseModules();

describe('scalars', () => {
  it('times keep their exact ISO text', () => {
    expect(encodeTime('1970-01-01T00:00:00.000Z')).toBe('0');
    expect(encodeTime('1970-01-01T00:00:36.000Z')).toBe('rs0'); // 36,000 ms
    expect(decodeTime('rs0')).toBe('1970-01-01T00:00:36.000Z');
    expect(encodeTime('2026-11-20T08:00:00Z')).toBe(`${Date.parse('2026-11-20T08:00:00Z').toString(36)}!0`);
    expect(decodeTime(encodeTime('2026-11-20T08:00:00Z'))).toBe('2026-11-20T08:00:00Z');
    expect(decodeTime(encodeTime('2026-11-20T08:00:00.5Z'))).toBe('2026-11-20T08:00:00.5Z');
    expect(decodeTime(encodeTime('2026-11-20T08:00:00.50Z'))).toBe('2026-11-20T08:00:00.50Z');
    expect(decodeTime(encodeTime('9999-12-31T23:59:59.999Z'))).toBe('9999-12-31T23:59:59.999Z');
  });
  it('refuses times that are not what an encoder writes', () => {
    // 1 ms written as "no fraction digits": the dropped digit was not zero.
    expect(decodeTime('1!0')).toBeUndefined();
    expect(decodeTime('')).toBeUndefined();
    expect(decodeTime('-1')).toBeUndefined();
    expect(decodeTime('ZZ')).toBeUndefined();
    expect(decodeTime('zzzzzzzzzzz')).toBeUndefined(); // past year 9999
  });
  it('scores are exact: a fraction with a small denominator, else the number', () => {
    expect(encodeFraction(0)).toBe('0/1');
    expect(encodeFraction(1)).toBe('1/1');
    expect(encodeFraction(0.8)).toBe('4/5');
    expect(encodeFraction(7 / 9)).toBe('7/9');
    expect(encodeFraction(17 / 20)).toBe('h/k');
    expect(encodeFraction(Math.SQRT1_2)).toBe(String(Math.SQRT1_2));
    expect(decodeFraction('h/k')).toBe(17 / 20);
    expect(decodeFraction('2/1')).toBeUndefined();
    expect(decodeFraction('1.5')).toBeUndefined();
    expect(decodeFraction('NaN')).toBeUndefined();
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => Object.is(decodeFraction(encodeFraction(x)), x === 0 ? 0 : x) || (x === 0 && decodeFraction(encodeFraction(x)) === 0)));
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip

/** A small package over the slugs the progress generator draws, with sections it draws too. */
const WORDS = ['retention-basics', 'cost-of-churn', 'risk-tiering', 'churn-prediction', 'constructor', 'to-string', 'has-own-property'];
const PACKAGE: PackageModule[] = ['retention-basics', 'cost-of-churn', 'risk-tiering', 'constructor'].map((slug) => ({ slug, title: slug, sections: [...WORDS, 'takeaways', 'quiz'], hasQuiz: true }));

/** What the encoding keeps of `p` when nothing needs to be left out for room. */
function kept(p: Progress, modules: readonly PackageModule[]): Progress {
  const out: Progress = { ...p, modules: dict(), attempts: dict() };
  for (const m of modules) {
    const r = entry(p.modules, m.slug);
    if (r) out.modules[m.slug] = { ...r, sections: m.sections.filter((s) => r.sections.includes(s)) };
  }
  return out;
}

describe('round trip', () => {
  it('everything but attempts in progress and other modules comes back (64,000 characters)', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const e = encodeSuspendData(p, PACKAGE, SUSPEND_LIMIT['2004']);
        expect(e.ok).toBe(true);
        if (!e.ok) return;
        expect(e.dropped).toMatchObject({ history: 0, name: false, review: 0 });
        const d = decodeSuspendData(e.text, PACKAGE);
        expect(d).toEqual({ ok: true, progress: kept(p, PACKAGE) });
      }),
      { numRuns: 300 },
    );
  });

  it('within a tight limit the core is kept and the rest is a prefix by priority', () => {
    fc.assert(
      fc.property(progressArb, fc.integer({ min: 300, max: 1200 }), (p, limit) => {
        const e = encodeSuspendData(p, PACKAGE, limit);
        if (!e.ok) return; // the core alone is over this small limit
        expect(e.text.length).toBeLessThanOrEqual(limit);
        const d = decodeSuspendData(e.text, PACKAGE);
        expect(d.ok).toBe(true);
        if (!d.ok) return;
        const want = kept(p, PACKAGE);
        expect(d.progress.modules).toEqual(want.modules);
        expect(d.progress.last).toEqual(want.last);
        expect(d.progress.certificate).toEqual(want.certificate);
        expect(certificateNumber(d.progress)).toBe(certificateNumber(want));
        if (want.assessment) {
          const { history, ...summary } = want.assessment;
          expect(d.progress.assessment).toMatchObject(summary);
          // The kept attempts are in their order, and the passing one is among them.
          const got = d.progress.assessment!.history;
          expect(history.filter((h) => got.some((g) => g.seed === h.seed && g.finishedAt === h.finishedAt && g.correct === h.correct))).toHaveLength(got.length);
          expect(got).toHaveLength(history.length - e.dropped.history);
        }
        expect(Object.keys(d.progress.review)).toHaveLength(Object.keys(want.review).length - e.dropped.review);
        expect(d.progress.name).toBe(e.dropped.name ? '' : want.name);
      }),
      { numRuns: 300 },
    );
  });

  it('a section list that changed since the data was saved forgets the sections, keeps completion and quiz', () => {
    const p = emptyProgress();
    p.modules['retention-basics'] = { visitedAt: '2026-01-01T00:00:00.000Z', sections: ['definition', 'takeaways'], quiz: { best: 0.9, attempts: 2, passed: true, hints: 1 }, completedAt: '2026-01-02T00:00:00.000Z' };
    const before = COURSE.filter((m) => m.slug === 'retention-basics');
    const e = encodeSuspendData(p, before, 4096);
    if (!e.ok) throw new Error(e.message);
    const after = before.map((m) => ({ ...m, sections: ['new-first', ...m.sections] }));
    expect(sectionsHash(after[0]!.sections)).not.toBe(sectionsHash(before[0]!.sections));
    const d = decodeSuspendData(e.text, after);
    expect(d.ok && d.progress.modules['retention-basics']).toEqual({ ...p.modules['retention-basics'], sections: [] });
  });
});

describe('bad input is refused with a reason', () => {
  const good = (() => {
    const p = emptyProgress();
    p.modules['retention-basics'] = { visitedAt: '2026-01-01T00:00:00.000Z', sections: ['definition'] };
    const e = encodeSuspendData(p, COURSE, 4096);
    if (!e.ok) throw new Error(e.message);
    return e.text;
  })();
  it.each([
    ['', '不是本课程的格式'],
    ['{"a":1}', '不是本课程的格式'],
    ['RA2|', '更新版本'],
    ['RA1|||', '不完整'],
    [good.replace('retention-basics', 'no-such-module'), '无效'],
    [good.replace('RA1|', 'RA1|xyz!9'), '更新时间无效'],
    [good.replace(/,[0-9a-z]+,([0-9a-z]{2}),/, ',zzzzzzz,$1,'), '已读小节无效'],
    ['RA1||||x,1,1,,||||', '结业测评记录无效'],
    ['RA1||||||s,0,0,1,1,1||', '结业测评记录无效'],
    ['RA1|||||RA-1|||', '证书记录无效'],
    ['RA1|||||||%E0%A4%A|', '姓名无效'],
    ['RA1||||||||ex:a/b,0,x,1,0,0,0,0,0,', '无效'],
  ])('%s', (text, reason) => {
    const d = decodeSuspendData(text, COURSE);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toContain(reason);
  });
  it('anything it does accept is a record the store can hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const d = decodeSuspendData(`RA1|${s}`, PACKAGE);
        if (d.ok) expect(progressProblem(d.progress)).toBeUndefined();
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The worst case of the whole course, from the store's limits

describe('the whole course fits SCORM 1.2 in the worst case', () => {
  const p = worstCase(COURSE);
  it('is a record the store can hold', () => {
    expect(progressProblem(p)).toBeUndefined();
    expect(COURSE).toHaveLength(14);
  });

  for (const scorm of ['1.2', '2004'] as const) {
    it(`SCORM ${scorm}: within ${SUSPEND_LIMIT[scorm]} characters, with everything completion, score and resume need`, () => {
      const e = encodeSuspendData(p, COURSE, SUSPEND_LIMIT[scorm]);
      if (!e.ok) throw new Error(e.message);
      expect(e.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT[scorm]);
      // Printable ASCII without quotes or markup characters.
      expect(e.text).toMatch(/^[\x21\x23-\x25\x27-\x3b\x3d\x3f-\x7e]*$/);
      const d = decodeSuspendData(e.text, COURSE);
      if (!d.ok) throw new Error(d.message);
      const core = (x: Progress) => ({ modules: x.modules, last: x.last, certificate: x.certificate, best: x.assessment?.best, attempts: x.assessment?.attempts, passedAt: x.assessment?.passedAt, passedScore: x.assessment?.passedScore });
      expect(core(d.progress)).toEqual(core(p));
      expect(certificateNumber(d.progress)).toBe(certificateNumber(p));
      expect(d.progress.assessment!.history[0]).toEqual(p.assessment!.history[0]);
      const core1 = encodeSuspendData({ ...p, assessment: { ...p.assessment!, history: [p.assessment!.history[0]!] }, name: '', review: dict() }, COURSE, 1e9);
      console.info(
        `[suspend data, worst case] SCORM ${scorm}: ${e.text.length} of ${SUSPEND_LIMIT[scorm]} characters (always kept: ${core1.ok ? core1.text.length : '?'}); left out: ${e.dropped.history} of ${LIMITS.history} assessment attempts, name ${e.dropped.name ? 'yes' : 'no'}, ${e.dropped.review} of ${LIMITS.review} review cards, ${e.dropped.attempts} attempts in progress`,
      );
    });
  }
});
