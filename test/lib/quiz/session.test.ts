/** The attempt state machine: practice, exam and discussion, hints, timer, save and restore. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reduceSession, restoreSession, sessionCore, startSession, timeIsUp, timeLeft, unansweredNumbers, type SessionEvent, type SessionQuestion, type SessionState } from '../../../src/lib/quiz/session';
import { questionSchema } from '../../../src/schemas/quiz';

const base = { prompt: '题干', section: 's', explanation: '解析' };
const opt = (id: string, correct = false) => ({ id, text: id, correct, explanation: id });
const Q: SessionQuestion[] = [
  { key: 'm/q1', question: questionSchema.parse({ ...base, id: 'q1', type: 'single', options: [opt('a', true), opt('b')] }), hints: ['先想定义', '再看分母'] },
  { key: 'm/q2', question: questionSchema.parse({ ...base, id: 'q2', type: 'numeric', answer: 180, tolerance: 0.5, unit: '万元', decimals: 0 }), hints: [] },
  { key: 'm/q3', question: questionSchema.parse({ ...base, id: 'q3', type: 'ordering', items: [{ id: 'x', text: 'x' }, { id: 'y', text: 'y' }, { id: 'z', text: 'z' }] }), hints: [] },
];
const T0 = '2026-11-20T08:00:00.000Z';
const at = (s: number) => new Date(Date.parse(T0) + s * 1000).toISOString();
const run = (s: SessionState, ...events: SessionEvent[]) => events.reduce((x, e) => reduceSession(x, e, Q), s);
const practice = () => startSession(Q, { mode: 'practice', seed: 'abc', startedAt: T0 });
const exam = (minutes?: number) => startSession(Q, { mode: 'exam', seed: 'abc', startedAt: T0, minutes });

describe('practice', () => {
  it('checking without an answer says so and grades nothing', () => {
    const s = run(practice(), { type: 'check' });
    expect(s.notice).toBe('请先作答，再检查答案。');
    expect(s.checked[0]).toBe(false);
    expect(s.focus?.target).toBe('notice');
  });
  it('answer → check → feedback → next; locked once checked', () => {
    let s = run(practice(), { type: 'answer', answer: { type: 'choice', optionId: 'b' } }, { type: 'check' });
    expect(s.checked[0]).toBe(true);
    expect(s.announce).toBe('回答错误');
    expect(s.focus?.target).toBe('feedback');
    expect(run(s, { type: 'answer', answer: { type: 'choice', optionId: 'a' } })).toBe(s);
    s = run(s, { type: 'next', now: at(1) });
    expect(s.index).toBe(1);
    expect(s.focus?.target).toBe('prompt');
  });
  it('cannot move on before checking', () => {
    const s = practice();
    expect(run(s, { type: 'next', now: at(1) })).toBe(s);
    expect(run(s, { type: 'go', index: 2 })).toBe(s);
  });
  it('an unreadable numeric answer gets a message, not a wrong mark', () => {
    const s = run(practice(), { type: 'answer', answer: { type: 'choice', optionId: 'a' } }, { type: 'check' }, { type: 'next', now: at(1) }, { type: 'answer', answer: { type: 'number', raw: '180人民币' } }, { type: 'check' });
    expect(s.checked[1]).toBe(false);
    expect(s.notice).toMatch('无法把“180人民币”识别为数字');
    const ok = run(s, { type: 'answer', answer: { type: 'number', raw: '180万' } }, { type: 'check' });
    expect(ok.checked[1]).toBe(true);
    expect(ok.announce).toBe('回答正确');
  });
  it('an untouched ordering question is not answered', () => {
    let s = run(practice(), { type: 'answer', answer: { type: 'choice', optionId: 'a' } }, { type: 'check' }, { type: 'next', now: at(1) }, { type: 'answer', answer: { type: 'number', raw: '180' } }, { type: 'check' }, { type: 'next', now: at(2) });
    s = run(s, { type: 'check' });
    expect(s.notice).toMatch('排好顺序');
    s = run(s, { type: 'answer', answer: { type: 'order', itemIds: ['x', 'y', 'z'] } }, { type: 'check' }, { type: 'next', now: at(3) });
    expect(s.result).toMatchObject({ score: { correct: 3, total: 3, percent: 100, passed: true }, timedOut: false, finishedAt: at(3) });
    expect(s.focus?.target).toBe('results');
    // Finished attempts ignore further events.
    expect(run(s, { type: 'answer', answer: { type: 'choice', optionId: 'b' } })).toBe(s);
  });
  it('hints: revealed one at a time before checking, counted in the result', () => {
    let s = run(practice(), { type: 'hint' });
    expect(s.hints[0]).toBe(1);
    expect(s.announce).toBe('提示 1：先想定义');
    s = run(s, { type: 'hint' }, { type: 'hint' });
    expect(s.hints[0]).toBe(2);
    s = run(s, { type: 'answer', answer: { type: 'choice', optionId: 'a' } }, { type: 'check' });
    expect(run(s, { type: 'hint' })).toBe(s);
    // A question without hints has none to reveal.
    const s2 = run(s, { type: 'next', now: at(1) });
    expect(run(s2, { type: 'hint' })).toBe(s2);
  });
});

describe('exam', () => {
  it('no feedback; submit asks once when questions are unanswered or unreadable, then finishes', () => {
    let s = run(exam(), { type: 'answer', answer: { type: 'choice', optionId: 'a' } }, { type: 'check' });
    expect(s.checked[0]).toBe(false);
    s = run(s, { type: 'go', index: 1 }, { type: 'answer', answer: { type: 'number', raw: 'abc' } }, { type: 'go', index: 2 }, { type: 'submit', now: at(5) });
    expect(s.confirmSubmit).toBe(true);
    expect(s.notice).toBe('还有 2 题未作答或答案无法识别（第 2 题、第 3 题），这些题按答错计分。再次点击“确认提交”即可交卷。');
    expect(s.result).toBeNull();
    s = run(s, { type: 'submit', now: at(6) });
    expect(s.result?.score).toMatchObject({ correct: 1, total: 3, percent: 33, passed: false });
    expect(s.announce).toBe('测验结束：答对 1 / 3 题，未通过（需要答对 3 题）');
  });
  it('answering again clears the confirmation', () => {
    const s = run(exam(), { type: 'submit', now: at(1) }, { type: 'answer', answer: { type: 'choice', optionId: 'a' } });
    expect(s.confirmSubmit).toBe(false);
  });
  it('the deadline is a time: ticks before it change nothing, at it the attempt ends as timed out', () => {
    const s = exam(30);
    expect(s.deadline).toBe(at(30 * 60));
    expect(run(s, { type: 'tick', now: at(30 * 60 - 1) })).toBe(s);
    expect(timeLeft(s, Date.parse(at(60)))).toBe(29 * 60_000);
    const done = run(s, { type: 'tick', now: at(30 * 60) });
    expect(done.result).toMatchObject({ timedOut: true });
    expect(done.announce).toMatch(/^时间到，已自动交卷。/);
  });
  it('time spent away counts: restoring after the deadline and ticking ends the attempt', () => {
    const saved = sessionCore(run(exam(30), { type: 'answer', answer: { type: 'choice', optionId: 'a' } }));
    const back = restoreSession(Q, saved);
    expect(back.answers[0]).toEqual({ type: 'choice', optionId: 'a' });
    expect(timeIsUp(back, at(31 * 60))).toBe(true);
    expect(run(back, { type: 'tick', now: at(31 * 60) }).result).toMatchObject({ timedOut: true, score: { correct: 1 } });
    // Submitting after the deadline also counts as timed out.
    expect(run(back, { type: 'submit', now: at(40 * 60) }).result?.timedOut).toBe(true);
  });
  it('without a limit there is no deadline', () => {
    expect(exam().deadline).toBeNull();
    expect(timeLeft(exam(), Date.now())).toBeNull();
    expect(startSession(Q, { mode: 'practice', seed: 'a', startedAt: T0, minutes: 5 }).deadline).toBeNull();
  });
});

describe('discussion', () => {
  it('reveal shows the answer, navigation both ways, nothing is graded', () => {
    let s = startSession(Q, { mode: 'discussion', seed: 'start', startedAt: T0 });
    s = run(s, { type: 'reveal' });
    expect(s.revealed[0]).toBe(true);
    expect(s.focus?.target).toBe('feedback');
    s = run(s, { type: 'go', index: 2 }, { type: 'go', index: 1 });
    expect(s.index).toBe(1);
    expect(run(s, { type: 'check' })).toBe(s);
    expect(run(s, { type: 'submit', now: at(1) })).toBe(s);
  });
});

describe('save and restore', () => {
  it('restores exactly what was saved, and normalises a damaged core', () => {
    const s = run(practice(), { type: 'answer', answer: { type: 'choice', optionId: 'a' } }, { type: 'hint' }, { type: 'check' }, { type: 'next', now: at(1) });
    const back = restoreSession(Q, sessionCore(s));
    expect(sessionCore(back)).toEqual(sessionCore(s));
    const damaged = restoreSession(Q, { ...sessionCore(s), index: 99, answers: [], checked: [true, true, true, true], hints: [9] });
    expect(damaged.index).toBe(2);
    expect(damaged.answers).toEqual([null, null, null]);
    expect(damaged.checked).toEqual([true, true, true]);
    expect(damaged.hints).toEqual([2, 0, 0]);
  });
  it('any event sequence keeps the state consistent (property)', () => {
    const event = fc.oneof(
      fc.constant({ type: 'check' } as const),
      fc.constant({ type: 'hint' } as const),
      fc.constant({ type: 'reveal' } as const),
      fc.integer({ min: -1, max: 4 }).map((index) => ({ type: 'go', index }) as const),
      fc.nat(4000).map((s) => ({ type: 'next', now: at(s) }) as const),
      fc.nat(4000).map((s) => ({ type: 'submit', now: at(s) }) as const),
      fc.nat(4000).map((s) => ({ type: 'tick', now: at(s) }) as const),
      fc.constantFrom({ type: 'choice' as const, optionId: 'a' }, { type: 'number' as const, raw: '180万' }, { type: 'order' as const, itemIds: ['y', 'x', 'z'] }).map((answer) => ({ type: 'answer', answer }) as const),
    ) as fc.Arbitrary<SessionEvent>;
    fc.assert(
      fc.property(fc.constantFrom('practice' as const, 'exam' as const, 'discussion' as const), fc.array(event, { maxLength: 40 }), (mode, events) => {
        const s = run(startSession(Q, { mode, seed: 'x', startedAt: T0, minutes: 30 }), ...events);
        expect(s.index).toBeGreaterThanOrEqual(0);
        expect(s.index).toBeLessThan(Q.length);
        expect(s.answers).toHaveLength(Q.length);
        s.hints.forEach((h, i) => expect(h).toBeLessThanOrEqual(Q[i]!.hints.length));
        if (mode !== 'practice') expect(s.checked.every((c) => !c)).toBe(true);
        if (s.result) expect(s.result.score.total).toBe(Q.length);
        if (mode === 'discussion') expect(s.result).toBeNull();
        expect(unansweredNumbers(Q, s.answers).every((n) => n >= 1 && n <= Q.length)).toBe(true);
      }),
    );
  });
});

describe('restoring an attempt whose questions were edited since it was saved', () => {
  it('keeps answers that still fit and drops those that point at ids the question no longer has', () => {
    const saved = sessionCore(run(practice(), { type: 'answer', answer: { type: 'choice', optionId: 'a' } }));
    const core = {
      ...saved,
      answers: [
        { type: 'choice', optionId: 'gone' },
        { type: 'number', raw: '180万' },
        { type: 'order', itemIds: ['x', 'old', 'z'] },
      ] as SessionState['answers'],
    };
    const s = restoreSession(Q, core);
    expect(s.answers).toEqual([null, { type: 'number', raw: '180万' }, null]);
    const fits = restoreSession(Q, { ...core, answers: [{ type: 'choice', optionId: 'b' }, null, { type: 'order', itemIds: ['z', 'x', 'y'] }] });
    expect(fits.answers).toEqual([{ type: 'choice', optionId: 'b' }, null, { type: 'order', itemIds: ['z', 'x', 'y'] }]);
  });
  it('drops an answer of the wrong kind and an ordering answer that is not a permutation', () => {
    const core = sessionCore(practice());
    const s = restoreSession(Q, { ...core, answers: [{ type: 'boolean', value: true }, null, { type: 'order', itemIds: ['x', 'x', 'y'] }] });
    expect(s.answers).toEqual([null, null, null]);
  });
});
