import { describe, expect, it } from 'vitest';
import { FIT_DELAY_MS, initialRunState, reduce, type Effect, type RunEvent, type RunState } from '../../../src/lib/simulator/run-state';
import { defaultScenario } from '../../../src/lib/simulator/scenario';
import { scenarioToRequest } from '../../../src/lib/simulator/scenario-input';
import type { ResultView } from '../../../src/lib/simulator/result-view';

const req = (patch = {}) => {
  const r = scenarioToRequest({ ...defaultScenario('employees'), ...patch });
  if (r === null) throw new Error('request');
  return r;
};
const training = { kind: 'training' as const };
const fakeResult = { tiers: { summary: [] } } as unknown as ResultView;

function play(events: RunEvent[], from: RunState = initialRunState): { state: RunState; effects: Effect[][] } {
  let state = from;
  const effects: Effect[][] = [];
  for (const e of events) {
    const r = reduce(state, e);
    state = r.state;
    effects.push(r.effects);
  }
  return { state, effects };
}

const posted = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'post' ? [e] : []));

describe('simulator run reducer', () => {
  it('fits at once on the first request, then re-tiers (no refit) when only tiering changes', () => {
    const { state, effects } = play([
      { type: 'request', request: req(), target: training },
      { type: 'sent', id: 1 },
      { type: 'reply', reply: { type: 'result', id: 1, result: fakeResult } },
      { type: 'request', request: req({ costs: [1, 2, 3, 4, 5] }), target: training },
    ]);
    const [first] = posted(effects[0] ?? []);
    expect(first).toMatchObject({ message: { type: 'fit', id: 1 }, delayMs: 0, restartFirst: false });
    const [tier] = posted(effects[3] ?? []);
    expect(tier).toMatchObject({ message: { type: 'tier', id: 2, fitKey: req().fitKey }, delayMs: 0 });
    expect(tier?.message.type === 'tier' && tier.message.tiering.plans?.[0]?.costPerHead).toBe(1);
    expect(state).toMatchObject({ status: 'running', busy: { kind: 'tier', id: 2 }, runs: 1, result: fakeResult });
  });

  it('debounces a refit, and restarts the Worker when a sent fit is still computing', () => {
    const started = play([{ type: 'request', request: req(), target: training }, { type: 'sent', id: 1 }]).state;
    const { effects, state } = play([{ type: 'request', request: req({ lambda: 5 }), target: training }], started);
    expect(posted(effects[0] ?? [])[0]).toMatchObject({ message: { type: 'fit', id: 2 }, delayMs: FIT_DELAY_MS, restartFirst: true });
    expect(state.scheduled).toBe(true);
    // Another change while that fit waits: rescheduled (no restart, nothing is computing it yet).
    const again = play([{ type: 'request', request: req({ lambda: 5, costs: [9, 9, 9, 9, 9] }), target: training }], state);
    expect(posted(again.effects[0] ?? [])[0]).toMatchObject({ message: { type: 'fit', id: 3 }, delayMs: FIT_DELAY_MS });
  });

  it('ignores replies to superseded requests', () => {
    const s = play([
      { type: 'request', request: req(), target: training },
      { type: 'sent', id: 1 },
      { type: 'request', request: req({ costs: [1, 1, 1, 1, 1] }), target: training },
      { type: 'reply', reply: { type: 'result', id: 1, result: fakeResult } },
      { type: 'reply', reply: { type: 'progress', id: 1, progress: { stage: 'fit', fraction: 0.3, message: 'x' } } },
    ]).state;
    expect(s.runs).toBe(0);
    expect(s.busy).toMatchObject({ kind: 'tier', id: 2, progress: null });
    const done = reduce(s, { type: 'reply', reply: { type: 'result', id: 2, result: fakeResult } }).state;
    expect(done).toMatchObject({ status: 'done', busy: null, runs: 1 });
  });

  it('refits when the Worker no longer holds the fit a re-tier expected', () => {
    const s = play([{ type: 'request', request: req(), target: training }, { type: 'sent', id: 1 }, { type: 'request', request: req({ budget: 5 }), target: training }]).state;
    const r = reduce(s, { type: 'reply', reply: { type: 'needs-fit', id: 2 } });
    expect(posted(r.effects)[0]).toMatchObject({ message: { type: 'fit', id: 3, tiering: { budget: 5 } }, delayMs: 0, restartFirst: false });
    expect(r.state.busy).toMatchObject({ kind: 'fit', id: 3 });
  });

  it('after a failed fit, the next change refits', () => {
    const s = play([
      { type: 'request', request: req(), target: training },
      { type: 'sent', id: 1 },
      { type: 'reply', reply: { type: 'error', id: 1, errors: [{ field: 'label', message: '没有标签' }] } },
    ]).state;
    expect(s).toMatchObject({ status: 'error', busy: null, sentFitKey: null, errors: [{ field: 'label' }] });
    expect(posted(reduce(s, { type: 'request', request: req({ costs: [1, 1, 1, 1, 1] }), target: training }).effects)[0]?.message.type).toBe('fit');
  });

  it('cancel terminates and restarts the Worker at once; the Worker then holds nothing', () => {
    const s = play([{ type: 'request', request: req(), target: training }, { type: 'sent', id: 1 }]).state;
    const c = reduce(s, { type: 'cancel' });
    expect(c.effects).toEqual([{ type: 'restart' }]);
    expect(c.state).toMatchObject({ status: 'cancelled', busy: null, sentFitKey: null, scheduled: false });
    // A late reply of the cancelled run is ignored.
    expect(reduce(c.state, { type: 'reply', reply: { type: 'result', id: 1, result: fakeResult } }).state.runs).toBe(0);
    expect(posted(reduce(c.state, { type: 'request', request: req(), target: training }).effects)[0]?.message.type).toBe('fit');
    expect(reduce(initialRunState, { type: 'cancel' }).effects).toEqual([]);
  });

  it('restarts a crashed Worker and says so', () => {
    const r = reduce(play([{ type: 'request', request: req(), target: training }]).state, { type: 'crashed' });
    expect(r.effects).toEqual([{ type: 'restart' }]);
    expect(r.state.errors[0]?.message).toMatch(/计算线程出错/);
  });

  it('keeps what the Worker learnt about the training upload and the new-data file', () => {
    const info = { name: 'a.csv', inference: null, encoding: 'utf-8' as const, delimiter: ',', malformed: [], notes: [], population: null, n: 3 };
    const s = play([
      { type: 'request', request: req(), target: training },
      { type: 'reply', reply: { type: 'loaded', id: 1, info, target: 'training' } },
      { type: 'reply', reply: { type: 'loaded', id: 1, info: { ...info, name: 'b.csv' }, target: 'new' } },
    ]).state;
    expect(s.upload?.name).toBe('a.csv');
    expect(s.newData?.name).toBe('b.csv');
    expect(reduce(s, { type: 'file' }).state).toMatchObject({ upload: null, newData: null });
  });

  it('re-tiers for a new-data target without refitting', () => {
    const s = play([{ type: 'request', request: req(), target: training }, { type: 'sent', id: 1 }]).state;
    const r = reduce(s, { type: 'request', request: req(), target: { kind: 'new', version: 7, name: 'staff.csv' } });
    expect(posted(r.effects)[0]?.message).toMatchObject({ type: 'tier', target: { kind: 'new', version: 7 } });
  });
});
