/**
 * Formulas as data, rendered to MathML at build time (the /tools/ pages) and in the island (the
 * working, with the user's numbers substituted), so no math library ships to the browser.
 *
 * A formula is an expression tree: text (Chinese variable names), numbers (already formatted),
 * operators, fractions, powers and rows. Every string is escaped when rendered.
 */
export type Expr =
  | { t: 'text'; s: string }
  | { t: 'num'; s: string }
  | { t: 'op'; s: string }
  | { t: 'frac'; num: Expr; den: Expr }
  | { t: 'sup'; base: Expr; exp: Expr }
  | { t: 'row'; items: Expr[] }
  | { t: 'paren'; inner: Expr };

/** A variable or word (mtext). */
export const tx = (s: string): Expr => ({ t: 'text', s });
/** A number, already formatted for reading ("1,050", "7.5%", "¥2,400"). */
export const nm = (s: string): Expr => ({ t: 'num', s });
/** An operator: =, +, −, ×, ÷, ≈. */
export const op = (s: string): Expr => ({ t: 'op', s });
export const frac = (num: Expr, den: Expr): Expr => ({ t: 'frac', num, den });
export const sup = (base: Expr, exp: Expr): Expr => ({ t: 'sup', base, exp });
export const row = (...items: Expr[]): Expr => ({ t: 'row', items });
export const paren = (...items: Expr[]): Expr => ({ t: 'paren', inner: items.length === 1 ? items[0]! : row(...items) });
/** `lhs = rhs₁ = rhs₂ …` */
export const eq = (...sides: Expr[]): Expr => row(...sides.flatMap((s, i) => (i === 0 ? [s] : [op('='), s])));

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML/MathML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function inner(e: Expr): string {
  switch (e.t) {
    case 'text':
      return `<mtext>${escapeHtml(e.s)}</mtext>`;
    case 'num':
      return `<mn>${escapeHtml(e.s)}</mn>`;
    case 'op':
      return `<mo>${escapeHtml(e.s)}</mo>`;
    case 'frac':
      return `<mfrac><mrow>${inner(e.num)}</mrow><mrow>${inner(e.den)}</mrow></mfrac>`;
    case 'sup':
      return `<msup><mrow>${inner(e.base)}</mrow><mrow>${inner(e.exp)}</mrow></msup>`;
    case 'row':
      return `<mrow>${e.items.map(inner).join('')}</mrow>`;
    case 'paren':
      return `<mrow><mo>(</mo>${inner(e.inner)}<mo>)</mo></mrow>`;
  }
}

/**
 * The expression as a MathML <math> element. Inline (not display="block", which Chromium
 * centres and so clips on narrow screens); the page's CSS sets `math-style: normal` so that
 * fractions keep full size, and scrolls a line sideways when it is wider than the screen.
 */
export function toMathML(e: Expr): string {
  return `<math>${inner(e)}</math>`;
}

/** The expression as plain text ("留存率 = (期末 − 新增) / 期初"), for copying and tests. */
export function toText(e: Expr): string {
  switch (e.t) {
    case 'text':
    case 'num':
      return e.s;
    case 'op':
      return ` ${e.s} `;
    case 'frac': {
      const wrap = (x: Expr) => (x.t === 'row' ? `(${toText(x)})` : toText(x));
      return `${wrap(e.num)} / ${wrap(e.den)}`;
    }
    case 'sup':
      return `${toText(e.base)}^${toText(e.exp)}`;
    case 'row':
      return e.items.map(toText).join('').replace(/\s+/g, ' ').trim();
    case 'paren':
      return `(${toText(e.inner)})`;
  }
}
