/**
 * Text from a URL or a file that a page echoes back (a notice listing ignored parameters, a
 * column name): shown as text, bounded, and unable to read differently from what it is.
 *
 * - Control characters (C0, DEL, C1) are removed: they never reach the page.
 * - Direction-changing characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 *   isolates, U+200E/U+200F marks, U+061C) and invisible ones (zero-width space, joiners,
 *   word joiner, U+FEFF, soft hyphen) are replaced by a visible code point such as `‹U+202E›`,
 *   so a crafted link cannot reorder or hide part of a notice (Unicode TR36 §2.4, "bidi
 *   spoofing"; CVE-2021-42574 "Trojan Source").
 * - The result is at most `max` characters of the original (counted in code points, never
 *   splitting a surrogate pair) followed by `…` when it was longer.
 *
 * Pure; the caller renders the string as a text node, never as HTML.
 */

/** Longest part of one echoed value, in code points, before it is cut with `…`. */
export const ECHO_MAX_LENGTH = 32;

/** Most items of an echoed list (ignored parameters, dropped columns) shown before "等 N 项". */
export const ECHO_MAX_ITEMS = 10;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

function codePointLabel(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `‹U+${cp.toString(16).toUpperCase().padStart(4, '0')}›`;
}

/** One echoed value: controls removed, invisible and bidi characters made visible, bounded. */
export function echoText(raw: string, max: number = ECHO_MAX_LENGTH): string {
  const chars = Array.from(raw.replace(CONTROL, ''));
  const cut = chars.length > max;
  const kept = (cut ? chars.slice(0, max) : chars).join('');
  return kept.replace(INVISIBLE, codePointLabel) + (cut ? '…' : '');
}

/** Whether a string holds a character `echoText` would remove or make visible. */
export function hasHiddenCharacters(raw: string): boolean {
  return new RegExp(CONTROL.source, 'u').test(raw) || new RegExp(INVISIBLE.source, 'u').test(raw);
}

export interface EchoList {
  /** The first items, each already passed through echoText. */
  shown: string[];
  /** How many further items were left out (0 when the list was short enough). */
  omitted: number;
}

/** A bounded list of echoed values: at most `maxItems`, the rest counted, not rendered. */
export function echoList(items: readonly string[], maxItems: number = ECHO_MAX_ITEMS, max: number = ECHO_MAX_LENGTH): EchoList {
  const shown = items.slice(0, maxItems).map((s) => echoText(s, max));
  return { shown, omitted: Math.max(0, items.length - maxItems) };
}

/** The line that stands for the items left out of an EchoList ("另有 3 项未列出"), or null. */
export function omittedLine(list: EchoList): string | null {
  return list.omitted > 0 ? `另有 ${list.omitted} 项未列出。` : null;
}
