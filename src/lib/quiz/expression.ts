/**
 * The arithmetic a generated-exercise template may write to derive one value from others
 * (`start - lost + added`, `margin / churn`): numbers, names, + − × ÷, unary minus and
 * parentheses. Nothing else — no functions, no member access — so a template is data, and
 * parsing it can never run code.
 *
 * Grammar (precedence climbing):
 *   expr   := term (('+' | '-') term)*
 *   term   := unary (('*' | '/') unary)*
 *   unary  := '-' unary | atom
 *   atom   := number | name | '(' expr ')'
 */
import { fail, fieldError, ok, type Result } from '../result';

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'name'; name: string }
  | { op: 'neg'; arg: Expr }
  | { op: '+' | '-' | '*' | '/'; left: Expr; right: Expr };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9]*)|(\S))/y;

/** Longest expression accepted (templates are short). */
const MAX_LENGTH = 200;

/** Parse an expression; a malformed one returns a Chinese message naming the problem. */
export function parseExpression(source: string): Result<Expr, 'expression'> {
  const bad = (message: string) => fail([fieldError('expression' as const, `表达式“${source.slice(0, 60)}”${message}`)]);
  if (source.length > MAX_LENGTH) return bad('太长');
  const tokens: string[] = [];
  let pos = 0;
  for (;;) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(source);
    // No match: only whitespace is left.
    if (!m) break;
    pos = TOKEN.lastIndex;
    const other = m[3];
    if (other !== undefined && !'+-*/()'.includes(other)) return bad(`含有不支持的字符“${other}”（只能使用数字、名称、+ - * / 和括号）`);
    tokens.push((m[1] ?? m[2] ?? other) as string);
  }
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const atom = (): Expr | string => {
    const t = take();
    if (t === undefined) return '不完整';
    if (t === '(') {
      const e = expr();
      if (typeof e === 'string') return e;
      if (take() !== ')') return '缺少右括号';
      return e;
    }
    if (/^\d/.test(t)) return { op: 'num', value: Number(t) };
    if (/^[A-Za-z]/.test(t)) return { op: 'name', name: t };
    return `在“${t}”处无法解析`;
  };
  const unary = (): Expr | string => {
    if (peek() === '-') {
      take();
      const arg = unary();
      return typeof arg === 'string' ? arg : { op: 'neg', arg };
    }
    return atom();
  };
  const binary = (next: () => Expr | string, ops: readonly string[]) => (): Expr | string => {
    let left = next();
    while (typeof left !== 'string' && ops.includes(peek() ?? '')) {
      const op = take() as '+' | '-' | '*' | '/';
      const right = next();
      if (typeof right === 'string') return right;
      left = { op, left, right };
    }
    return left;
  };
  const term = binary(unary, ['*', '/']);
  const expr = binary(term, ['+', '-']);
  if (tokens.length === 0) return bad('是空的');
  const e = expr();
  if (typeof e === 'string') return bad(e);
  if (i < tokens.length) return bad(`在“${tokens[i]}”处多出内容`);
  return ok(e);
}

/** The names an expression reads, in first-use order. */
export function namesIn(e: Expr): string[] {
  const out: string[] = [];
  const walk = (x: Expr) => {
    if (x.op === 'name') {
      if (!out.includes(x.name)) out.push(x.name);
    } else if (x.op === 'neg') walk(x.arg);
    else if (x.op !== 'num') {
      walk(x.left);
      walk(x.right);
    }
  };
  walk(e);
  return out;
}

/**
 * Evaluate with the given values. An unknown name, a division by zero or a result that is not
 * finite is an error (a template must never produce one).
 */
export function evaluate(e: Expr, values: ReadonlyMap<string, number>): Result<number, 'expression'> {
  const bad = (message: string) => fail([fieldError('expression' as const, message)]);
  const walk = (x: Expr): number | string => {
    switch (x.op) {
      case 'num':
        return x.value;
      case 'name': {
        const v = values.get(x.name);
        return v === undefined ? `未知的名称“${x.name}”` : v;
      }
      case 'neg': {
        const v = walk(x.arg);
        return typeof v === 'string' ? v : -v;
      }
      default: {
        const a = walk(x.left);
        if (typeof a === 'string') return a;
        const b = walk(x.right);
        if (typeof b === 'string') return b;
        if (x.op === '/' && b === 0) return '除数为 0';
        return x.op === '+' ? a + b : x.op === '-' ? a - b : x.op === '*' ? a * b : a / b;
      }
    }
  };
  const v = walk(e);
  if (typeof v === 'string') return bad(v);
  return Number.isFinite(v) ? ok(v) : bad('结果不是有限的数字');
}
