/**
 * A number typed the way learners type it (`8,000`, `1.5万`, full-width digits): a text input
 * read by the course's one number parser (src/lib/validate.ts `readNumber`) and checked against
 * the simulator's one home of bounds. What the learner typed stays in the box while it is
 * incomplete or invalid (with the message beside it); only a valid number reaches the scenario.
 */
import { useEffect, useState } from 'preact/hooks';
import { readNumber } from '../../lib/validate';
import { boundMessage, withinBound, type BoundName } from '../../lib/simulator/bounds';

interface Props {
  id: string;
  label: string;
  value: number;
  onValue: (v: number) => void;
  bound: BoundName;
  size?: number;
  /** data-* attributes for tests and styling. */
  data?: Record<string, string>;
  /** Show the label visibly (otherwise it is the input's accessible name only). */
  visibleLabel?: boolean;
}

function shown(v: number): string {
  return Number.isFinite(v) ? String(v) : '';
}

export default function NumberField({ id, label, value, onValue, bound, size = 8, data = {}, visibleLabel = false }: Props) {
  const [raw, setRaw] = useState(shown(value));
  const [error, setError] = useState<string | null>(null);
  // A value set from outside (URL, reset, another control) replaces what is shown.
  useEffect(() => {
    const r = readNumber(raw);
    if (!(r.kind === 'number' && r.value === value)) {
      setRaw(shown(value));
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a value from outside replaces the text; typing must not
  }, [value]);
  const onInput = (text: string) => {
    setRaw(text);
    const r = readNumber(text);
    if (r.kind === 'empty') return setError('请填写一个数。');
    if (r.kind === 'invalid') return setError('请填写数字，如 8,000、1.5万。');
    if (!withinBound(bound, r.value)) return setError(`${boundMessage(bound)}。`);
    setError(null);
    if (r.value !== value) onValue(r.value);
  };
  const dataAttrs = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  const input = (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      size={size}
      value={raw}
      aria-label={visibleLabel ? undefined : label}
      aria-invalid={error !== null ? 'true' : undefined}
      aria-describedby={error !== null ? `${id}-error` : undefined}
      onInput={(e) => onInput(e.currentTarget.value)}
      {...dataAttrs}
    />
  );
  return (
    <span class="sim-number">
      {visibleLabel ? (
        <label for={id}>
          {label}
          {input}
        </label>
      ) : (
        input
      )}
      {error !== null && (
        <span class="sim-field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
