/**
 * URLs are a public contract: when a field's unit changes, an old link must keep its meaning.
 *
 * The pay-gap calculator took salaries in 万元/年 until December 2026; every calculator now takes
 * money in 元 (one convention, so 170000 typed next to the replacement-cost calculator means the
 * same in both). A learner can still type “17万”. For a field with `legacyUnit`:
 *
 * - Reading a URL: a bare number below `below` (`ours=17`) was written in the old unit, since no
 *   annual salary is under 1,000 元; it is read as “17万” and the page says so in its notice.
 *   Numbers with a unit (`17万`, `500元`) and numbers from `below` up are read as they are.
 * - Writing a URL: a bare number below `below` gets 元 (`ours=500元`), so a link the calculator
 *   writes today is never taken for an old one.
 */
import { echoText } from '../echo-text';
import { readNumber } from '../validate';
import type { FieldSpec } from './types';

/** Whether a raw value is a plain number without 万, 亿, 元 or %. */
function bareNumber(raw: string): number | undefined {
  const t = raw.trim();
  if (/[万亿元%％¥￥]/.test(t)) return undefined;
  const r = readNumber(t);
  return r.kind === 'number' ? r.value : undefined;
}

export interface LegacyReading {
  values: Record<string, string>;
  /** One line per value read in the old unit, for the page's notice (render as text). */
  notices: string[];
}

/** Read values that came from a URL, converting bare old-unit numbers (see above). */
export function readLegacyUnits(fields: readonly FieldSpec[], values: Readonly<Record<string, string>>, paramOf: (field: string) => string): LegacyReading {
  const out: Record<string, string> = { ...values };
  const notices: string[] = [];
  for (const f of fields) {
    const legacy = f.legacyUnit;
    const raw = values[f.name];
    if (!legacy || raw === undefined) continue;
    const n = bareNumber(raw);
    if (n === undefined || n <= 0 || n >= legacy.below) continue;
    out[f.name] = `${raw.trim()}${legacy.suffix}`;
    const shown = echoText(raw.trim());
    notices.push(`“${f.label}”：${paramOf(f.name)}=${shown} 是旧版链接的写法（当时单位为${legacy.name}），已按 ${shown}${legacy.suffix}${f.unit ?? ''} 读取。`);
  }
  return { values: out, notices };
}

/** Values as they go into a URL: small bare numbers in a legacy field are marked 元. */
export function writeLegacyUnits(fields: readonly FieldSpec[], values: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...values };
  for (const f of fields) {
    const legacy = f.legacyUnit;
    const raw = values[f.name];
    if (!legacy || raw === undefined) continue;
    const n = bareNumber(raw);
    if (n !== undefined && n > 0 && n < legacy.below) out[f.name] = `${raw.trim()}元`;
  }
  return out;
}
