/**
 * Where a learner sees an error. A rule across fields (期末 − 新增 ≤ 期初) records its error on one
 * field, but the learner who just typed 期初人数 = 12 is looking at 期初人数: the message must
 * appear there, not on 期末人数, and the summary must name the field being edited.
 *
 * Rule: while the learner edits field E, an error recorded on another field F moves to E when
 * E's edit caused it — that is, with E's value from before this edit the calculator has no error
 * on F. E's own errors always stay on E, and an error the edit did not cause stays where it is.
 */
import { evaluate } from './fields';
import type { FieldError } from '../result';
import type { CalculatorSpec, RawValues } from './types';

export interface Edit {
  /** The field being edited. */
  field: string;
  /** Its raw value when the learner started editing it. */
  before: string;
}

export function placeErrors(spec: CalculatorSpec<unknown>, raw: RawValues, errors: readonly FieldError[], edit: Edit | undefined): FieldError[] {
  if (!edit || errors.length === 0) return [...errors];
  const own = errors.some((e) => e.field === edit.field);
  const others = errors.filter((e) => e.field !== edit.field);
  if (own || others.length === 0) return [...errors];
  const baseline = evaluate(spec, { ...raw, [edit.field]: edit.before });
  const baselineFields = new Set(baseline.ok ? [] : baseline.errors.map((e) => e.field));
  let moved = false;
  return errors.map((e) => {
    if (moved || e.field === edit.field || baselineFields.has(e.field)) return e;
    moved = true;
    return { field: edit.field, message: e.message };
  });
}
