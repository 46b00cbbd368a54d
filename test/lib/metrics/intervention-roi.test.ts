import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNeverNaN, validOrAny } from '../never-nan';
import { INTERVENTION_REFERENCE, interventionRoi } from '../../../src/lib/metrics/intervention-roi';

describe('interventionRoi', () => {
  it('100 at risk, ¥500 each, 47 % success, ¥3,000 each saved', () => {
    // cost 50,000; saved 47; value 141,000; net 91,000; ROI 1.82; multiple 2.82; break-even 1/6
    expect(interventionRoi({ atRisk: 100, costPerIntervention: 500, successRate: INTERVENTION_REFERENCE.successRate, valuePerSaved: 3000 })).toEqual({
      ok: true,
      value: { cost: 50000, saved: 47, savedValue: 141000, net: 91000, roi: 1.82, multiple: 2.82, breakEvenSuccessRate: 0.16666666666667 },
    });
  });

  it('the seed figure 3.2× is a return multiple, i.e. ROI 220 %', () => {
    const r = interventionRoi({ atRisk: 10, costPerIntervention: 1000, successRate: 0.4, valuePerSaved: 8000 });
    expect(r).toMatchObject({ value: { multiple: INTERVENTION_REFERENCE.returnMultiple, roi: 2.2 } });
  });

  it('edge cases: nothing saved, value too small to ever pay, zero value', () => {
    expect(interventionRoi({ atRisk: 5, costPerIntervention: 100, successRate: 0, valuePerSaved: 1000 })).toMatchObject({
      value: { saved: 0, net: -500, roi: -1, multiple: 0, breakEvenSuccessRate: 0.1 },
    });
    expect(interventionRoi({ atRisk: 5, costPerIntervention: 100, successRate: 1, valuePerSaved: 50 })).toMatchObject({
      value: { breakEvenSuccessRate: null, roi: -0.5 },
    });
    expect(interventionRoi({ atRisk: 5, costPerIntervention: 100, successRate: 1, valuePerSaved: 0 })).toMatchObject({
      value: { breakEvenSuccessRate: null },
    });
  });

  it('error paths', () => {
    expect(interventionRoi({ atRisk: 0, costPerIntervention: 0, successRate: 1.47, valuePerSaved: -3 })).toEqual({
      ok: false,
      errors: [
        { field: 'atRisk', message: '风险人数必须大于 0' },
        { field: 'costPerIntervention', message: '单次干预成本必须大于 0' },
        { field: 'successRate', message: '干预成功率不能大于 100%' },
        { field: 'valuePerSaved', message: '每挽回一人的价值不能为负数' },
      ],
    });
  });

  it('roi = multiple − 1 and no NaN (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (atRisk, costPerIntervention, successRate, valuePerSaved) => {
        const r = interventionRoi({ atRisk, costPerIntervention, successRate, valuePerSaved });
        if (!r.ok) throw new Error('expected ok');
        expect(r.value.roi).toBeCloseTo(r.value.multiple - 1, 6);
      }),
    );
    const valid = fc.record({
      atRisk: fc.integer({ min: 1, max: 1e9 }),
      costPerIntervention: fc.double({ min: 0.01, max: 1e9, noNaN: true }),
      successRate: fc.double({ min: 0, max: 1, noNaN: true }),
      valuePerSaved: fc.double({ min: 0, max: 1e9, noNaN: true }),
    });
    const any = fc.record({ atRisk: fc.double(), costPerIntervention: fc.double(), successRate: fc.double(), valuePerSaved: fc.double() });
    assertNeverNaN(validOrAny(valid, any), interventionRoi);
  });
});
