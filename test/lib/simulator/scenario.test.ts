import { describe, expect, it } from 'vitest';
import { ECHO_MAX_ITEMS, ECHO_MAX_LENGTH } from '../../../src/lib/echo-text';
import { defaultScenario, scenarioFromParams, scenarioToParams, signalFor } from '../../../src/lib/simulator/scenario';
import { fitKeyOf, scenarioToRequest, type UploadSettings } from '../../../src/lib/simulator/scenario-input';

describe('scenario URL', () => {
  it('writes only the sample for the defaults and reads them back', () => {
    const s = defaultScenario('customers');
    const q = scenarioToParams(s);
    expect(q.toString()).toBe('sample=customers');
    expect(scenarioFromParams(q)).toEqual({ scenario: s, notices: [], omitted: 0 });
    expect(s.success).toEqual([30, 30, 8, 2, 0.5]);
    expect(s.costs).toEqual([2000, 800, 300, 50, 20]);
  });

  it('round-trips every field', () => {
    const s = {
      ...defaultScenario('employees'),
      size: 100000 as const,
      seed: 'abc_1',
      model: 'tree' as const,
      lambda: 0.5,
      depth: 4,
      minLeaf: 25,
      tierMode: 'cutoff' as const,
      shares: [10, 10, 30, 30, 20],
      cutoffs: [70, 50, 30, 10],
      costs: [1, 2, 3, 4, 5],
      success: [50, 40, 30, 20, 10],
      budget: 50000,
      factor: 120,
      weights: { 'engagement-drop': 4, 'job-search': 0 },
    };
    const back = scenarioFromParams(new URLSearchParams(scenarioToParams(s).toString()));
    expect(back.notices).toEqual([]);
    expect(back.scenario).toEqual(s);
  });

  it('keeps the old signal ids of /simulator/?w.<id> working as aliases of the one list', () => {
    const old = scenarioFromParams(new URLSearchParams('sample=customers&model=scorecard&w.complaints=0&w.price=10'));
    expect(old.notices).toEqual([]);
    expect(old.scenario.weights).toEqual({ 'complaints-rise': 0, 'price-sensitivity': 10 });
    expect(scenarioToParams(old.scenario).toString()).toBe('sample=customers&model=scorecard&w.complaints-rise=0&w.price-sensitivity=10');
    const employees = scenarioFromParams(new URLSearchParams('model=scorecard&w.engagement=4&w.resume=2&w.performance=1&w.leave=3&w.attendance=0'));
    expect(employees.scenario.weights).toEqual({ 'engagement-drop': 4, 'job-search': 2, 'quality-decline': 1, 'leave-increase': 3, 'attendance-drop': 0 });
    expect(signalFor('customers', 'usage')).toBe('usage-drop');
    expect(signalFor('upload', 'engagement')).toBe('engagement-drop');
    // Signals that are not on the course's list: the link opens, with a notice saying why.
    const retired = scenarioFromParams(new URLSearchParams('sample=employees&model=scorecard&w.pay=5&w.one-on-one=2'));
    expect(retired.scenario.weights).toEqual({});
    expect(retired.notices.map((n) => n.field)).toEqual(['w.pay', 'w.one-on-one']);
    expect(retired.notices[0]?.message).toMatch(/结构性因素/);
    // A signal of the other audience is named as such.
    expect(scenarioFromParams(new URLSearchParams('sample=customers&w.engagement-drop=1')).notices[0]?.message).toMatch(/员工的预警信号/);
  });

  it('ignores and reports unknown and invalid parameters', () => {
    const q = new URLSearchParams(
      'sample=martians&size=5&seed=a b&model=svm&lambda=-1&depth=2.5&leaf=0&budget=-3&tiers=x&shares=50,50&cutoffs=1,2,3,4&cost=1,2,3,4,-5&success=1,2,3,4,500&factor=9999&w.nope=1&w.engagement-drop=99&foo=1',
    );
    const { scenario, notices, omitted } = scenarioFromParams(q);
    expect(scenario).toEqual(defaultScenario('employees'));
    const fields = [...notices.map((n) => n.field)];
    expect(notices).toHaveLength(ECHO_MAX_ITEMS);
    expect(omitted).toBe(17 - ECHO_MAX_ITEMS);
    expect(fields.every((f) => ['sample', 'size', 'seed', 'model', 'lambda', 'depth', 'leaf', 'budget', 'tiers', 'shares', 'cutoffs', 'cost', 'success', 'factor', 'w.nope', 'w.engagement-drop', 'foo'].includes(f))).toBe(true);
    expect(notices.every((n) => /[\u4e00-\u9fff]/.test(n.message))).toBe(true);
    // Bounds come from one home: the message names the range.
    expect(scenarioFromParams(new URLSearchParams('depth=20')).notices[0]?.message).toMatch(/树深度须为 1–12 之间的整数/);
    // Numbers are read like the calculators read them.
    expect(scenarioFromParams(new URLSearchParams('budget=30万')).scenario.budget).toBe(300000);
  });

  it('echoes a bounded, visibly cut part of hostile keys and values, at most ten notices (security F8)', () => {
    const long = 'x'.repeat(100_000);
    const big = scenarioFromParams(new URLSearchParams(`sample=${long}&${long}=1`));
    const text = big.notices.map((n) => n.field + n.message).join('');
    expect(text.length).toBeLessThan(400);
    expect(big.notices[0]?.message).toContain('x'.repeat(ECHO_MAX_LENGTH) + '…');
    expect(big.notices[1]?.field).toBe('x'.repeat(ECHO_MAX_LENGTH) + '…');
    // 10,000 unknown keys: ten notices, the rest counted; the work stays small.
    const q = new URLSearchParams(Array.from({ length: 10_000 }, (_, i) => `k${i}${'y'.repeat(200)}=1`).join('&'));
    const t0 = performance.now();
    const many = scenarioFromParams(q);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(many.notices).toHaveLength(ECHO_MAX_ITEMS);
    expect(many.omitted).toBe(10_000 - ECHO_MAX_ITEMS);
    // Bidi overrides cannot reorder a notice.
    const bidi = scenarioFromParams(new URLSearchParams('a\u202e)数参=1'));
    expect(bidi.notices[0]?.field).toContain('‹U+202E›');
  });

  it('keeps upload scenarios free of sample size, seed and the sample value factor', () => {
    const s = { ...defaultScenario('upload'), model: 'scorecard' as const, size: 10000 as const, factor: 120 };
    const q = scenarioToParams(s);
    expect(q.get('size')).toBeNull();
    expect(q.get('factor')).toBeNull();
    expect(q.get('sample')).toBe('upload');
    expect(scenarioFromParams(new URLSearchParams('sample=upload&w.pay=2')).notices[0]?.field).toBe('w.pay');
    expect(scenarioFromParams(new URLSearchParams('shares=a,b,c,d,e')).notices[0]?.field).toBe('shares');
    expect(scenarioFromParams(new URLSearchParams('lambda=')).notices[0]?.field).toBe('lambda');
  });
});

describe('scenario → Worker request (the one mapping the island uses)', () => {
  it('maps the defaults to the module’s plan, the sample value rule and a stable fit key', () => {
    const req = scenarioToRequest(defaultScenario('customers'));
    if (req === null) throw new Error('request');
    expect(req.fit).toEqual({ source: { kind: 'sample', population: 'customers', size: 1000, seed: '1' }, model: { kind: 'logistic', lambda: 1 }, splitSeed: '1' });
    expect(req.tiering.plans?.map((p) => [p.costPerHead, p.successRate])).toEqual([
      [2000, 0.3],
      [800, 0.3],
      [300, 0.08],
      [50, 0.02],
      [20, 0.005],
    ]);
    expect(req.tiering.value).toEqual({ kind: 'column', column: 'annual_margin', formula: 'annual-margin', factor: 3 });
    expect(req.tiering.budget).toBeNull();
    expect(scenarioToRequest({ ...defaultScenario('employees'), factor: 120 })?.tiering.value).toMatchObject({ formula: 'annual-salary', factor: 120 });
  });

  it('changes the fit key for model and data changes only, never for tiering changes', () => {
    const s = defaultScenario('employees');
    const key = scenarioToRequest(s)?.fitKey;
    for (const tiering of [{ costs: [1, 2, 3, 4, 5] }, { success: [1, 1, 1, 1, 1] }, { shares: [10, 10, 30, 30, 20] }, { budget: 5 }, { tierMode: 'cutoff' as const }, { factor: 100 }]) {
      expect(scenarioToRequest({ ...s, ...tiering })?.fitKey).toBe(key);
    }
    for (const fit of [{ lambda: 2 }, { model: 'tree' as const }, { seed: 'b' }, { size: 10000 as const }, { sample: 'customers' as const }]) {
      expect(scenarioToRequest({ ...s, ...fit })?.fitKey).not.toBe(key);
    }
    expect(scenarioToRequest({ ...s, model: 'scorecard', weights: { 'job-search': 1 } })?.fitKey).not.toBe(scenarioToRequest({ ...s, model: 'scorecard' })?.fitKey);
  });

  it('carries an upload’s settings (never in the URL) and needs a file', () => {
    const s = { ...defaultScenario('upload'), model: 'scorecard' as const };
    expect(scenarioToRequest(s, null)).toBeNull();
    const upload: UploadSettings = {
      version: 3,
      name: 'hr.csv',
      overrides: { label: 'Attrition', kinds: new Map([['__proto__', 'categorical']]) },
      population: 'employees',
      value: { kind: 'column', column: 'MonthlyIncome', formula: 'monthly-salary', factor: 150 },
      mapping: [{ id: 'engagement-drop', column: 'JobInvolvement', from: 3, to: 1 }],
    };
    const req = scenarioToRequest(s, upload);
    expect(req?.fit.source).toMatchObject({ kind: 'upload', version: 3, name: 'hr.csv', population: 'employees' });
    expect(req?.fit.model).toMatchObject({ kind: 'scorecard', audience: 'employee', mapping: upload.mapping });
    expect(req?.tiering.value).toEqual(upload.value);
    // Same settings, same key; a new file version or another override, a new key.
    expect(fitKeyOf(req!.fit)).toBe(req?.fitKey);
    expect(scenarioToRequest(s, { ...upload, overrides: { label: 'Attrition', kinds: new Map([['__proto__', 'categorical']]) } })?.fitKey).toBe(req?.fitKey);
    expect(scenarioToRequest(s, { ...upload, version: 4 })?.fitKey).not.toBe(req?.fitKey);
    expect(scenarioToRequest(s, { ...upload, overrides: { label: 'Attrition' } })?.fitKey).not.toBe(req?.fitKey);
    expect(scenarioToRequest(s, { ...upload, value: { kind: 'fixed', amount: 1 } })?.fitKey).toBe(req?.fitKey);
  });
});
