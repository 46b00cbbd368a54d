/**
 * The one calculator frame: renders any declaration from src/lib/calculators — labelled inputs
 * with units and inline errors, results in <output data-metric> inside a polite live region,
 * the working with the user's numbers, a reading sentence, URL sync, reset and copy link.
 *
 * Server-rendered with the example values (so the page has content before JS); on hydration
 * the query string is read and the inputs restored. Nothing from the URL is ever rendered as
 * HTML: values go into inputs, and the notice of ignored parameters is text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CalculatorSpec, FieldSpec, Parsed } from '../../lib/calculators/types';
import type { ChartData } from '../../lib/charts/types';
import { acceptsRaw, canonicalRaw, evaluate, exampleValues, fieldWarnings, inactiveNotices, isActive, isOn, parseFields } from '../../lib/calculators/fields';
import { placeErrors, type Edit } from '../../lib/calculators/error-placement';
import { toMathML } from '../../lib/calculators/formula';
import { EMPTY } from '../../lib/format';
import { clearState, describeIgnored, paramName, readState, writeState } from '../../lib/url-state';
import type { ComponentType } from 'preact';
import type { ChartFigureProps } from './ChartFigure';
import './calculator.css';
import DataTable from '../shared/DataTable';

export interface EmbedProps {
  /** Instance name: the URL prefix on module pages; defaults to the calculator id. */
  instance?: string;
  /** Example values for this embed (field → value, percentages as percentages). */
  values?: Record<string, string | number | boolean>;
  /** Standalone /tools/<id>/ page: bare parameter names, no title (the page has its h1). */
  standalone?: boolean;
  /**
   * Read and write the page's query string (default true). False on slides (/present/<slug>/):
   * the example values are used and typing never touches the deck's URL.
   */
  syncUrl?: boolean;
  /**
   * The frame element (default 'section'). 'div' with role="region" on slides, where reveal.js
   * takes every <section> for a slide.
   */
  frame?: 'section' | 'div';
}

interface Props extends EmbedProps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: CalculatorSpec<any>;
  /** The figure for the spec's chart (chartFigure(kind, layout)); only islands with a chart load one. */
  Chart?: ComponentType<ChartFigureProps>;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'fallback'; url: string };

export default function CalculatorShell({ spec, Chart, instance, values, standalone = false, syncUrl = true, frame = 'section' }: Props) {
  const name = instance ?? spec.id;
  const prefix = standalone ? null : name;
  const defaults = useMemo(() => exampleValues(spec, values ?? {}), [spec, values]);
  const [raw, setRaw] = useState<Record<string, string>>(defaults);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const fallbackRef = useRef<HTMLInputElement>(null);
  /** The field being edited and its value before this edit (see error-placement.ts). */
  const edit = useRef<Edit | undefined>(undefined);
  /** The last chart drawn from valid inputs, kept (marked stale) while the inputs are invalid. */
  const lastChart = useRef<{ data: ChartData; key: string } | undefined>(undefined);
  const stateFields = useMemo(() => spec.fields.map((f) => ({ name: f.name, accepts: (r: string) => acceptsRaw(f, r), canonical: (r: string) => canonicalRaw(f, r) })), [spec]);

  useEffect(() => {
    if (!syncUrl) return;
    const read = readState(new URLSearchParams(window.location.search), stateFields, prefix);
    const param = (field: string) => paramName(field, prefix);
    const legacy = spec.urlCodec?.read(spec.fields, read.values, param) ?? { values: read.values, notices: [] };
    const next = { ...raw, ...legacy.values };
    if (Object.keys(read.values).length > 0) setRaw(next);
    const labelOf = (field: string) => spec.fields.find((f) => f.name === field)?.label;
    setIgnored([...describeIgnored(read.ignored, labelOf), ...inactiveNotices(spec.fields, read.values, next, param), ...legacy.notices]);
    // Read once, on hydration: later changes come from the learner, who writes the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose: a mount-time read
  }, []);

  useEffect(() => {
    if (copy.kind === 'fallback') fallbackRef.current?.select();
  }, [copy]);

  const result = evaluate(spec, raw);
  const placed = result.ok ? [] : placeErrors(spec, raw, result.errors, edit.current);
  const errors = new Map<string, string>();
  for (const e of placed) if (!errors.has(e.field)) errors.set(e.field, e.message);
  const fieldNames = new Set(spec.fields.map((f) => f.name));
  const otherErrors = placed.filter((e) => !fieldNames.has(e.field));
  const parsed: Parsed = result.ok ? (result.parsed ?? {}) : {};
  // Implausible values are flagged even when the computation fails (a salary in 元 against a
  // P25 in 万元 fails a rule; the warning says why).
  const readable = result.ok ? undefined : parseFields(spec.fields, raw);
  const warnings = new Map<string, string>();
  for (const w of fieldWarnings(spec, result.ok ? parsed : readable?.ok ? readable.value : {})) if (!warnings.has(w.field)) warnings.set(w.field, w.message);
  const chart = spec.chart && result.ok ? spec.chart(result.value, parsed) : undefined;
  if (chart) {
    const key = JSON.stringify(chart);
    if (lastChart.current?.key !== key) lastChart.current = { data: chart, key };
  }
  const shownChart = spec.chart ? lastChart.current : undefined;

  const replaceUrl = (params: URLSearchParams) => {
    if (!syncUrl) return;
    const q = params.toString();
    history.replaceState(history.state, '', `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`);
  };

  const urlValues = (values: Record<string, string>) => spec.urlCodec?.write(spec.fields, values) ?? values;
  /** The query string with this calculator's state: fields that apply now, nothing else of ours. */
  const withState = (values: Record<string, string>) =>
    writeState(clearState(new URLSearchParams(window.location.search), spec.fields, prefix), urlValues(values), spec.fields.filter((f) => isActive(f, values)), prefix);

  const update = (field: string, value: string) => {
    if (edit.current?.field !== field) edit.current = { field, before: raw[field] ?? '' };
    const next = { ...raw, [field]: value };
    setRaw(next);
    setCopy({ kind: 'idle' });
    replaceUrl(withState(next));
  };

  const reset = () => {
    edit.current = undefined;
    setRaw(defaults);
    setCopy({ kind: 'idle' });
    replaceUrl(clearState(new URLSearchParams(window.location.search), spec.fields, prefix));
  };

  const copyLink = async () => {
    const params = withState(raw);
    const url = `${window.location.origin}${window.location.pathname}?${params.toString()}${standalone ? '' : `#calc-${name}`}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopy({ kind: 'copied' });
    } catch {
      setCopy({ kind: 'fallback', url });
    }
  };

  const id = (suffix: string) => `calc-${name}-${suffix}`;
  const Frame = frame;
  const missing = result.ok
    ? ''
    : `还不能计算：请先修正${[...errors.keys()]
        .map((f) => spec.fields.find((x) => x.name === f)?.label)
        .filter((l): l is string => !!l)
        .map((l) => `“${l}”`)
        .join('、') || '输入'}。`;
  const warned = [...warnings.keys()].map((f) => spec.fields.find((x) => x.name === f)?.label).filter((l): l is string => !!l);
  // "在独立页面打开" carries the numbers on screen (the server renders the example values).
  const standaloneQuery = new URLSearchParams(Object.entries(urlValues(raw)).filter(([k]) => spec.fields.some((f) => f.name === k && isActive(f, raw)))).toString();
  const standaloneHref = `/tools/${spec.id}/${standaloneQuery ? `?${standaloneQuery}` : ''}`;

  return (
    <Frame role={frame === 'div' ? 'region' : undefined} class="calc" id={`calc-${name}`} aria-labelledby={standalone ? undefined : id('title')} aria-label={standalone ? spec.title : undefined} data-calculator={spec.id} data-instance={name}>
      {!standalone && (
        <h3 class="calc-title" id={id('title')}>
          {spec.title}
        </h3>
      )}
      {ignored.length > 0 && (
        <div class="calc-notice" role="status" data-calc-notice>
          <p>链接中有参数未按原样使用：</p>
          <ul>
            {ignored.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <div class="calc-fields">
          {spec.fields.filter((f) => isActive(f, raw)).map((f) => (
            <Field field={f} inputId={id(f.name)} value={raw[f.name] ?? ''} error={errors.get(f.name)} warning={warnings.get(f.name)} onInput={update} />
          ))}
        </div>
        <div class="calc-actions">
          <button type="button" class="button secondary" onClick={reset} data-calc-reset>
            重置为示例
          </button>
          <button type="button" class="button secondary" onClick={copyLink} data-calc-copy>
            复制链接
          </button>
          {spec.printable && (
            <button type="button" class="button secondary" onClick={() => window.print()}>
              打印
            </button>
          )}
          <span role="status" class="calc-copy-status">
            {copy.kind === 'copied' ? '已复制链接' : copy.kind === 'fallback' ? '无法访问剪贴板，请手动复制下面的链接' : ''}
          </span>
        </div>
        {copy.kind === 'fallback' && (
          <p class="calc-fallback">
            <label for={id('link')}>本计算器的链接</label>
            <input id={id('link')} ref={fallbackRef} type="text" readOnly value={copy.url} data-calc-link onFocus={(e) => e.currentTarget.select()} />
          </p>
        )}
      </form>
      <div class="calc-results" aria-live="polite" data-ok={result.ok ? 'true' : 'false'}>
        <div class="calc-metrics">
          {spec.metrics.map((m) => (
            <div class={m.secondary ? 'calc-metric secondary' : 'calc-metric'}>
              <span class="calc-metric-label" id={id(`m-${m.id}`)}>
                {m.label}
              </span>
              <output data-metric={m.id} aria-labelledby={id(`m-${m.id}`)} for={spec.fields.filter((f) => isActive(f, raw)).map((f) => id(f.name)).join(' ')}>
                {result.ok ? m.format(result.value, parsed) : EMPTY}
              </output>
              {m.note && <span class="calc-metric-note">{m.note}</span>}
            </div>
          ))}
        </div>
        {result.ok ? (
          <>
            {warned.length > 0 && (
              <p class="calc-warning-summary" data-calc-warning-summary>
                请核对{warned.map((l) => `“${l}”`).join('、')}：数值看起来不太合理，结果可能失真。
              </p>
            )}
            <p class="calc-reading" data-calc-reading>
              {spec.reading(result.value, parsed)}
            </p>
          </>
        ) : (
          <div class="calc-missing" data-calc-missing>
            <p>{missing}</p>
            {otherErrors.length > 0 && (
              <ul>
                {otherErrors.map((e) => (
                  <li>{e.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <details class="calc-working" open>
        <summary>显示计算过程</summary>
        {result.ok ? (
          <div class="calc-math" data-calc-working data-scroll-label={`${spec.title}：计算过程（可左右滚动）`}>
            {spec.working(result.value, parsed).map((line) => (
              <div class="calc-math-line" dangerouslySetInnerHTML={{ __html: toMathML(line) }} />
            ))}
          </div>
        ) : (
          <p>输入有效后，这里会用你的数字代入公式。</p>
        )}
      </details>
      {spec.table && result.ok && <ResultTable {...spec.table(result.value, parsed)} />}
      {shownChart && Chart && <Chart data={shownChart.data} dataKey={shownChart.key} stale={!result.ok} />}
      {!standalone && (
        <p class="calc-standalone-link">
          <a href={standaloneHref} data-calc-standalone>
            在独立页面打开“{spec.title}”
          </a>
        </p>
      )}
    </Frame>
  );
}

interface FieldProps {
  field: FieldSpec;
  inputId: string;
  value: string;
  error: string | undefined;
  /** A plausibility warning (the value is used, but looks like a slip of unit). */
  warning: string | undefined;
  onInput: (field: string, value: string) => void;
}

function Field({ field, inputId, value, error, warning, onInput }: FieldProps) {
  const described = [field.unit ? `${inputId}-unit` : '', field.hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : '', warning && !error ? `${inputId}-warning` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id: inputId,
    name: field.name,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  const handle = (e: Event) => onInput(field.name, (e.currentTarget as HTMLInputElement | HTMLSelectElement).value);
  if (field.kind === 'boolean') {
    // The same parser as the calculation: what the box shows is what is counted.
    const on = isOn(value);
    return (
      <div class={error ? 'calc-field calc-check invalid' : 'calc-field calc-check'}>
        <input
          {...common}
          type="checkbox"
          checked={on}
          onChange={(e) => onInput(field.name, (e.currentTarget as HTMLInputElement).checked ? '1' : '0')}
        />
        <label for={inputId}>{field.label}</label>
        {error && (
          <p class="calc-error" id={`${inputId}-error`} data-calc-error={field.name}>
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div class={error ? 'calc-field invalid' : warning ? 'calc-field doubtful' : 'calc-field'}>
      <label for={inputId}>
        {field.label}
        {field.optional ? '（选填）' : ''}
      </label>
      <div class="calc-input">
        {field.kind === 'choice' ? (
          <select {...common} value={value} onChange={handle}>
            {(field.choices ?? []).map((c) => (
              <option value={c.value}>{c.label}</option>
            ))}
          </select>
        ) : field.kind === 'date' ? (
          <input {...common} type="date" value={value} onInput={handle} />
        ) : (
          <input {...common} type="text" inputMode="decimal" autoComplete="off" spellcheck={false} value={value} onInput={handle} />
        )}
        {field.unit && (
          <span class="calc-unit" id={`${inputId}-unit`}>
            {field.unit}
          </span>
        )}
      </div>
      {field.hint && (
        <p class="calc-hint" id={`${inputId}-hint`}>
          {field.hint}
        </p>
      )}
      {error && (
        <p class="calc-error" id={`${inputId}-error`} data-calc-error={field.name}>
          {error}
        </p>
      )}
      {warning && !error && (
        <p class="calc-warning" id={`${inputId}-warning`} data-calc-warning={field.name}>
          {warning}
        </p>
      )}
    </div>
  );
}

function ResultTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <div class="calc-table-wrap">
      <DataTable class="calc-table" data-calc-table caption={caption} head={head} rows={rows} />
    </div>
  );
}
