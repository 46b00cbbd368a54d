/**
 * Reading a learner's numeric answer in the unit the question asks for.
 *
 * The number itself is read by the calculators' parser (`readNumber` in src/lib/validate.ts:
 * `1,200`, `1.5万`, full-width digits, a leading ¥). Around it this file handles the unit the
 * learner may have written after the number:
 * - money: 元, 万元 (×10⁴), 亿元 (×10⁸), and 万 / 亿 on their own; an answer written in one of
 *   them is converted to the question's unit (180万 = 180万元 = 1800000元 = 180 when the
 *   question asks for 万元);
 * - % and 个百分点 (also 百分点): accepted where the question asks for that one; the other one
 *   gets a message, because a rate (%) and a difference of two rates (个百分点) are different
 *   answers that share digits;
 * - any other unit the question states (倍, 分, 人, 个月 …), written or left out.
 * A bare number is read in the question's unit. Text that cannot be read gets a message in
 * Chinese, never a wrong mark.
 */
import { readNumber } from '../validate';

export type AnswerReading =
  | { kind: 'empty' }
  /** The text cannot be read as an answer in this unit; `message` says why (Chinese). */
  | { kind: 'unreadable'; message: string }
  /** `value` is in the question's unit; `converted` says from which unit, when one was written. */
  | { kind: 'number'; value: number; converted: string | null };

/** Money units and their size in 元. 万 and 亿 on their own mean 万元 and 亿元. */
const MONEY: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8, 万: 1e4, 亿: 1e8 };
const POINTS = ['个百分点', '百分点'];
const PERCENT = ['%'];
/** Other units a question may state; written after the number they are simply dropped. */
const PLAIN_UNITS = ['倍', '分', '人', '名', '位', '个', '个月', '月', '天', '年', '期', '次', '小时', '家'];

/** Every suffix recognised, longest first so that 万元 wins over 元 and 个百分点 over 百分点. */
const SUFFIXES = [...Object.keys(MONEY), ...POINTS, ...PERCENT, ...PLAIN_UNITS].sort((a, b) => b.length - a.length);

/** Longest answer text read (a real answer is a few characters). */
export const ANSWER_MAX_LENGTH = 40;

function unitKind(unit: string): 'money' | 'percent' | 'points' | 'plain' {
  if (unit in MONEY) return 'money';
  if (PERCENT.includes(unit)) return 'percent';
  if (POINTS.includes(unit)) return 'points';
  return 'plain';
}

/** The unit as written in messages ("万元"; "" when the question has none). */
function unitName(unit: string): string {
  return unit === '万' ? '万元' : unit === '亿' ? '亿元' : unit;
}

function normalise(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/％/g, '%')
    .replace(/[。．]$/, '');
}

/**
 * Read `raw` as an answer to a numeric question whose unit is `unit` ("" for none). The value
 * returned is in that unit.
 */
export function readAnswer(raw: string, unit: string): AnswerReading {
  if (raw.length > ANSWER_MAX_LENGTH) return { kind: 'unreadable', message: `答案太长了：请只填写一个数字（最多 ${ANSWER_MAX_LENGTH} 个字符）。` };
  const text = normalise(raw);
  if (text === '') return { kind: 'empty' };
  const want = unitKind(unit);
  const asked = unitName(unit);
  // The question's own unit first (whatever it is), then every unit the reader knows.
  const own = unit !== '' && !(unit in MONEY) && text.endsWith(unit) && text.length > unit.length ? unit : null;
  const suffix = own ?? SUFFIXES.find((s) => text.endsWith(s) && text.length > s.length) ?? null;
  const digits = suffix === null ? text : text.slice(0, -suffix.length);
  const reading = readNumber(digits);
  const hint = asked ? `，可以在数字后写上单位“${asked}”` : '';
  if (reading.kind !== 'number') {
    return { kind: 'unreadable', message: `无法把“${raw.trim()}”识别为数字：请填写阿拉伯数字（如 12.5 或 1,200）${hint}。` };
  }
  // readNumber treats a trailing % on the digits as part of the number ("12%%" and the like).
  if (reading.percent) return { kind: 'unreadable', message: `无法识别“${raw.trim()}”：单位写了两次。` };
  if (suffix === null) return { kind: 'number', value: reading.value, converted: null };

  const wrote = unitName(suffix);
  const kind = unitKind(suffix);
  if (kind === 'money') {
    if (want === 'money') {
      const value = (reading.value * (MONEY[suffix] as number)) / (MONEY[unit] as number);
      return { kind: 'number', value, converted: wrote === asked ? null : wrote };
    }
    // 万 and 亿 are also plain multipliers: "1.5万" people is 15,000 people.
    if ((suffix === '万' || suffix === '亿') && (want === 'plain')) {
      return { kind: 'number', value: reading.value * (MONEY[suffix] as number), converted: null };
    }
    return { kind: 'unreadable', message: `本题的单位是${asked ? `「${asked}」` : '纯数字'}，不是金额：请去掉“${wrote}”。` };
  }
  if (kind === 'percent' || kind === 'points') {
    if (kind === want) return { kind: 'number', value: reading.value, converted: null };
    if (want === 'points') {
      return { kind: 'unreadable', message: '本题问的是两个比例之差，单位是“个百分点”：请把“%”改为“个百分点”，或只填写数字。' };
    }
    if (want === 'percent') {
      return { kind: 'unreadable', message: '本题问的是一个比例，单位是“%”：请把“个百分点”改为“%”，或只填写数字。' };
    }
    return { kind: 'unreadable', message: `本题的单位是${asked ? `「${asked}」` : '纯数字'}：请去掉“${wrote}”。` };
  }
  // A plain unit: accepted when it is the question's unit (or the question has none stated and
  // the unit is a counting word); anything else is a different kind of quantity.
  if (suffix === unit || (unit === '' && suffix !== '倍' && suffix !== '分')) return { kind: 'number', value: reading.value, converted: null };
  return { kind: 'unreadable', message: `本题的单位是${asked ? `「${asked}」` : '纯数字'}，你写的是“${wrote}”：请按题目要求的单位填写。` };
}

/** How the answer will be graded, for the line under the input ("按 180 万元评分"). */
export function describeReading(reading: AnswerReading, unit: string, format: (n: number) => string): string {
  if (reading.kind !== 'number') return '';
  const u = unitName(unit);
  const shown = `${format(reading.value)}${u === '%' ? '%' : u ? ` ${u}` : ''}`;
  return reading.converted ? `已从“${reading.converted}”换算：按 ${shown} 评分` : `按 ${shown} 评分`;
}
