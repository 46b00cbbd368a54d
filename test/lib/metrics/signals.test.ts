import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_SIGNALS, EMPLOYEE_SIGNALS, findSignal, RETIRED_SIGNAL_IDS, type CourseSignal } from '../../../src/lib/metrics/signals';

/** The rows (name, default weight) of the table under a heading id in a module's MDX. */
function tableAfter(mdx: string, headingId: string): [string, number][] {
  const start = mdx.indexOf(`{#${headingId}}`);
  const lines = mdx.slice(start).split('\n');
  const rows: [string, number][] = [];
  let inTable = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('|')) {
      inTable = true;
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      if (cells[0] === '信号' || /^-+$/.test(cells[0] ?? '')) continue;
      rows.push([cells[0] as string, Number(cells.at(-1))]);
    } else if (inTable) break;
  }
  return rows;
}

const mdx = readFileSync(new URL('../../../src/content/modules/early-warning-signals.mdx', import.meta.url), 'utf-8');
const pairs = (list: readonly CourseSignal[]) => list.map((s) => [s.label, s.weight]);

describe('one signal list: the module text reads as src/lib/metrics/signals.ts says', () => {
  it('the employee and customer tables of 流失早期预警信号 list the same signals, order and default weights', () => {
    expect(tableAfter(mdx, 'employee-signal-list')).toEqual(pairs(EMPLOYEE_SIGNALS));
    expect(tableAfter(mdx, 'customer-signal-list')).toEqual(pairs(CUSTOMER_SIGNALS));
  });

  it('the worked example uses the list’s customer weights', () => {
    const example = mdx.slice(mdx.indexOf('课程默认的客户信号权重'), mdx.indexOf('全部权重之和为'));
    for (const s of CUSTOMER_SIGNALS) expect(example).toContain(`${s.label} ${s.weight}`);
    const total = CUSTOMER_SIGNALS.reduce((a, s) => a + s.weight, 0);
    expect(mdx).toContain(`= ${total}。`);
  });

  it('keeps every id that ever appeared in a URL working (aliases) or explained (retired)', () => {
    for (const id of ['engagement', 'leave', 'attendance', 'performance', 'resume']) expect(findSignal('employee', id)?.aliases).toContain(id);
    for (const id of ['interaction', 'complaints', 'usage', 'price', 'competitor', 'contact']) expect(findSignal('customer', id)?.aliases).toContain(id);
    expect([...RETIRED_SIGNAL_IDS.keys()].sort()).toEqual(['contract', 'one-on-one', 'pay', 'promotion']);
    const all = [...EMPLOYEE_SIGNALS, ...CUSTOMER_SIGNALS].flatMap((s) => [s.id, ...s.aliases]);
    expect(new Set(all).size).toBe(all.length);
    expect(findSignal('employee', 'usage')).toBeUndefined();
  });
});
