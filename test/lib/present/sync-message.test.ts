import { describe, expect, it } from 'vitest';
import { channelName, parseSyncMessage } from '../../../src/lib/present/sync-message';

const position = { index: 3, fragment: -1, blank: false, overview: true, changedAt: 1700000000000 };

describe('sync messages', () => {
  it('names one channel per module', () => {
    expect(channelName('retention-basics')).toBe('ra-present:retention-basics');
  });

  it('reads hello, state and timer messages', () => {
    expect(parseSyncMessage({ v: 1, kind: 'hello', from: 'deck' })).toEqual({ v: 1, kind: 'hello', from: 'deck' });
    expect(parseSyncMessage({ v: 1, kind: 'state', from: 'speaker', position, extra: 'ignored' })).toEqual({ v: 1, kind: 'state', from: 'speaker', position });
    expect(parseSyncMessage({ v: 1, kind: 'timer', from: 'speaker', startedAt: 5 })).toEqual({ v: 1, kind: 'timer', from: 'speaker', startedAt: 5 });
    expect(parseSyncMessage({ v: 1, kind: 'timer', from: 'deck', startedAt: null })).toMatchObject({ startedAt: null });
  });

  it('ignores anything else on the channel', () => {
    const bad: unknown[] = [
      null,
      'hello',
      [],
      { v: 2, kind: 'hello', from: 'deck' },
      { v: 1, kind: 'hello', from: 'audience' },
      { v: 1, kind: 'goto', from: 'deck' },
      { v: 1, kind: 'state', from: 'deck' },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, index: -1 } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, index: 1.5 } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, index: 10000 } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, fragment: -2 } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, fragment: '0' } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, blank: 'yes' } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, changedAt: Number.NaN } },
      { v: 1, kind: 'state', from: 'deck', position: { ...position, changedAt: -1 } },
      { v: 1, kind: 'state', from: 'deck', position: [] },
      { v: 1, kind: 'timer', from: 'deck', startedAt: 'now' },
      { v: 1, kind: 'timer', from: 'deck', startedAt: Number.POSITIVE_INFINITY },
    ];
    for (const data of bad) expect(parseSyncMessage(data), JSON.stringify(data)).toBeNull();
  });
});
