import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deckReducer, initialState, parseSlideHash, positionOf, slideHash, type DeckAction, type DeckState } from '../../../src/lib/present/deck-state';

// Five slides; slide 3 (index 2) is a quiz question whose answer is one fragment.
const shape = { fragments: [0, 0, 1, 0, 0] };
const reduce = deckReducer(shape);
const run = (actions: DeckAction[], from: DeckState = initialState(shape)) => actions.reduce(reduce, from);

describe('deck navigation', () => {
  it('starts on the title slide with nothing blanked', () => {
    expect(initialState(shape)).toEqual({ index: 0, fragment: -1, blank: false, overview: false, changedAt: 0, jump: '' });
    expect(initialState(shape, 9).index).toBe(4);
    expect(initialState(shape, -3).index).toBe(0);
    expect(initialState(shape, Number.NaN).index).toBe(0);
  });

  it('shows the quiz answer before moving on, and goes back through it', () => {
    const s1 = run([{ type: 'next', now: 1 }, { type: 'next', now: 2 }]);
    expect([s1.index, s1.fragment]).toEqual([2, -1]);
    const s2 = reduce(s1, { type: 'next', now: 3 });
    expect([s2.index, s2.fragment, s2.changedAt]).toEqual([2, 0, 3]);
    const s3 = reduce(s2, { type: 'next', now: 4 });
    expect([s3.index, s3.fragment]).toEqual([3, -1]);
    // Back from slide 4 lands on the quiz as it was left (answer shown), then hides the answer.
    const s4 = reduce(s3, { type: 'prev', now: 5 });
    expect([s4.index, s4.fragment]).toEqual([2, 0]);
    const s5 = reduce(s4, { type: 'prev', now: 6 });
    expect([s5.index, s5.fragment]).toEqual([2, -1]);
  });

  it('stops at both ends without a change', () => {
    const first = initialState(shape);
    expect(reduce(first, { type: 'prev', now: 1 })).toBe(first);
    const last = run([{ type: 'last', now: 1 }]);
    expect(last.index).toBe(4);
    expect(reduce(last, { type: 'next', now: 2 })).toBe(last);
    expect(run([{ type: 'first', now: 3 }], last).index).toBe(0);
  });

  it('goes to a slide, clamped, and closes the overview', () => {
    const open = run([{ type: 'overview', now: 1 }]);
    expect(open.overview).toBe(true);
    const s = reduce(open, { type: 'go', index: 3, now: 2 });
    expect(s).toMatchObject({ index: 3, overview: false, changedAt: 2 });
    expect(reduce(s, { type: 'go', index: 99, now: 3 }).index).toBe(4);
    expect(reduce(s, { type: 'go', index: 2, fragment: 7, now: 3 }).fragment).toBe(0);
    expect(reduce(s, { type: 'go', index: 3, now: 9 })).toBe(s);
  });

  it('jumps to a typed slide number on Enter', () => {
    const typed = run([{ type: 'digit', digit: '4' }]);
    expect(typed.jump).toBe('4');
    expect(typed.index).toBe(0);
    const jumped = reduce(typed, { type: 'enter', now: 5 });
    expect(jumped).toMatchObject({ index: 3, jump: '', changedAt: 5 });
  });

  it('ignores a number past the end, a leading zero, non-digits and a fourth digit', () => {
    const past = run([{ type: 'digit', digit: '9' }, { type: 'enter', now: 1 }]);
    expect(past).toMatchObject({ index: 0, jump: '' });
    expect(run([{ type: 'digit', digit: '0' }]).jump).toBe('');
    expect(run([{ type: 'digit', digit: 'x' }]).jump).toBe('');
    expect(run([{ type: 'digit', digit: '1' }, { type: 'digit', digit: '2' }, { type: 'digit', digit: '3' }, { type: 'digit', digit: '4' }]).jump).toBe('123');
    const s = initialState(shape);
    expect(reduce(s, { type: 'enter', now: 1 })).toBe(s);
    expect(reduce(s, { type: 'cancel-jump' })).toBe(s);
    expect(run([{ type: 'digit', digit: '2' }, { type: 'cancel-jump' }]).jump).toBe('');
    // Typing 1 then Enter on slide 1: the buffer clears even though the slide stays.
    expect(run([{ type: 'digit', digit: '1' }, { type: 'enter', now: 1 }]).jump).toBe('');
  });

  it('toggles or sets blank and overview', () => {
    const b = run([{ type: 'blank', now: 1 }]);
    expect(b.blank).toBe(true);
    expect(reduce(b, { type: 'blank', on: true, now: 2 })).toBe(b);
    expect(reduce(b, { type: 'blank', now: 2 }).blank).toBe(false);
    const o = run([{ type: 'overview', on: true, now: 1 }]);
    expect(reduce(o, { type: 'overview', on: true, now: 2 })).toBe(o);
    expect(reduce(o, { type: 'overview', now: 2 }).overview).toBe(false);
  });
});

describe('sync between the two windows', () => {
  const remote = (index: number, changedAt: number, extra: Partial<DeckState> = {}) => ({ index, fragment: -1, blank: false, overview: false, changedAt, ...extra });

  it('adopts a newer position, keeps its own when the other is older', () => {
    const mine = run([{ type: 'go', index: 1, now: 100 }]);
    expect(reduce(mine, { type: 'remote', position: remote(3, 200, { blank: true }) })).toMatchObject({ index: 3, blank: true, changedAt: 200 });
    expect(reduce(mine, { type: 'remote', position: remote(3, 50) })).toBe(mine);
  });

  it('follows the other window on a tie only when told to (the speaker view follows the room)', () => {
    const fresh = initialState(shape, 1);
    expect(reduce(fresh, { type: 'remote', position: remote(4, 0) })).toBe(fresh);
    expect(reduce(fresh, { type: 'remote', position: remote(4, 0), preferOnTie: true }).index).toBe(4);
  });

  it('clamps what it adopts to this deck and keeps a number being typed', () => {
    const typing = run([{ type: 'digit', digit: '2' }]);
    const s = reduce(typing, { type: 'remote', position: remote(40, 10, { fragment: 5 }) });
    expect(s).toMatchObject({ index: 4, fragment: -1, jump: '2' });
  });

  it('converges: after exchanging positions both windows show the newest one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ who: fc.constantFrom('a', 'b'), step: fc.constantFrom('next', 'prev', 'first', 'last', 'blank') }), { maxLength: 30 }),
        (steps) => {
          let a = initialState(shape);
          let b = initialState(shape);
          let now = 1;
          for (const { who, step } of steps) {
            const action = { type: step, now: now++ } as DeckAction;
            if (who === 'a') {
              a = reduce(a, action);
              b = reduce(b, { type: 'remote', position: positionOf(a) });
            } else {
              b = reduce(b, action);
              a = reduce(a, { type: 'remote', position: positionOf(b) });
            }
          }
          expect(positionOf(a)).toEqual(positionOf(b));
        },
      ),
    );
  });
});

describe('slide hash', () => {
  it('is 1-based', () => {
    expect(slideHash(0)).toBe('#/1');
    expect(slideHash(11)).toBe('#/12');
  });

  it('reads #/<n> (and reveal.js’s longer forms), rejects anything else', () => {
    expect(parseSlideHash('#/1', 5)).toBe(0);
    expect(parseSlideHash('#/5', 5)).toBe(4);
    expect(parseSlideHash('#/3/0/1', 5)).toBe(2);
    for (const bad of ['', '#', '#/0', '#/6', '#/a', '#/1x', '#1', '#/12345']) expect(parseSlideHash(bad, 5)).toBeNull();
  });
});
