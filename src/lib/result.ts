/**
 * The one shape every computation in src/lib returns, so that every caller handles errors
 * the same way: either a value, or a list of field errors with Chinese messages. Functions
 * never throw for bad input and never return NaN or Infinity.
 */
export interface FieldError<F extends string = string> {
  /** The input field at fault (a calculator's URL parameter name, or a path such as `rows.3`). */
  field: F;
  /** What is wrong, in Simplified Chinese, ready to show next to the field. */
  message: string;
}

export type Result<T, F extends string = string> =
  | { ok: true; value: T }
  | { ok: false; errors: FieldError<F>[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<F extends string>(errors: FieldError<F>[]): { ok: false; errors: FieldError<F>[] } {
  return { ok: false, errors };
}

export function fieldError<F extends string>(field: F, message: string): FieldError<F> {
  return { field, message };
}
