import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ECHO_MAX_ITEMS, ECHO_MAX_LENGTH, echoList, echoText, hasHiddenCharacters, omittedLine } from '../../src/lib/echo-text';

describe('echoText', () => {
  it('keeps plain text as it is', () => {
    expect(echoText('start')).toBe('start');
    expect(echoText('期初人数')).toBe('期初人数');
  });

  it('removes control characters', () => {
    expect(echoText('a\u0000b\u001fc\u007fd\u0085e\n')).toBe('abcde');
  });

  it('shows bidi overrides, isolates and zero-width characters as visible code points', () => {
    // "abc<RLO>fdp.exe" would otherwise display as "abcexe.pdf".
    expect(echoText('abc\u202efdp.exe', 64)).toBe('abc‹U+202E›fdp.exe');
    expect(echoText('x\u2066y\u2069z')).toBe('x‹U+2066›y‹U+2069›z');
    expect(echoText('a\u200bb\u200dc\ufeffd\u00ade')).toBe('a‹U+200B›b‹U+200D›c‹U+FEFF›d‹U+00AD›e');
    expect(echoText('\u200e\u200f\u061c')).toBe('‹U+200E›‹U+200F›‹U+061C›');
  });

  it('cuts long values at the limit, in code points, and says so with …', () => {
    expect(echoText('a'.repeat(ECHO_MAX_LENGTH))).toBe('a'.repeat(ECHO_MAX_LENGTH));
    expect(echoText('a'.repeat(ECHO_MAX_LENGTH + 1))).toBe(`${'a'.repeat(ECHO_MAX_LENGTH)}…`);
    // An emoji is two UTF-16 units: it is never split.
    expect(echoText('😀😀😀', 2)).toBe('😀😀…');
  });

  it('never lets a hidden character through, and never grows unboundedly (property)', () => {
    // Hidden characters drawn as often as any other, so the assertion is reached with them.
    const hidden = fc.constantFrom('\u202e', '\u202a', '\u2066', '\u2069', '\u200b', '\u200d', '\ufeff', '\u0000', '\u009f');
    const unit = fc.oneof(hidden, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    let reached = 0;
    let withHidden = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (s, max) => {
        if (hasHiddenCharacters(s)) withHidden++;
        const out = echoText(s, max);
        expect(hasHiddenCharacters(out)).toBe(false);
        // Each kept code point becomes at most 10 characters (‹U+XXXX›), plus the ellipsis.
        expect(Array.from(out).length).toBeLessThanOrEqual(max * 10 + 1);
        reached++;
      }),
    );
    expect(reached).toBe(100);
    expect(withHidden).toBeGreaterThan(50);
  });
});

describe('hasHiddenCharacters', () => {
  it('tells plain text from text with hidden characters', () => {
    expect(hasHiddenCharacters('留存率')).toBe(false);
    expect(hasHiddenCharacters('留\u202e存')).toBe(true);
    expect(hasHiddenCharacters('a\u0007')).toBe(true);
  });
});

describe('echoList', () => {
  it('shows at most the limit and counts the rest', () => {
    const items = Array.from({ length: ECHO_MAX_ITEMS + 5 }, (_, i) => `p${i}=\u202e1`);
    const list = echoList(items);
    expect(list.shown).toHaveLength(ECHO_MAX_ITEMS);
    expect(list.shown[0]).toBe('p0=‹U+202E›1');
    expect(list.omitted).toBe(5);
    expect(omittedLine(list)).toBe('另有 5 项未列出。');
  });

  it('has no omitted line for a short list', () => {
    const list = echoList(['a', 'b']);
    expect(list).toEqual({ shown: ['a', 'b'], omitted: 0 });
    expect(omittedLine(list)).toBeNull();
  });
});
