import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALCULATOR_IDS, calculators, getCalculator, isPlannedId } from '../../../src/lib/calculators';
import { acceptsRaw, evaluate, exampleValues, isActive } from '../../../src/lib/calculators/fields';
import { toMathML, toText } from '../../../src/lib/calculators/formula';
import { TOPICS, type CalculatorSpec, type RawValues } from '../../../src/lib/calculators/types';
import { layoutChart } from '../../../src/lib/charts';

const BAD = /NaN|Infinity|undefined|null|\[object/;

/** Everything a calculator shows for some input, as text. */
function shown(spec: CalculatorSpec<unknown>, raw: RawValues): { ok: boolean; text: string[]; errorFields: string[] } {
  const r = evaluate(spec, raw);
  if (!r.ok) return { ok: false, text: r.errors.map((e) => e.message), errorFields: r.errors.map((e) => e.field) };
  const parsed = r.parsed ?? {};
  const text = [
    ...spec.metrics.map((m) => m.format(r.value, parsed)),
    ...spec.working(r.value, parsed).map(toText),
    ...spec.working(r.value, parsed).map(toMathML),
    spec.reading(r.value, parsed),
  ];
  if (spec.chart) {
    const c = spec.chart(r.value, parsed);
    // The chart's data and every number and label of its layout, at a phone's and a desktop's width.
    text.push(c.title, c.summary, ...c.table.rows.flat(), JSON.stringify(c));
    for (const width of [320, 640]) {
      const scene = layoutChart(c, width);
      text.push(JSON.stringify(scene.marks), ...scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : [])));
    }
  }
  if (spec.table) {
    const t = spec.table(r.value, parsed);
    text.push(t.caption, ...t.rows.flat());
  }
  return { ok: true, text, errorFields: [] };
}

describe('the registry', () => {
  it('declares every promised id exactly once, in order', () => {
    expect(calculators.map((c) => c.id)).toEqual([...CALCULATOR_IDS]);
    for (const id of CALCULATOR_IDS) {
      expect(isPlannedId(id)).toBe(true);
      expect(getCalculator(id)?.id).toBe(id);
    }
    expect(isPlannedId('nope')).toBe(false);
    expect(getCalculator('nope')).toBeUndefined();
  });

  it('uses URL-safe, unique field names and metric ids', () => {
    const metricIds = new Set<string>();
    for (const spec of calculators) {
      expect(spec.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(TOPICS.some((t) => t.id === spec.topic)).toBe(true);
      const names = spec.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9-]*$/);
      for (const m of spec.metrics) {
        expect(m.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(metricIds.has(m.id), `metric id ${m.id} used twice`).toBe(false);
        metricIds.add(m.id);
      }
      for (const f of spec.fields) {
        expect(acceptsRaw(f, f.example), `${spec.id}.${f.name} example`).toBe(true);
        if (f.kind === 'choice') expect(f.choices?.some((c) => c.value === f.example)).toBe(true);
        if (f.when) expect(names).toContain(f.when.field);
      }
      expect(spec.teachingModules.length).toBeGreaterThan(0);
      expect(spec.formula.length).toBeGreaterThan(0);
    }
  });
});

describe.each(calculators.map((c) => [c.id, c] as const))('%s', (_id, spec) => {
  const example = exampleValues(spec);

  it('computes its example without NaN, Infinity or undefined', () => {
    const s = shown(spec, example);
    expect(s.ok, s.text.join('; ')).toBe(true);
    for (const t of s.text) {
      expect(t).not.toMatch(BAD);
      expect(t.trim()).not.toBe('');
    }
  });

  it('says which field is wrong when a required number is missing or not a number', () => {
    for (const f of spec.fields.filter((x) => isActive(x, example) && !x.optional && x.kind !== 'choice' && x.kind !== 'boolean')) {
      for (const bad of ['', 'abc']) {
        const r = evaluate(spec, { ...example, [f.name]: bad });
        expect(r.ok, `${f.name}=${bad}`).toBe(false);
        if (!r.ok) {
          const e = r.errors.find((x) => x.field === f.name);
          expect(e?.message, `${f.name}=${bad}`).toMatch(/[\u4e00-\u9fff]/);
          // The message names the field by its label, without a bracketed note such as (9–10 分).
          const name = f.label.replace(/\s*[（(].*$/, '');
          expect(name.length, f.label).toBeGreaterThan(0);
          expect(e?.message, `${f.name}=${bad}`).toContain(name);
        }
      }
    }
  });

  it('handles arbitrary input: a finite result or Chinese errors on known fields', () => {
    const names = new Set(spec.fields.map((f) => f.name));
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double().map(String),
      fc.integer({ min: -5, max: 5000 }).map(String),
      fc.constantFrom('1e308', '-1', '0', '100%', '2026-02-29', '2024-02-29', '1', 'month', 'year', '<b>x</b>'),
    );
    fc.assert(
      fc.property(fc.record(Object.fromEntries(spec.fields.map((f) => [f.name, fc.option(value, { nil: undefined })]))), (partial) => {
        const raw: Record<string, string> = { ...example };
        for (const [k, v] of Object.entries(partial)) if (v !== undefined) raw[k] = v;
        const s = shown(spec, raw);
        if (s.ok) for (const t of s.text) expect(t).not.toMatch(BAD);
        else {
          expect(s.text.length).toBeGreaterThan(0);
          for (const f of s.errorFields) expect(names.has(f), `error on unknown field ${f}`).toBe(true);
          for (const m of s.text) expect(m).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the islands of calculators with a chart pass the chart figure to the shell', () => {
  it.each(calculators.map((c) => [c.id, c] as const))('%s', async (_id, spec) => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const name = spec.id.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    const file = readdirSync('src/components/calculators').find((f) => readFileSync(`src/components/calculators/${f}`, 'utf8').includes(`spec={${name}}`));
    expect(file, `island of ${spec.id}`).toBeDefined();
    // Only calculators with a chart load the chart code.
    expect(readFileSync(`src/components/calculators/${file}`, 'utf8').includes('Chart={ChartFigure}'), spec.id).toBe(spec.chart !== undefined);
  });
});
