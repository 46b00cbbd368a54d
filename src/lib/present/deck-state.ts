/**
 * Where a deck is — slide, revealed fragments, blank screen, overview — and how it moves, as one
 * pure reducer shared by the audience window (/present/<slug>/, which drives reveal.js with it)
 * and the speaker view (/present/<slug>/speaker/). The two windows exchange this state over a
 * BroadcastChannel (see sync-message.ts); the one changed last wins, so either window may be
 * opened first and either may be reloaded.
 *
 * Slides are 0-based here; URLs and everything a person reads are 1-based (`#/1` is the title).
 */

export interface DeckPosition {
  /** Current slide, 0-based. */
  index: number;
  /** Fragments shown on the current slide, minus one: −1 = none (the quiz answer is hidden). */
  fragment: number;
  /** The screen is blanked (B or .). */
  blank: boolean;
  /** The overview grid is open (O or Esc). */
  overview: boolean;
  /**
   * When a person last changed the position, in ms since the epoch (both windows run on one
   * machine, so they share the clock); 0 for a position only restored from a URL.
   */
  changedAt: number;
}

export interface DeckState extends DeckPosition {
  /** Slide number being typed (digits then Enter jumps), '' when none. */
  jump: string;
}

/** What the reducer knows about the deck: how many fragments each slide has. */
export interface DeckShape {
  fragments: readonly number[];
}

export type DeckAction =
  | { type: 'next'; now: number }
  | { type: 'prev'; now: number }
  | { type: 'first'; now: number }
  | { type: 'last'; now: number }
  | { type: 'go'; index: number; fragment?: number; now: number }
  | { type: 'digit'; digit: string }
  | { type: 'enter'; now: number }
  | { type: 'cancel-jump' }
  | { type: 'blank'; on?: boolean; now: number }
  | { type: 'overview'; on?: boolean; now: number }
  /**
   * The position the other window reported: adopted when it is newer than ours, or as new
   * when `preferOnTie` (the speaker view follows the audience window when neither has moved).
   */
  | { type: 'remote'; position: DeckPosition; preferOnTie?: boolean };

/** Longest slide number one can type (no deck has 1,000 slides). */
export const MAX_JUMP_DIGITS = 3;

export function initialState(shape: DeckShape, index = 0): DeckState {
  return { index: clampIndex(shape, index), fragment: -1, blank: false, overview: false, changedAt: 0, jump: '' };
}

function clampIndex(shape: DeckShape, index: number): number {
  const last = Math.max(0, shape.fragments.length - 1);
  if (!Number.isFinite(index)) return 0;
  return Math.min(last, Math.max(0, Math.trunc(index)));
}

function fragmentsOf(shape: DeckShape, index: number): number {
  return shape.fragments[index] ?? 0;
}

function moveTo(state: DeckState, shape: DeckShape, index: number, fragment: number, now: number): DeckState {
  const i = clampIndex(shape, index);
  const f = Math.min(fragmentsOf(shape, i) - 1, Math.max(-1, Math.trunc(fragment)));
  if (i === state.index && f === state.fragment && !state.overview && state.jump === '') return state;
  return { ...state, index: i, fragment: f, overview: false, changedAt: now, jump: '' };
}

export function deckReducer(shape: DeckShape) {
  return (state: DeckState, action: DeckAction): DeckState => {
    switch (action.type) {
      case 'next': {
        // A hidden fragment (the quiz answer) is shown before the deck moves on, as reveal.js does.
        if (state.fragment < fragmentsOf(shape, state.index) - 1) return { ...state, fragment: state.fragment + 1, changedAt: action.now, jump: '' };
        if (state.index >= shape.fragments.length - 1) return state;
        return moveTo(state, shape, state.index + 1, -1, action.now);
      }
      case 'prev': {
        if (state.fragment > -1) return { ...state, fragment: state.fragment - 1, changedAt: action.now, jump: '' };
        if (state.index === 0) return state;
        // Going back lands on the previous slide as it was left: fully revealed.
        return moveTo(state, shape, state.index - 1, fragmentsOf(shape, state.index - 1) - 1, action.now);
      }
      case 'first':
        return moveTo(state, shape, 0, -1, action.now);
      case 'last':
        return moveTo(state, shape, shape.fragments.length - 1, -1, action.now);
      case 'go':
        return moveTo(state, shape, action.index, action.fragment ?? -1, action.now);
      case 'digit': {
        if (!/^[0-9]$/.test(action.digit)) return state;
        if (state.jump.length >= MAX_JUMP_DIGITS) return state;
        if (state.jump === '' && action.digit === '0') return state;
        return { ...state, jump: state.jump + action.digit };
      }
      case 'enter': {
        if (state.jump === '') return state;
        const n = Number(state.jump);
        // A number past the end is ignored (not clamped): a typo must not jump to the closing slide.
        if (n < 1 || n > shape.fragments.length) return { ...state, jump: '' };
        return { ...moveTo(state, shape, n - 1, -1, action.now), jump: '' };
      }
      case 'cancel-jump':
        return state.jump === '' ? state : { ...state, jump: '' };
      case 'blank': {
        const on = action.on ?? !state.blank;
        return on === state.blank ? state : { ...state, blank: on, changedAt: action.now };
      }
      case 'overview': {
        const on = action.on ?? !state.overview;
        return on === state.overview ? state : { ...state, overview: on, changedAt: action.now };
      }
      case 'remote': {
        const p = action.position;
        if (p.changedAt < state.changedAt || (p.changedAt === state.changedAt && !action.preferOnTie)) return state;
        const index = clampIndex(shape, p.index);
        const fragment = Math.min(fragmentsOf(shape, index) - 1, Math.max(-1, Math.trunc(p.fragment)));
        return { index, fragment, blank: p.blank, overview: p.overview, changedAt: p.changedAt, jump: state.jump };
      }
    }
  };
}

/** The position part of a state (what the windows exchange). */
export function positionOf(state: DeckState): DeckPosition {
  const { index, fragment, blank, overview, changedAt } = state;
  return { index, fragment, blank, overview, changedAt };
}

/** `#/<n>`, 1-based: the deck's URL hash for a slide. */
export function slideHash(index: number): string {
  return `#/${index + 1}`;
}

/**
 * The slide a hash points at, 0-based, or null when it is not `#/<n>` for a slide of the deck
 * (reveal.js may add `/<vertical>/<fragment>`; those parts are ignored).
 */
export function parseSlideHash(hash: string, total: number): number | null {
  const m = /^#\/(\d{1,4})(?:\/\d+){0,2}$/.exec(hash);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= total ? n - 1 : null;
}
