import { describe, expect, it } from 'vitest';
import { offlineDecision } from '../../src/lib/offline-context';

describe('offlineDecision: no service worker inside an LMS package', () => {
  const top = {};
  it('registers in a top-level window nobody opened', () => {
    expect(offlineDecision({ self: top, top, opener: null })).toEqual({ register: true });
  });
  it('not in a frame (an LMS player frames the package; SCORM 1.2/2004 find the API in the parents)', () => {
    expect(offlineDecision({ self: {}, top, opener: null })).toEqual({ register: false, reason: 'framed' });
  });
  it('not in a window another opened (an LMS launching the package in a new window; API in the opener)', () => {
    expect(offlineDecision({ self: top, top, opener: {} })).toEqual({ register: false, reason: 'opened-by-another-window' });
  });
  it('framed wins over opened', () => {
    expect(offlineDecision({ self: {}, top, opener: {} })).toEqual({ register: false, reason: 'framed' });
  });
});
