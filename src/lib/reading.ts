/**
 * When a module section counts as read (the rule the section tracker applies; documented in the
 * README under "Learner progress").
 *
 * A section — from its H2 to the next one — is read once it has been on screen, in total, for
 * long enough to read a meaningful part of it:
 * - on screen: its visible part fills at least 40 % of the window's height, or at least 80 %
 *   of a short section is visible; time counts only while the page is visible (not in a
 *   background tab) and in steps of at most 2 s (a throttled timer never jumps ahead);
 * - long enough: 30 % of its text at 400 characters a minute — a steady study pace for Chinese
 *   prose — so 0.045 s per character, at least 5 s and at most 90 s.
 * A 1,000-character section is read after 45 s on screen; scrolling past in under a second
 * records nothing. The section being read (the first one on screen, for 2 s) is the "last
 * position" behind 继续学习.
 */

/** Characters a minute assumed for careful reading of Chinese text. */
export const READING_SPEED = 400;
/** The share of a section that must have been readable. */
export const READ_SHARE = 0.3;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 90;
/** Seconds a section must stay the first one on screen to become the last position. */
export const PLACE_SECONDS = 2;
/** The most one tick may add (seconds). */
export const MAX_STEP = 2;

/** Seconds a section of `chars` characters must be on screen to count as read. */
export function requiredSeconds(chars: number): number {
  const s = (Math.max(0, chars) * READ_SHARE * 60) / READING_SPEED;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, s));
}

/** Whether a section spanning [top, bottom) in window coordinates is on screen. */
export function onScreen(top: number, bottom: number, viewport: number): boolean {
  if (!(viewport > 0) || !(bottom > top)) return false;
  const visible = Math.max(0, Math.min(bottom, viewport) - Math.max(top, 0));
  return visible >= 0.4 * viewport || visible >= 0.8 * (bottom - top);
}

export interface ReadingState {
  /** Seconds on screen so far, per section id. */
  seconds: ReadonlyMap<string, number>;
  /** Sections already counted as read. */
  read: ReadonlySet<string>;
  /** The first section on screen and for how long it has been. */
  current: { id: string; seconds: number } | null;
}

export function startReading(alreadyRead: Iterable<string> = []): ReadingState {
  return { seconds: new Map(), read: new Set(alreadyRead), current: null };
}

export interface TickResult {
  state: ReadingState;
  /** Sections that became read on this tick. */
  newlyRead: string[];
  /** The section that just became the last position, if any. */
  place: string | null;
}

/**
 * Advance by `dt` seconds with `visible` the sections on screen in page order and `required`
 * each section's required seconds. Pure.
 */
export function tick(state: ReadingState, visible: readonly string[], dt: number, required: ReadonlyMap<string, number>): TickResult {
  const step = Math.min(MAX_STEP, Math.max(0, Number.isFinite(dt) ? dt : 0));
  const seconds = new Map(state.seconds);
  const read = new Set(state.read);
  const newlyRead: string[] = [];
  for (const id of visible) {
    const s = (seconds.get(id) ?? 0) + step;
    seconds.set(id, s);
    if (!read.has(id) && s >= (required.get(id) ?? MIN_SECONDS)) {
      read.add(id);
      newlyRead.push(id);
    }
  }
  const first = visible[0] ?? null;
  let current: ReadingState['current'] = null;
  let place: string | null = null;
  if (first !== null) {
    const before = state.current?.id === first ? state.current.seconds : 0;
    current = { id: first, seconds: before + step };
    if (before < PLACE_SECONDS && current.seconds >= PLACE_SECONDS) place = first;
  }
  return { state: { seconds, read, current }, newlyRead, place };
}
