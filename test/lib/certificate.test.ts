import { describe, expect, it } from 'vitest';
import { certificateNumber, certificateStatus, checkRecords, courseHours, issueCertificate, type CourseModule } from '../../src/lib/certificate';
import { dict, emptyProgress, recordAssessment, recordQuiz, setCertificate, type Progress } from '../../src/lib/progress';
import { readProgress } from '../../src/lib/progress-migrate';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-23T09:30:00.000Z';
const COURSE: CourseModule[] = [
  { slug: 'a1', title: '留存与流失', hasQuiz: true, minutes: 40 },
  { slug: 'a2', title: '流失的代价', hasQuiz: true, minutes: 45 },
  { slug: 'f1', title: '如何组织留存培训', hasQuiz: false, minutes: 35 },
];
const pass = (p: Progress, at = T1) => recordAssessment(p, { seed: 'ab12cd34', startedAt: T0, finishedAt: at, correct: 17, total: 20, passed: true, timed: false });
const all = (): Progress => {
  let p = recordQuiz(recordQuiz(emptyProgress(), 'a1', 9, 10, 0, T0), 'a2', 8, 10, 0, T0);
  p = { ...p, modules: dict([...Object.entries(p.modules), ['f1', { visitedAt: T0, sections: ['takeaways'], completedAt: T0 }]]) };
  return p;
};

describe('certificate eligibility', () => {
  it('needs every module completed and the assessment passed', () => {
    expect(certificateStatus(pass(all()), COURSE)).toEqual({ eligible: true, missing: [], assessment: { state: 'passed' }, problems: [] });
  });
  it('says exactly what is missing', () => {
    const p = pass(recordQuiz(recordQuiz(emptyProgress(), 'a1', 9, 10, 0, T0), 'a2', 5, 10, 0, T0));
    expect(certificateStatus(p, COURSE)).toMatchObject({
      eligible: false,
      missing: [
        { slug: 'a2', title: '流失的代价', status: 'in-progress' },
        { slug: 'f1', title: '如何组织留存培训', status: 'not-started' },
      ],
      assessment: { state: 'passed' },
    });
    const failed = recordAssessment(all(), { seed: 'x1', startedAt: T0, finishedAt: T1, correct: 13, total: 20, passed: false, timed: false });
    expect(certificateStatus(failed, COURSE)).toMatchObject({ eligible: false, missing: [], assessment: { state: 'failed', best: 0.65 } });
    expect(certificateStatus(all(), COURSE).assessment).toEqual({ state: 'none' });
  });
  it('the review’s case: passing the assessment with 3 of 14 modules is not enough', () => {
    expect(certificateStatus(pass(recordQuiz(emptyProgress(), 'a1', 9, 10, 0, T0)), COURSE).eligible).toBe(false);
  });
  it('a forged record gives no certificate: claims must be backed by records', () => {
    // A hand-written v2 file (the review's forged.json): passed, and modules marked completed without quizzes.
    const forged = readProgress(
      { version: 2, modules: { a1: { visitedAt: T0, sections: [], completedAt: T1 }, a2: { visitedAt: T0, sections: [], completedAt: T1 }, f1: { visitedAt: T0, sections: [], completedAt: T1 } }, last: null, assessment: { best: 1, attempts: 1, passed: true, passedAt: T1, passedScore: 1 }, name: '伪造者' },
      T1,
    );
    expect(forged.ok).toBe(true);
    if (!forged.ok) return;
    const status = certificateStatus(forged.value.progress, COURSE);
    expect(status.eligible).toBe(false);
    expect(status.problems).toEqual(['模块“留存与流失”标记为已完成，但没有通过测验的记录', '模块“流失的代价”标记为已完成，但没有通过测验的记录', '模块“如何组织留存培训”标记为已完成，但没有读完的记录']);
    const noHistory: Progress = { ...pass(all()), assessment: { ...pass(all()).assessment!, history: [] } };
    expect(checkRecords(noHistory, COURSE)).toEqual(['结业测评标记为已通过，但没有通过的作答记录']);
  });
});

describe('certificate number', () => {
  it('is derived from the record: the same record, the same number', () => {
    const p = pass(all());
    const n = certificateNumber(p);
    expect(n).toMatch(/^RA-20261123-[0-9A-Z]{8}$/);
    expect(certificateNumber(pass(all()))).toBe(n);
    expect(certificateNumber({ ...p, name: '另一个名字' })).toBe(n);
  });
  it('changes when the passing attempt or a completion changes; empty when not passed', () => {
    const n = certificateNumber(pass(all()));
    expect(certificateNumber(pass(all(), '2026-11-24T09:30:00.000Z'))).not.toBe(n);
    const other = pass({ ...all(), modules: dict([...Object.entries(all().modules), ['a1', { ...all().modules['a1']!, completedAt: T1 }]]) });
    expect(certificateNumber(other)).not.toBe(n);
    expect(certificateNumber(all())).toBe('');
  });
  it('a kept number that does not match is reported', () => {
    const p = setCertificate(pass(all()), { number: 'RA-20261123-AAAAAAAA', issuedAt: T1 });
    expect(checkRecords(p, COURSE)).toEqual(['证书编号与学习记录不一致']);
    expect(checkRecords(setCertificate(pass(all()), { number: certificateNumber(pass(all())), issuedAt: T1 }), COURSE)).toEqual([]);
  });
});

describe('issuing the certificate', () => {
  it('records the number once the record is eligible, and only then', () => {
    expect(issueCertificate(all(), COURSE, T1)).toEqual(all());
    const p = pass(all());
    const issued = issueCertificate(p, COURSE, T1);
    expect(issued.certificate).toEqual({ number: certificateNumber(p), issuedAt: T1 });
    expect(issueCertificate(issued, COURSE, '2026-12-01T00:00:00.000Z')).toBe(issued);
    expect(certificateStatus(issued, COURSE).eligible).toBe(true);
  });
});

describe('course hours', () => {
  it('adds the modules’ minutes, in half hours', () => {
    expect(courseHours(COURSE)).toBe(2);
    expect(courseHours([{ minutes: 40 }, { minutes: 35 }])).toBe(1.5);
    expect(courseHours([])).toBe(0);
  });
});
