import { test } from 'vitest';
import { generateSample } from '../../../src/lib/simulator/samples';
test('rates', () => {
  for (const p of ['customers','employees'] as const) {
    const s = generateSample(p, 100000, 1);
    const t0 = performance.now(); generateSample(p, 100000, 2); const dt = performance.now()-t0;
    const col = s.table.columns.find(c => c.name === s.roles.label)! as any;
    let k=0; for (const v of col.values) k+=v; console.log(p, k/s.table.n, dt.toFixed(0)+'ms');
  }
});
