/**
 * The messages the audience window and the speaker view exchange over a BroadcastChannel named
 * `channelName(slug)` (same origin, same browser: two windows on one machine, offline).
 *
 * - `hello`: a window has just opened (or reloaded) and asks the other for its position;
 * - `state`: a window's position, sent after every change and in answer to `hello`; the
 *   receiver adopts it when it is newer (deck-state.ts, action `remote`);
 * - `timer`: the speaker view's session clock (start time, or null when not started), so a
 *   reloaded speaker view gets it back from the deck.
 *
 * Anything else on the channel — another version, a malformed or out-of-range value — is
 * ignored: `parseSyncMessage` returns null.
 */
import type { DeckPosition } from './deck-state';

export const SYNC_VERSION = 1;

export type WindowRole = 'deck' | 'speaker';

export type SyncMessage =
  | { v: typeof SYNC_VERSION; kind: 'hello'; from: WindowRole }
  | { v: typeof SYNC_VERSION; kind: 'state'; from: WindowRole; position: DeckPosition }
  | { v: typeof SYNC_VERSION; kind: 'timer'; from: WindowRole; startedAt: number | null };

export function channelName(slug: string): string {
  return `ra-present:${slug}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function parsePosition(x: unknown): DeckPosition | null {
  if (!isRecord(x)) return null;
  const { index, fragment, blank, overview, changedAt } = x;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > 9999) return null;
  if (typeof fragment !== 'number' || !Number.isInteger(fragment) || fragment < -1 || fragment > 99) return null;
  if (typeof blank !== 'boolean' || typeof overview !== 'boolean' || !isTime(changedAt)) return null;
  return { index, fragment, blank, overview, changedAt };
}

export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (!isRecord(data) || data['v'] !== SYNC_VERSION) return null;
  const from = data['from'];
  if (from !== 'deck' && from !== 'speaker') return null;
  switch (data['kind']) {
    case 'hello':
      return { v: SYNC_VERSION, kind: 'hello', from };
    case 'state': {
      const position = parsePosition(data['position']);
      return position ? { v: SYNC_VERSION, kind: 'state', from, position } : null;
    }
    case 'timer': {
      const startedAt = data['startedAt'];
      if (startedAt !== null && !isTime(startedAt)) return null;
      return { v: SYNC_VERSION, kind: 'timer', from, startedAt };
    }
    default:
      return null;
  }
}
