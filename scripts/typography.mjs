#!/usr/bin/env node
/**
 * Chinese typography for the course sources (GB/T 15834): ASCII , : ; ? ! ( ) in Chinese context
 * become ， ： ； ？ ！ （ ）, quotation marks become “” (‘’ inside), numeric ranges written with ~
 * become –. Code, URLs, paths, inline code, JSX expressions, import lines, YAML syntax, numbers
 * (1,200  3.5  09:00  3:1) and English text are left alone.
 *
 *   node scripts/typography.mjs --check [paths…]   list what would change; exit 1 if anything would
 *   node scripts/typography.mjs --write [paths…]   convert in place (idempotent)
 *
 * Without paths it covers src/ (content, components, pages, layouts, scripts, stores, lib, schemas…)
 * and test/ (except test/fixtures, which hold data files). A file containing the word
 * `typography-ignore-file` is skipped; in scripts, a string or regex on a line containing
 * `typography-ignore` (or right after a line ending in it) is left as written.
 *
 * Every full-width character is written here by code point (\uFF0C …): some editors and tools
 * normalise full-width punctuation to ASCII when they save a file, which must not silently turn
 * this converter into a no-op. The pure functions are exported for test/unit/typography.test.ts;
 * scripts/check-typography.mjs checks the built site whatever the cause of a regression.
 */
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { parseDocument, visit as visitYaml } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Characters (by code point)

export const FULL = Object.freeze({
  ',': '\uFF0C', // ，
  ':': '\uFF1A', // ：
  ';': '\uFF1B', // ；
  '?': '\uFF1F', // ？
  '!': '\uFF01', // ！
  '(': '\uFF08', // （
  ')': '\uFF09', // ）
});
const LDQ = '\u201C'; // “
const RDQ = '\u201D'; // ”
const LSQ = '\u2018'; // ‘
const RSQ = '\u2019'; // ’
const CORNER_L = '\u300C'; // 「
const CORNER_R = '\u300D'; // 」
const WCORNER_L = '\u300E'; // 『
const WCORNER_R = '\u300F'; // 』
const EN_DASH = '\u2013'; // –
const FW_TILDE = '\uFF5E'; // ～

/** Placeholders the callers put where markup or an expression was (see convertParts). */
export const TRANSPARENT = '\uE000'; // inline markup, ${…}, {placeholder}: context looks through it
export const OPAQUE = '\uE001'; // code, URL, comment: context stops at it
const T_INNER = '\uE002';
const O_INNER = '\uE003';
const SENTINELS = /[\uE000-\uE003]/;

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const LATIN_G = /[A-Za-z]/g;
const isHan = (c) => c !== '' && c !== undefined && HAN.test(c);
const isSpace = (c) => c === ' ' || c === '\t';
const isTransparent = (c) => c === TRANSPARENT || c === T_INNER;
// Looking left from a mark we pass closing marks and emphasis (**客户**:留存 → the mark follows 户).
// ASCII brackets are passed like full-width ones, so that context reads the same before and after
// a neighbouring pair is converted (idempotence).
const LEFT_SKIP = new Set(['*', ')', FULL[')'], RDQ, RSQ, CORNER_R, WCORNER_R, '\u300B', '\u3011', '\u3009']);
const RIGHT_SKIP = new Set(['*', '(', FULL['('], LDQ, LSQ, CORNER_L, WCORNER_L, '\u300A', '\u3010', '\u3008']);
// An operator between two operands (a signed number such as (+0.3) or (−1.7) is not a formula)
const MATH_IN_PARENS = /[\w.%\u00B2\u00B3\u00B9)]\s*[=+\u00D7\u00F7^*/<>\u2212\u2264\u2265\u2248-]\s*[\w.(\u221A]/; // = + × ÷ ^ * / < > − ≤ ≥ ≈ -
const CJK_PUNCT = /[\u3000-\u303F\uFF01-\uFF60\u201C\u201D\u2018\u2019]/;
const SUPERSCRIPT = /[\u00B2\u00B3\u00B9\u2070-\u209F^]/;

/**
 * Counts of changed marks by kind, filled by the converters when given, plus `notes` (not enumerable, so it stays out of totals): what was
 * deliberately left for a person to look at.
 * @returns {{ ',': number, ':': number, ';': number, '?': number, '!': number, '()': number, quotes: number, corners: number, ranges: number, spaces: number, notes: string[] }}
 */
export function newStats() {
  const stats = { ',': 0, ':': 0, ';': 0, '?': 0, '!': 0, '()': 0, quotes: 0, corners: 0, ranges: 0, spaces: 0 };
  Object.defineProperty(stats, 'notes', { value: [], enumerable: false });
  return /** @type {typeof stats & { notes: string[] }} */ (stats);
}

// ---------------------------------------------------------------------------------------------
// Masks inside a line of prose: what is never converted even in Chinese context.

const INNER_MASKS = [
  // an MDX comment written inside a string: {/* no-slide: 理由 */}
  { re: /\{\/\*[\s\S]*?\*\/\}/g, kind: O_INNER },
  // inline code
  { re: /(`+)[^`\n]*?\1/g, kind: O_INNER },
  // Markdown link target (the part in parentheses after ]), with an optional title
  { re: /(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, kind: O_INNER },
  // URLs
  { re: /\b(?:https?|ftp|mailto|file|data|blob):[^\s<>"'`\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u201C\u201D\u2018\u2019]+/gu, kind: O_INNER, trim: true },
  // site paths (/tools/churn/?start=1200): a slash not preceded by a letter, digit or slash
  { re: /(?<![\w./\\])\/[A-Za-z0-9._~%-]+(?:\/[A-Za-z0-9._~%-]*)*(?:\?[A-Za-z0-9._~%=&,+:;-]*)?(?:#[\w-]*)?/g, kind: O_INNER, trim: true },
  // HTML entities
  { re: /&(?:#\d+|#x[\da-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, kind: O_INNER },
  // heading ids {#id}
  { re: /\{#[\w-]+\}/g, kind: O_INNER },
  // exercise placeholders {name} {name:2} {name:pp}
  { re: /\{[A-Za-z_]\w*(?::[\w.]+)?\}/g, kind: T_INNER },
  // HTML/JSX tags inside a string
  { re: /<\/?[A-Za-z][\w.:-]*(?:\s[^<>\n]*)?\/?>/g, kind: T_INNER },
];

function maskLine(line) {
  const spans = [];
  for (const { re, kind, trim } of INNER_MASKS) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(line)); ) {
      let start = m.index;
      let text = m[0];
      if (trim) text = text.replace(/[.,;:!?)\]]+$/, '');
      if (!text) continue;
      const end = start + text.length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, kind, text });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += line.slice(at, s.start) + s.kind;
    at = s.end;
  }
  out += line.slice(at);
  return { masked: out, saved: spans.map((s) => s.text) };
}

function unmask(chars, saved) {
  let k = 0;
  return chars.map((c) => (c === T_INNER || c === O_INNER ? saved[k++] : c)).join('');
}

// ---------------------------------------------------------------------------------------------
// The core: one line of prose (may contain TRANSPARENT / OPAQUE placeholders from the caller).

/** Is this line Chinese text (rather than English with a Chinese word in it)? */
export function isChineseLine(s) {
  const han = (s.match(HAN_G) || []).length;
  const latin = (s.match(LATIN_G) || []).length;
  return han > 0 && han * 2 >= latin;
}

function leftContext(a, i) {
  let j = i - 1;
  while (j >= 0 && (isSpace(a[j]) || isTransparent(a[j]) || LEFT_SKIP.has(a[j]))) j--;
  return j >= 0 ? a[j] : '';
}
function rightContext(a, i) {
  let j = i + 1;
  while (j < a.length && (isSpace(a[j]) || isTransparent(a[j]) || RIGHT_SKIP.has(a[j]))) j++;
  return j < a.length ? a[j] : '';
}

function convertQuotes(a, zh, stats, singles = false) {
  // ASCII "…" pairs with Chinese inside → “…”; an odd number of " on the line → leave them all.
  const qs = [];
  for (let i = 0; i < a.length; i++) if (a[i] === '"' && a[i - 1] !== '\\') qs.push(i);
  if (qs.length % 2 === 0) {
    for (let k = 0; k < qs.length; k += 2) {
      const o = qs[k];
      const c = qs[k + 1];
      const inside = a.slice(o + 1, c).join('');
      if (!HAN.test(inside) || !zh && !isHan(a[o - 1])) continue;
      const before = a[o - 1] ?? '';
      const after = a[c + 1] ?? '';
      // attribute values (title="…"), JSON ("key":"value"), selectors (:has-text("…")) stay ASCII;
      // the full-width forms count too, so that a second run decides the same way
      if ((before !== '' && `=([{,${FULL['(']}${FULL[',']}`.includes(before)) || (after !== '' && `=:${FULL[':']}`.includes(after))) continue;
      let j = o - 2;
      while (j >= 0 && isSpace(a[j])) j--;
      if ((before === ':' || before === FULL[':']) && !isHan(a[j])) continue;
      a[o] = LDQ;
      a[c] = RDQ;
      stats.quotes++;
    }
  }
  // ASCII '…' around Chinese in prose → “…” (‘…’ inside “…”); apostrophes (it's) are not quotes.
  if (singles) {
    const ss = [];
    for (let i = 0; i < a.length; i++) if (a[i] === "'" && a[i - 1] !== '\\' && !(/[A-Za-z]/.test(a[i - 1] ?? '') && /[A-Za-z]/.test(a[i + 1] ?? ''))) ss.push(i);
    if (ss.length % 2 === 0) {
      for (let k = 0; k < ss.length; k += 2) {
        const o = ss[k];
        const c = ss[k + 1];
        if (!HAN.test(a.slice(o + 1, c).join('')) || /[\w'"=]/.test(a[o - 1] ?? '') || /[\w'"]/.test(a[c + 1] ?? '')) continue;
        const depth = a.slice(0, o).filter((x) => x === LDQ).length - a.slice(0, o).filter((x) => x === RDQ).length;
        a[o] = depth > 0 ? LSQ : LDQ;
        a[c] = depth > 0 ? RSQ : RDQ;
        stats.quotes++;
      }
    }
  }
  // 「」 and 『』 → “” and ‘’ (‘’ when already inside “…”), only where they nest properly.
  const stack = [];
  let balanced = true;
  for (const ch of a) {
    if (ch === CORNER_L || ch === WCORNER_L || ch === LDQ) stack.push(ch);
    else if (ch === CORNER_R || ch === WCORNER_R || ch === RDQ) {
      const open = stack.pop();
      const want = ch === CORNER_R ? CORNER_L : ch === WCORNER_R ? WCORNER_L : LDQ;
      if (open !== want) {
        balanced = false;
        break;
      }
    }
  }
  if (!balanced || stack.length) return;
  const kinds = []; // 'd' for a double level, 's' for a single level
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (ch === LDQ) kinds.push('d');
    else if (ch === RDQ) kinds.pop();
    else if (ch === CORNER_L || ch === WCORNER_L) {
      const inside = kinds.includes('d');
      const k = ch === WCORNER_L || inside ? 's' : 'd';
      kinds.push(k);
      a[i] = k === 'd' ? LDQ : LSQ;
      stats.corners++;
    } else if (ch === CORNER_R || ch === WCORNER_R) {
      const k = kinds.pop();
      a[i] = k === 'd' ? RDQ : RSQ;
    }
  }
}

const DIGIT = /\d/;
const NUMERAL = /[0-9\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u4E24]/; // 0–9 一二三四五六七八九十两
const UNIT_AFTER_NUMBER = /[%\u4E07\u5343\u4EBF\u5143\u500D]/; // % 万 千 亿 元 倍
const EM_DASH = '\u2014';
const ZHI = '\u81F3'; // 至
const DAO = '\u5230'; // 到

/**
 * Ranges in one notation: 1~6, 1～6, 1—6 and 3-6 (a hyphen between small numbers followed by a unit,
 * never a date or a code) become 1–6; 1 至 6 and 一至两 become 1 到 6 and 一到两.
 */
function convertRanges(a, drop, stats) {
  const num = (k) => DIGIT.test(a[k] ?? '') || (UNIT_AFTER_NUMBER.test(a[k] ?? '') && DIGIT.test(a[k - 1] ?? ''));
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (ch === '~' || ch === FW_TILDE || ch === EM_DASH) {
      let end = i;
      while (ch === EM_DASH && a[end + 1] === EM_DASH) end++;
      let l = i - 1;
      while (l >= 0 && isSpace(a[l])) l--;
      let r = end + 1;
      while (r < a.length && isSpace(a[r])) r++;
      if (!num(l) || !DIGIT.test(a[r] ?? '')) continue;
      a[i] = EN_DASH;
      for (let j = l + 1; j < r; j++) if (j !== i) drop[j] = true;
      stats.ranges++;
    } else if (ch === '-') {
      // 3-6 个月, 15%-20%: 1–3 digits each side, no spaces, a unit or Chinese after, no longer chain
      // (a colon next to the numbers, ASCII or already converted, means a time or a code: 09:30-10:00)
      const left = /(?:^|[^\w.\-/:\uFF1A])(\d{1,3}(?:\.\d+)?%?)$/.exec(a.slice(Math.max(0, i - 12), i).join(''));
      const right = /^(\d{1,3}(?:\.\d+)?%?)(?![\w.\-/:\uFF1A])\s?(.)?/u.exec(a.slice(i + 1, i + 14).join(''));
      if (!left || !right) continue;
      const after = right[2] ?? '';
      if (!(right[1].endsWith('%') || isHan(after))) continue;
      a[i] = EN_DASH;
      stats.ranges++;
    } else if (ch === ZHI) {
      // 第 1 至 6 个月, 一至两人 (not 甚至, 直至, 以至, 乃至, 截至, 至少)
      let r = i + 1;
      while (r < a.length && isSpace(a[r])) r++;
      if (!NUMERAL.test(a[r] ?? '')) continue;
      let l = i - 1;
      while (l >= 0 && isSpace(a[l])) l--;
      const back = a.slice(Math.max(0, l - 3), l + 1).join('');
      // (punctuation, ASCII or full-width, ends the phrase: the two runs must decide alike)
      const m = /(.)?[0-9\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u4E24][^\uFF0C\u3002\uFF1B\u3001\uFF1A\uFF1F\uFF01\uFF08\uFF09,.;:?!()\s]{0,3}$/u.exec(back);
      if (!m || /[\u751A\u76F4\u4EE5\u4E43\u622A]/.test(a[i - 1] ?? '')) continue;
      a[i] = DAO;
      stats.ranges++;
    }
  }
}

function convertParens(a, zh, converted, stats) {
  const stack = [];
  const pairs = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '(') stack.push(i);
    else if (a[i] === ')' && stack.length) pairs.push([stack.pop(), i]);
  }
  for (const [o, c] of pairs) {
    if (c === o + 1) continue;
    if (a[o - 1] === '\\' || a[c - 1] === '\\') continue;
    const inside = a.slice(o + 1, c).join('');
    const hanInside = HAN.test(inside);
    const hanBefore = isHan(leftContext(a, o));
    const after = rightContext(a, c);
    const hanAfter = isHan(after);
    // a formula in parentheses stays ASCII unless it is a parenthesis of the Chinese sentence
    const mathish = !hanInside && (MATH_IN_PARENS.test(inside) || SUPERSCRIPT.test(a[c + 1] ?? ''));
    const sentence = hanBefore && (hanAfter || after === '' || CJK_PUNCT.test(after));
    // f(x), P(A): a function of one short ASCII argument
    const call = /[A-Za-z]$/.test(a[o - 1] ?? '') && /^[A-Za-z]{1,2}$/.test(inside);
    if (mathish ? !sentence : call || !((zh && (hanInside || hanBefore || hanAfter)) || (hanInside && hanBefore))) continue;
    a[o] = FULL['('];
    a[c] = FULL[')'];
    converted.push([o, 'open'], [c, 'close']);
    stats['()']++;
  }
}

function convertMarks(a, zh, converted, stats, script) {
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (!',:;?!'.includes(ch)) continue;
    const next = a[i + 1] ?? '';
    if (ch === ':' && (next === '/' || next === ':' || a[i - 1] === ':')) continue;
    if (ch === '!' && (next === '[' || next === '=')) continue;
    if (ch === '?' && next === '.') continue;
    if (a[i - 1] === '\\') continue;
    const lh = isHan(leftContext(a, i));
    const rh = isHan(rightContext(a, i));
    // in code, `name: 消息` / `${file}: 消息` is a diagnostic prefix that code also assembles
    if (script && ch === ':' && !lh && isSpace(next) && !isHan(a[i - 1])) continue;
    if (!((lh && rh) || (zh && (lh || rh)))) continue;
    a[i] = FULL[ch];
    converted.push([i, 'mark']);
    stats[ch]++;
  }
}

/** Mark the spaces around converted marks for removal (never indentation or line-end spaces). */
function dropSpaces(a, converted, drop) {
  const run = (from, step) => {
    const out = [];
    for (let j = from; j >= 0 && j < a.length && isSpace(a[j]); j += step) out.push(j);
    const beyond = a[from + out.length * step];
    // keep: leading indentation, trailing spaces, the cell padding of a Markdown table, and the
    // space after a mark left ASCII (whether it stays ASCII may depend on that space)
    if (beyond === undefined || beyond === '|' || ',:;?!'.includes(beyond)) return [];
    return out;
  };
  for (const [i] of converted) {
    const before = run(i - 1, -1);
    const after = run(i + 1, 1);
    for (const j of before) drop[j] = true;
    for (const j of after) drop[j] = true;
  }
}

/**
 * Convert one line of prose. The line may contain TRANSPARENT / OPAQUE placeholders; they are kept
 * in place (the caller restores what they stand for).
 */
export function convertLine(line, stats = newStats(), { script = false, singles = !script } = {}) {
  if (!HAN.test(line)) {
    // 「${x}」 in a template literal: corner brackets are Chinese whatever they hold
    if (!/[\u300C\u300E]/.test(line)) return line;
    const a = [...line];
    convertQuotes(a, false, stats);
    return a.join('');
  }
  const { masked, saved } = maskLine(line);
  const a = [...masked];
  const zh = isChineseLine(masked.replace(/[\uE000-\uE003]/g, ''));
  const drop = new Array(a.length).fill(false);
  const converted = [];
  convertQuotes(a, zh, stats, singles);
  if (zh) convertRanges(a, drop, stats);
  convertParens(a, zh, converted, stats);
  convertMarks(a, zh, converted, stats, script);
  dropSpaces(a, converted, drop);
  const kept = a.filter((_, i) => {
    if (drop[i]) stats.spaces++;
    return !drop[i];
  });
  return unmask(kept, saved);
}

/** Convert prose (any number of lines; context never crosses a line break). */
export function convertText(text, stats = newStats(), opts = {}) {
  return text
    .split('\n')
    .map((l) => convertLine(l, stats, opts))
    .join('\n');
}

/**
 * Convert a flow of parts: text is prose; a part with `keep` stands in the flow as a placeholder
 * (transparent: inline markup or an inline expression; opaque: code) and is emitted as its
 * `out` (or its text). Returns the joined output.
 */
export function convertParts(parts, stats = newStats(), opts = {}) {
  const flow = parts.map((p) => (p.keep ? (p.opaque ? OPAQUE : TRANSPARENT) : p.text)).join('');
  const converted = convertText(flow, stats, opts);
  const holders = parts.filter((p) => p.keep);
  let k = 0;
  let out = '';
  for (const ch of converted) {
    if (ch === TRANSPARENT || ch === OPAQUE) {
      const p = holders[k++];
      out += p.out ?? p.text;
    } else out += ch;
  }
  if (k !== holders.length) throw new Error('typography: a placeholder was lost');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Safety net: a converted file may differ from its source only in the characters this converter
// handles and in spaces.

const FOLD = new Map([
  [FULL[','], ','], [FULL[':'], ':'], [FULL[';'], ';'], [FULL['?'], '?'], [FULL['!'], '!'],
  [FULL['('], '('], [FULL[')'], ')'], [LDQ, '"'], [RDQ, '"'], [CORNER_L, '"'], [CORNER_R, '"'],
  [LSQ, '"'], [RSQ, '"'], [WCORNER_L, '"'], [WCORNER_R, '"'], ["'", '"'], [EN_DASH, '~'], [FW_TILDE, '~'],
  [EM_DASH, '~'], ['-', '~'], [ZHI, DAO],
]);
export function fold(s) {
  let out = '';
  for (const ch of s.replace(/\\([()?])/g, '$1')) if (!isSpace(ch)) out += FOLD.get(ch) ?? ch;
  // A range written with a doubled dash (3——6) becomes one en dash: a run of dashes is one mark.
  return out.replace(/~+/g, '~');
}

// ---------------------------------------------------------------------------------------------
// Scripts (TS, TSX, JS, the frontmatter and expressions of .astro): string literals, template
// literal text, JSX text and JSX attribute strings. Never comments, import specifiers, property
// names, RegExp sources, tagged templates or test titles.

const TEST_TITLE = /^(?:it|test|describe|suite|bench)(?:\.(?:only|skip|todo|each|concurrent|sequential|fails|describe|serial|parallel|fixme|step|extend))*$/;

function calleeName(expr) {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) {
    const left = calleeName(expr.expression);
    return left ? `${left}.${expr.name.text}` : '';
  }
  if (ts.isCallExpression(expr)) return calleeName(expr.expression); // it.each([...])('title')
  return '';
}

/** A string that is data rather than prose: CSV rows, column lists ('工号,部门,月薪'). */
export function looksLikeDelimitedData(s) {
  if (!/\p{Script=Han}[,;\t]|[,;\t]\p{Script=Han}/u.test(s)) return false;
  if (/[,;]"|"[,;]/.test(s)) return true; // a CSV cell with quotes: 张,"三"
  if (/[\u3002\uFF0C\uFF1B\uFF1A\uFF1F\uFF01]/.test(s)) return false;
  const lines = s.split(/\\r\\n|\\n|\\r|\r?\n/).filter((l) => l.length);
  const cells = lines.flatMap((l) => l.split(/[,;\t]|\\t/));
  if (lines.length >= 2 && lines.filter((l) => /[,;\t]|\\t/.test(l)).length >= 2) return true;
  if (cells.length < 3) return false;
  // a header of Chinese column names (工号,部门,月薪), or a row mixing codes or numbers with
  // Chinese cells (B,1 极高,90,是); prose clauses have spaces, particles and longer runs
  const hanWord = (c) => /^\p{Script=Han}{1,8}$/u.test(c);
  return cells.every(hanWord) || (cells.some((c) => /^(?:[A-Za-z_]\w*|-?[\d.]+)$/.test(c)) && cells.some(hanWord));
}

/** Convert the raw source text of a string literal body (escapes kept as they are). */
function convertLiteralRaw(raw, stats, opts = { script: true }) {
  return convertParts(literalParts(raw), stats, opts);
}

function literalParts(raw) {
  // Escapes (\n, \", \u3000 …) are opaque: context stops at them and they are kept as written.
  const pieces = raw.split(/(\\(?:u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S]))/);
  const parts = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!p) continue;
    if (i % 2 === 1) {
      parts.push({ text: p, keep: true, opaque: true });
    } else parts.push({ text: p, keep: false });
  }
  return parts;
}

function regexBodyConvert(body, stats) {
  // Tests only: turn what a regex matches in UI text into the converted text. Unescaped ( ) and ?
  // are regex syntax and stay; \( \) \? are literal and convert like text; [...] classes stay;
  // : and ! next to Chinese convert.
  let out = '';
  const chars = [...body];
  const han = (c) => isHan(c);
  // \( … \) pairs with Chinese inside or before
  const pairOpen = new Set();
  const pairClose = new Set();
  const stack = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\\') continue;
    if (chars[i + 1] === '(') stack.push(i);
    else if (chars[i + 1] === ')' && stack.length) {
      const o = stack.pop();
      if (chars.slice(o + 2, i).some(han) || han(chars[o - 1])) {
        pairOpen.add(o);
        pairClose.add(i);
      }
    }
    i++;
  }
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\' && i + 1 < chars.length) {
      const n = chars[i + 1];
      if (!inClass && (pairOpen.has(i) || pairClose.has(i) || (n === '?' && (han(chars[i - 1]) || han(chars[i + 2]))))) {
        out += FULL[n];
        stats[n === '?' ? '?' : '()'] += n === ')' ? 0 : 1;
        i++;
        continue;
      }
      out += c + n;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    // (commas and semicolons stay: a regex over CSV output matches ASCII separators)
    // (?: (?! (?<! are regex syntax
    if (!inClass && ':!'.includes(c) && (han(chars[i - 1]) || han(chars[i + 1])) && chars[i - 1] !== '?' && chars[i - 1] !== '<') {
      out += FULL[c];
      stats[c]++;
      continue;
    }
    if (!inClass && (c === CORNER_L || c === CORNER_R)) {
      out += c === CORNER_L ? LDQ : RDQ;
      stats.corners += c === CORNER_L ? 1 : 0;
      continue;
    }
    out += c;
  }
  return out;
}

const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const BAD_NAME = /^(?:const |let |var )?\[?\s*(?:bad|wrong|invalid|incorrect|ascii|halfwidth|mangled|broken)/i;

/** Test files that define or exercise typography rules: a regex class lists 「」『』 or ～, marks the course never uses. */
function isTypographyRulesFile(sf) {
  let found = false;
  const visit = (node) => {
    if (found) return;
    if (ts.isRegularExpressionLiteral(node) && /\[[^\]]*[\u300C-\u300F\uFF5E][^\]]*\]/.test(node.text)) found = true; // [「」『』] [~～]
    else ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The raw bodies of a file's string literals. */
function literalTexts(sf) {
  const out = new Set();
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.add(node.getText(sf).slice(1, -1));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function ignoredLines(text) {
  const lines = text.split('\n');
  const ignored = new Set();
  lines.forEach((l, i) => {
    if (/typography-ignore(?!-file)/.test(l)) {
      ignored.add(i);
      // a comment on a line of its own covers the next line
      if (/^\s*(\/\/|\{?\/\*|\*)/.test(l)) ignored.add(i + 1);
    }
  });
  return ignored;
}

/**
 * Convert a script. Returns the new text. `test` enables test-file rules (titles kept, regex
 * literals converted).
 */
export function convertScript(text, { tsx = true, test = false, fileName = 'x.tsx', stats = newStats() } = {}) {
  if (SENTINELS.test(text)) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  if (test && isTypographyRulesFile(sf)) {
    stats.notes.push('1: left as written: its regexes list CJK punctuation, so it tests typography rules on purpose');
    return text;
  }
  // In tests, a literal whose converted form is also in the file is a deliberate bad example.
  const literals = test ? literalTexts(sf) : new Set();
  const ignored = ignoredLines(text);
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line;
  const edits = [];
  const skipNodes = new Set();

  const isSkipped = (node) => {
    if (ignored.has(lineOf(node.getStart(sf)))) return true;
    let cur = node;
    let statementSeen = false;
    for (let p = node.parent; p; cur = p, p = p.parent) {
      if (skipNodes.has(p)) return true;
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportEqualsDeclaration(p) || ts.isImportTypeNode(p) || ts.isExternalModuleReference(p)) return true;
      if (ts.isTaggedTemplateExpression(p)) return true;
      if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
        const name = calleeName(p.expression);
        if (/^(?:RegExp|require|import)$/.test(name) || p.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
        // a test's title (it('…'), it.each(table)('…')), but not the table of it.each([…])
        const isTable = ts.isPropertyAccessExpression(p.expression) && /^(each|for)$/.test(p.expression.name.text);
        if (test && TEST_TITLE.test(name) && !isTable && p.arguments?.[0] === cur) return true;
      }
      if (ts.isElementAccessExpression(p) && p.argumentExpression === cur) return true;
      // tests: examples held under a name that says they are wrong (for (const bad of [...]), bad: [...])
      if (test && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isParameter(p)) && p.initializer && (p.initializer === cur || p.initializer.pos <= node.pos) && BAD_NAME.test(p.name.getText(sf))) return true;
      if (test && ts.isForOfStatement(p) && p.expression === cur && BAD_NAME.test(p.initializer.getText(sf))) return true;
      // tests of normalisation: the statement that also holds full-width letters or digits (ＮＰＳ, １２) checks ASCII output
      if (test && !statementSeen && ts.isExpressionStatement(p) && FULLWIDTH_ALNUM.test(p.getText(sf))) return true;
      if (ts.isStatement(p)) statementSeen = true;
      if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isEnumMember(p) || ts.isBindingElement(p)) && p.name === cur) return true;
    }
    return false;
  };

  const edit = (start, end, out) => {
    if (out !== text.slice(start, end)) edits.push({ start, end, out });
  };

  const visitNode = (node) => {
    // Arrays joined with a line break are files being built (CSV rows): leave their strings.
    if (ts.isArrayLiteralExpression(node) && ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === 'join') {
      const call = node.parent.parent;
      if (ts.isCallExpression(call) && call.arguments[0] && /\\[nr]/.test(call.arguments[0].getText(sf))) skipNodes.add(node);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isSkipped(node)) {
        const start = node.getStart(sf) + 1;
        const end = node.end - 1;
        const raw = text.slice(start, end);
        if (HAN.test(raw) && looksLikeDelimitedData(raw)) stats.notes.push(`${lineOf(start) + 1}: left as data: ${raw.slice(0, 60)}`);
        else if (HAN.test(raw)) {
          const out = convertLiteralRaw(raw, newStats());
          if (out !== raw && literals.has(out)) stats.notes.push(`${lineOf(start) + 1}: left as written (its converted form is also in the file): ${raw.slice(0, 60)}`);
          else edit(start, end, convertLiteralRaw(raw, stats));
        }
      }
      return;
    }
    if (ts.isTemplateExpression(node)) {
      if (!isSkipped(node)) {
        const pieces = [node.head, ...node.templateSpans.map((s) => s.literal)];
        const ranges = pieces.map((p) => {
          const start = p.getStart(sf) + (p.kind === ts.SyntaxKind.TemplateHead ? 1 : 1);
          const end = p.end - (p.kind === ts.SyntaxKind.TemplateTail ? 1 : 2);
          return [start, end];
        });
        const raws = ranges.map(([s, e]) => text.slice(s, e));
        const joinedForData = raws.join(TRANSPARENT);
        if (HAN.test(joinedForData) && looksLikeDelimitedData(joinedForData)) stats.notes.push(`${lineOf(ranges[0][0]) + 1}: left as data: ${raws.join('${…}').slice(0, 60)}`);
        else if (HAN.test(joinedForData)) {
          const parts = raws.flatMap((r, i) => (i === 0 ? literalParts(r) : [{ text: '${}', keep: true, out: TRANSPARENT }, ...literalParts(r)]));
          const outs = convertParts(parts, stats, { script: true }).split(TRANSPARENT);
          if (outs.length === raws.length) outs.forEach((o, i) => edit(ranges[i][0], ranges[i][1], o));
        }
      }
      node.templateSpans.forEach((s) => visitNode(s.expression));
      return;
    }
    if (ts.isRegularExpressionLiteral(node)) {
      if (test && !isSkipped(node)) {
        const src = node.getText(sf);
        const slash = src.lastIndexOf('/');
        const body = src.slice(1, slash);
        if (HAN.test(body)) edit(node.getStart(sf) + 1, node.getStart(sf) + slash, regexBodyConvert(body, stats));
      }
      return;
    }
    if ((ts.isJsxElement(node) || ts.isJsxFragment(node)) && !isSkipped(node)) {
      const children = node.children;
      const parts = [];
      const texts = [];
      for (const ch of children) {
        if (ts.isJsxText(ch)) {
          const raw = text.slice(ch.pos, ch.end);
          parts.push({ text: raw, keep: false });
          texts.push([ch.pos, ch.end, raw]);
        } else parts.push({ text: '', keep: true, out: TRANSPARENT });
      }
      if (texts.some(([, , raw]) => HAN.test(raw))) {
        // Convert the whole flow, then cut it back at the placeholders.
        const flow = parts.map((p) => (p.keep ? TRANSPARENT : p.text)).join('');
        const converted = convertText(flow, stats, { script: true });
        const outs = converted.split(TRANSPARENT);
        // outs has one entry per text run between placeholders; map runs back to JsxText nodes
        let run = 0;
        let prevWasText = false;
        const runOf = [];
        for (const p of parts) {
          if (p.keep) {
            run++;
            prevWasText = false;
          } else {
            if (prevWasText) throw new Error('typography: adjacent JSX texts');
            runOf.push(run);
            prevWasText = true;
          }
        }
        if (outs.length === run + 1) texts.forEach(([s, e], i) => edit(s, e, outs[runOf[i]]));
      }
    }
    ts.forEachChild(node, visitNode);
  };
  visitNode(sf);
  return applyEdits(text, edits);
}

function applyEdits(text, edits) {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) throw new Error('typography: overlapping edits');
    out += text.slice(at, e.start) + e.out;
    at = e.end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------
// YAML: scalar values only (never keys, flow separators or comments).

export function convertYaml(text, stats = newStats()) {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`YAML: ${doc.errors[0].message}`);
  const edits = [];
  visitYaml(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const [start, end] = node.range;
      const raw = text.slice(start, end);
      if (!HAN.test(raw)) return;
      if (node.type === 'QUOTE_DOUBLE') edits.push({ start: start + 1, end: end - 1, out: convertLiteralRaw(raw.slice(1, -1), stats, {}) });
      else if (node.type === 'QUOTE_SINGLE') edits.push({ start: start + 1, end: end - 1, out: convertText(raw.slice(1, -1), stats, { singles: false }) });
      else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        const nl = raw.indexOf('\n');
        edits.push({ start: start + nl + 1, end, out: convertText(raw.slice(nl + 1), stats) });
      } else edits.push({ start, end, out: convertText(raw, stats) });
    },
  });
  const out = applyEdits(text, edits.filter((e) => e.out !== text.slice(e.start, e.end)));
  if (out !== text) {
    const again = parseDocument(out);
    if (again.errors.length) throw new Error(`YAML after conversion: ${again.errors[0].message}`);
    if (JSON.stringify(shape(doc.toJS())) !== JSON.stringify(shape(again.toJS()))) throw new Error('YAML structure changed');
  }
  return out;
}

function shape(v) {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return typeof v === 'string' ? 's' : v;
}

// ---------------------------------------------------------------------------------------------
// Markup bodies: MDX, Markdown and the template of .astro files.

/** Index just past the brace that closes the one at `open` (strings, templates and comments skipped). */
function matchBrace(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '"' || c === "'" || c === '`') {
      i = skipString(s, i);
      if (i < 0) return -1;
    } else if (c === '/' && s[i + 1] === '*') {
      const e = s.indexOf('*/', i + 2);
      if (e < 0) return -1;
      i = e + 1;
    } else if (c === '/' && s[i + 1] === '/') {
      const e = s.indexOf('\n', i);
      i = e < 0 ? s.length : e;
    }
  }
  return -1;
}
function skipString(s, at) {
  const q = s[at];
  for (let i = at + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (q === '`' && s[i] === '$' && s[i + 1] === '{') {
      const e = matchBrace(s, i + 1);
      if (e < 0) return -1;
      i = e - 1;
    } else if (s[i] === q) return i;
    else if (s[i] === '\n' && q !== '`') return -1;
  }
  return -1;
}

/** End of the tag that starts at `at` (just past '>'), or -1. Collects quoted attribute values. */
function scanTag(s, at) {
  const attrs = [];
  for (let i = at + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '>') return { end: i + 1, attrs };
    if (c === '"' || c === "'") {
      const e = s.indexOf(c, i + 1);
      if (e < 0) return null;
      const before = s.slice(at, i);
      attrs.push({ start: i + 1, end: e, expr: false, name: /([\w:.-]+)\s*=\s*$/.exec(before)?.[1] ?? '' });
      i = e;
    } else if (c === '{') {
      const e = matchBrace(s, i);
      if (e < 0) return null;
      attrs.push({ start: i + 1, end: e - 1, expr: true });
      i = e - 1;
    }
  }
  return null;
}

/**
 * Convert a markup body. `mode` is 'mdx' (expressions opaque, import/export lines kept), 'md'
 * or 'astro' (expressions and <script> converted as scripts).
 */
export function convertMarkup(body, { mode = 'mdx', stats = newStats() } = {}) {
  if (SENTINELS.test(body)) return body;
  const parts = [];
  let text = '';
  const flushText = () => {
    if (text) parts.push({ text, keep: false });
    text = '';
  };
  const keep = (raw, opaque, out) => {
    flushText();
    parts.push({ text: raw, keep: true, opaque, out });
  };
  const convertExpr = (code) => {
    // An Astro expression: convert as TSX inside parentheses; leave it if it does not parse cleanly.
    const wrapped = `(${code}\n)`;
    const sf = ts.createSourceFile('e.tsx', wrapped, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    if (sf.parseDiagnostics?.length) return code;
    const out = convertScript(wrapped, { tsx: true, stats });
    return out.slice(1, -2);
  };
  let i = 0;
  let lineStart = true;
  while (i < body.length) {
    const rest = body.slice(i, i + 12);
    const c = body[i];
    if (lineStart && mode === 'mdx' && /^(import|export)\s/.test(rest)) {
      let e = body.indexOf('\n', i);
      e = e < 0 ? body.length : e;
      keep(body.slice(i, e), true);
      i = e;
      continue;
    }
    if (lineStart && (mode === 'mdx' || mode === 'md') && /^[ \t]*(```|~~~)/.test(body.slice(i, i + 40))) {
      const fence = /^[ \t]*(```+|~~~+)/.exec(body.slice(i))[1];
      const close = body.indexOf('\n' + fence, i + 3);
      let e = close < 0 ? body.length : body.indexOf('\n', close + 1);
      e = e < 0 ? body.length : e;
      keep(body.slice(i, e), true);
      i = e;
      continue;
    }
    if (c === '\n') {
      text += c;
      i++;
      lineStart = true;
      continue;
    }
    if (!(c === ' ' || c === '\t')) lineStart = false;
    if (body.startsWith('<!--', i)) {
      const e = body.indexOf('-->', i);
      const end = e < 0 ? body.length : e + 3;
      keep(body.slice(i, end), true);
      i = end;
      continue;
    }
    if (c === '`' && mode !== 'astro') {
      const m = /^(`+)[\s\S]*?[^`]\1(?!`)/.exec(body.slice(i));
      if (m) {
        keep(m[0], true);
        i += m[0].length;
        continue;
      }
    }
    if (c === '<' && /^<[a-z]+:\/\//i.test(rest)) {
      const e = body.indexOf('>', i);
      keep(body.slice(i, e + 1), true);
      i = e + 1;
      continue;
    }
    if (c === '<' && /^<(\/?[A-Za-z]|>|\/>)/.test(rest)) {
      const tag = scanTag(body, i);
      if (!tag) {
        text += c;
        i++;
        continue;
      }
      const name = /^<\/?([A-Za-z][\w.:-]*)/.exec(body.slice(i))?.[1]?.toLowerCase() ?? '';
      let out = '';
      let at = i;
      for (const a of tag.attrs) {
        const raw = body.slice(a.start, a.end);
        out += body.slice(at, a.start);
        if (a.expr) out += mode === 'astro' ? convertExpr(raw) : raw;
        else out += HAN.test(raw) && !/^(?:href|src|id|class|style|slot|name|type|lang)$/.test(a.name) ? convertText(raw, stats) : raw;
        at = a.end;
      }
      out += body.slice(at, tag.end);
      let end = tag.end;
      // <script> / <style> contents: scripts convert as scripts (astro), styles never.
      if ((name === 'script' || name === 'style') && !body.slice(i, tag.end).endsWith('/>') && body[i + 1] !== '/') {
        const close = body.indexOf(`</${name}`, tag.end);
        const cEnd = close < 0 ? body.length : close;
        const inner = body.slice(tag.end, cEnd);
        out += name === 'script' && mode === 'astro' && !/type=["']?(application\/ld\+json|text\/template)/.test(body.slice(i, tag.end)) ? convertScript(inner, { tsx: false, stats }) : inner;
        end = cEnd;
      }
      keep(body.slice(i, end), false, out);
      i = end;
      continue;
    }
    if (c === '{' && mode === 'md') {
      const m = /^\{#[\w-]+\}/.exec(body.slice(i));
      if (m) keep(m[0], true);
      else text += c;
      i += m ? m[0].length : 1;
      continue;
    }
    if (c === '{') {
      const e = matchBrace(body, i);
      if (e < 0) {
        text += c;
        i++;
        continue;
      }
      const raw = body.slice(i, e);
      if (mode === 'astro') keep(raw, false, '{' + convertExpr(raw.slice(1, -1)) + '}');
      else keep(raw, /^\{\s*\/\*/.test(raw) || /^\{#/.test(raw)); // comments and heading ids stop context
      i = e;
      continue;
    }
    text += c;
    i++;
  }
  flushText();
  return convertParts(parts, stats);
}

// ---------------------------------------------------------------------------------------------
// Files

function splitFrontmatter(text) {
  const m = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(text);
  if (!m) return null;
  return { head: '---\n', fm: m[1] ?? '', mid: '---' + m[2], body: text.slice(m[0].length) };
}

/** Convert a file's text by its kind (from the file name). Returns the new text. */
export function convertFile(file, text, stats = newStats()) {
  if (/typography-ignore-file/.test(text)) return text;
  const ext = path.extname(file);
  const test = /(^|\/)test\//.test(file.replace(/\\/g, '/'));
  if (ext === '.yaml' || ext === '.yml') return convertYaml(text, stats);
  if (ext === '.mdx' || ext === '.md') {
    const parts = splitFrontmatter(text);
    const mode = ext === '.mdx' ? 'mdx' : 'md';
    if (!parts) return convertMarkup(text, { mode, stats });
    return parts.head + convertYaml(parts.fm, stats) + parts.mid + convertMarkup(parts.body, { mode, stats });
  }
  if (ext === '.astro') {
    const parts = splitFrontmatter(text);
    if (!parts) return convertMarkup(text, { mode: 'astro', stats });
    return parts.head + convertScript(parts.fm, { tsx: false, test, stats }) + parts.mid + convertMarkup(parts.body, { mode: 'astro', stats });
  }
  if (['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx'].includes(ext)) {
    if (file.endsWith('.d.ts')) return text;
    return convertScript(text, { tsx: ext === '.tsx' || ext === '.jsx', test, fileName: file, stats });
  }
  return text;
}

const EXTENSIONS = new Set(['.mdx', '.md', '.yaml', '.yml', '.astro', '.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx']);
const DEFAULT_ROOTS = ['src', 'test', 'scripts'];
const EXCLUDED = [/(^|\/)test\/fixtures\//, /(^|\/)src\/styles\//, /(^|\/)node_modules\//, /\.d\.ts$/];

export function listFiles(roots, cwd = process.cwd()) {
  const out = [];
  const walk = (p) => {
    const full = path.resolve(cwd, p);
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) walk(path.join(p, name));
    } else if (EXTENSIONS.has(path.extname(p)) && !EXCLUDED.some((re) => re.test(p.replace(/\\/g, '/')))) out.push(p);
  };
  for (const r of roots) walk(r);
  return out;
}

function kindOf(file) {
  const f = file.replace(/\\/g, '/');
  if (f.startsWith('test/')) return 'test';
  if (f.startsWith('scripts/')) return 'scripts';
  if (f.startsWith('src/content/')) {
    if (f.endsWith('.mdx')) return 'module (mdx)';
    if (f.endsWith('.md')) return 'case (md)';
    return 'content yaml';
  }
  if (f.startsWith('src/lib/')) return 'src/lib';
  return 'ui (' + path.extname(f).slice(1) + ')';
}

/** Line-level differences, for --check output. */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [];
  if (a.length !== b.length) return [{ line: 0, before: `(${a.length} lines)`, after: `(${b.length} lines)` }];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push({ line: i + 1, before: a[i], after: b[i] });
  return out;
}

function main(argv) {
  const write = argv.includes('--write');
  const check = argv.includes('--check') || !write;
  const verbose = argv.includes('--verbose');
  const roots = argv.filter((a) => !a.startsWith('--'));
  const files = listFiles(roots.length ? roots : DEFAULT_ROOTS);
  const total = newStats();
  const byKind = new Map();
  let changedFiles = 0;
  let failed = 0;
  let notes = 0;
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const stats = newStats();
    let after;
    try {
      after = convertFile(file, before, stats);
      if (after !== before && fold(after) !== fold(before)) throw new Error('changed more than punctuation and spaces');
      if (after !== before && convertFile(file, after, newStats()) !== after) throw new Error('second run would change it again');
    } catch (e) {
      console.error(`${file}: ${e.message} (left as it is)`);
      failed++;
      continue;
    }
    notes += stats.notes.length;
    if (after === before) {
      if (verbose) for (const n of stats.notes) console.log(`${file}:${n.split(':')[0]}（留给人工）${n.slice(n.indexOf(':') + 1)}`);
      continue;
    }
    changedFiles++;
    const marks = Object.entries(stats).filter(([k]) => k !== 'spaces').reduce((n, [, v]) => n + v, 0);
    for (const [k, v] of Object.entries(stats)) total[k] += v;
    const kind = kindOf(file);
    const agg = byKind.get(kind) ?? { files: 0, marks: 0 };
    agg.files++;
    agg.marks += marks;
    byKind.set(kind, agg);
    const lines = changedLines(before, after);
    console.log(`${file}: ${marks} 处（${lines.length} 行）`);
    if (verbose) for (const n of stats.notes) console.log(`  （留给人工）${n}`);
    if (check || verbose) for (const l of lines.slice(0, verbose ? Infinity : 3)) console.log(`  ${l.line}: ${l.after.trim().slice(0, 120)}`);
    if (write) writeFileSync(file, after);
  }
  const summary = Object.entries(total).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`\n${write ? '已转换' : '需要转换'}：${changedFiles} 个文件（共检查 ${files.length} 个）；${summary}`);
  for (const [kind, { files: f, marks }] of [...byKind].sort()) console.log(`  ${kind}: ${f} 个文件，${marks} 处`);
  if (notes) console.log(`${notes} 处按原样保留，留给人工判断（像数据的字符串、测试里的反例、排版规则的测试文件）${verbose ? '' : '；--verbose 列出'}。`);
  if (failed) {
    console.error(`${failed} 个文件无法安全转换，已原样保留`);
    process.exitCode = 2;
  } else if (check && !write && changedFiles) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  // Without paths: the repository's src/ and test/, wherever it is run from.
  if (!args.some((a) => !a.startsWith('--'))) process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  main(args);
}
