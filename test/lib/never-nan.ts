/**
 * "Never NaN, Infinity or a throw, for any numbers" as a property that reaches its assertions.
 *
 * Raw `fc.double()` inputs almost never form a valid input (three independent doubles are all
 * in range well under 1 % of the time), so `if (r.ok) expect(finite)` was almost never run
 * (code review 2026-12, #7). Here the inputs are a mix: valid by construction most of the time,
 * arbitrary doubles (NaN, ±Infinity, −0, huge, tiny) the rest. Every run asserts something —
 * an ok result has only finite numbers, an error result has at least one Chinese message — and
 * the property fails unless enough runs reached a computed result.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Result } from '../../src/lib/result';

/** Every number in a value (nested objects and arrays); strings, booleans and nulls skipped. */
function numbersIn(value: unknown, path = 'value'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/** Valid inputs (weight 3) or any doubles (weight 1). */
export function validOrAny<T>(valid: fc.Arbitrary<T>, any: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: any });
}

export function assertNeverNaN<T>(inputs: fc.Arbitrary<T>, compute: (input: T) => Result<unknown>, minOkShare = 0.5): void {
  let runs = 0;
  let computed = 0;
  let errors = 0;
  fc.assert(
    fc.property(inputs, (input) => {
      runs++;
      const r = compute(input);
      if (r.ok) {
        computed++;
        for (const [path, v] of numbersIn(r.value)) expect(Number.isFinite(v), `${path} = ${v} for ${JSON.stringify(input)}`).toBe(true);
      } else {
        errors++;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expect(e.message).toMatch(/\p{Script=Han}/u);
      }
    }),
    { numRuns: 300 },
  );
  expect(computed / runs, `runs that reached the finite check: ${computed} of ${runs}`).toBeGreaterThanOrEqual(minOkShare);
  expect(errors, 'runs that reached the error check').toBeGreaterThan(0);
}
