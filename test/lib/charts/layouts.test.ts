/**
 * The chart layouts, with positions computed by hand from the rules in src/lib/charts: margins
 * from the widest tick label (+14), the title row above the plot (TOP = 34), category rows under
 * it (FONT 13 + 4 a line, + 8), an x title line (FONT + 12).
 */
import { describe, expect, it } from 'vitest';
import { layoutChart, CHART_HEIGHT, chartWidth } from '../../../src/lib/charts';
import { layoutBars } from '../../../src/lib/charts/bar';
import { layoutLines } from '../../../src/lib/charts/line';
import { layoutPareto } from '../../../src/lib/charts/pareto';
import { layoutGap } from '../../../src/lib/charts/gap';
import { layoutTimeline } from '../../../src/lib/charts/timeline';
import { labelLines } from '../../../src/lib/charts/frame';
import type { Mark, Scene } from '../../../src/lib/charts/types';

const table = { head: [], rows: [] };
const of = (scene: Scene, role: string) => scene.marks.filter((m) => m.role === role);
const texts = (scene: Scene, role: string) => of(scene, role).map((m) => (m.type === 'text' ? m.text : ''));
const close = (m: Mark | undefined, expected: Record<string, number>) => {
  for (const [k, v] of Object.entries(expected)) expect((m as unknown as Record<string, number>)[k], k).toBeCloseTo(v, 6);
};

describe('bars (NPS at 640 × 260)', () => {
  const scene = layoutBars(
    {
      kind: 'bar',
      title: '',
      summary: '',
      table,
      xLabel: '',
      yLabel: '占答卷的比例',
      yFormat: 'percent',
      yMax: 1,
      bars: [
        { label: '贬损者（0–6 分）', value: 0.15, tone: 'danger' },
        { label: '被动者（7–8 分）', value: 0.25, tone: 'muted' },
        { label: '推荐者（9–10 分）', value: 0.6, tone: 'accent' },
      ],
    },
    640,
    260,
  );

  it('one bar per category, in its tone, on round ticks from 0 to 100 %', () => {
    expect(of(scene, 'bar').map((m) => m.tone)).toEqual(['danger', 'muted', 'accent']);
    expect(texts(scene, 'tick')).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(texts(scene, 'value')).toEqual(['15%', '25%', '60%']);
  });

  it('positions: left = ⌈“100%” 31.2 + 14⌉ = 46, bands (632 − 46) / 3, plot 34…214', () => {
    // Two label lines (17 each) + 8, no x title (+4): bottom margin 46, plot bottom 260 − 46 = 214.
    // Promoters 60 %: y = 214 − 0.6 × 180 = 106; centre 46 + 195.33 × 2.5; bar 72 wide (the cap).
    close(of(scene, 'bar')[2], { x: 46 + ((632 - 46) / 3) * 2.5 - 36, y: 106, width: 72, height: 108 });
    // The value axis title sits above the plot, clear of the 100 % tick at y = 34.
    const title = of(scene, 'title')[0];
    expect(title?.type === 'text' && title.y).toBeLessThan(34 - 13);
  });

  it('a bracketed note goes on a second line, without brackets, instead of turning the label', () => {
    expect(labelLines('贬损者（0–6 分）')).toEqual(['贬损者', '0–6 分']);
    expect(labelLines('价格')).toEqual(['价格']);
    expect(texts(scene, 'label').slice(0, 2)).toEqual(['贬损者', '0–6 分']);
    expect(of(scene, 'label').every((m) => m.type === 'text' && !m.rotate)).toBe(true);
  });

  it('labels that do not fit are turned, and the first stays inside the chart', () => {
    const narrow = layoutBars(
      { kind: 'bar', title: '', summary: '', table, xLabel: '', yLabel: '', yFormat: 'integer', bars: ['竞争对手吸引', 'B', 'C', 'D', 'E', 'F', 'G'].map((label) => ({ label, value: 1, tone: 'accent' as const })) },
      300,
      260,
    );
    const first = of(narrow, 'label')[0];
    expect(first?.type === 'text' && first.rotate).toBe(-40);
    // 6 Han characters = 78 units; turned by 40° they reach 78 × cos 40° ≈ 59.8 left of the centre.
    expect(first?.type === 'text' && first.x - 78 * Math.cos((40 * Math.PI) / 180)).toBeGreaterThanOrEqual(0);
  });

  it('a long value label gives way to the bare value when the band is narrow', () => {
    const bar = (width: number) =>
      layoutBars({ kind: 'bar', title: '', summary: '', table, xLabel: '', yLabel: '', yFormat: 'integer', bars: [1, 2, 3, 4, 5].map((n) => ({ label: `${n} 分`, value: 180, tone: 'accent' as const, text: '180（36%）' })) }, width, 260);
    expect(texts(bar(640), 'value')[0]).toBe('180（36%）');
    expect(texts(bar(300), 'value')[0]).toBe('180');
  });
});

describe('lines (a cohort curve at 400 × 280)', () => {
  const scene = layoutLines(
    {
      kind: 'line',
      title: '',
      summary: '',
      table,
      xLabel: '第几月',
      yLabel: '留存率',
      xFormat: 'integer',
      yFormat: 'percent',
      xIntegers: true,
      yDomain: [0, 1],
      series: [
        { name: '实际', tone: 'accent', points: [{ x: 0, y: 1 }, { x: 1, y: 0.8 }, { x: 2, y: 0.7 }] },
        { name: '推算', tone: 'muted', dashed: true, dots: false, points: [{ x: 0, y: 1 }, { x: 2, y: 0.5 }] },
      ],
      ruleX: { value: 1, label: '今天', tone: 'warn' },
    },
    400,
    280,
  );

  it('whole-period x ticks, 0–100 % y ticks, a path per series, dots where asked', () => {
    expect(texts(scene, 'tick')).toEqual(['0%', '20%', '40%', '60%', '80%', '100%', '0', '1', '2']);
    expect(of(scene, 'line')).toHaveLength(2);
    expect(of(scene, 'dot')).toHaveLength(3);
    expect(of(scene, 'line')[1]).toMatchObject({ dashed: true, tone: 'muted' });
    expect(scene.legend.map((l) => l.name)).toEqual(['实际', '推算']);
  });

  it('positions: x 46…390, y 230…34', () => {
    // left ⌈31.2 + 14⌉ = 46; right 400 − max(10, ⌈7.8 / 2⌉ + 2) = 390; bottom 280 − 25 − 25 = 230.
    close(of(scene, 'dot')[1], { cx: 46 + 172, cy: 230 - 0.8 * 196 });
    close(of(scene, 'rule')[0], { x1: 218, x2: 218, y2: 230 });
  });
});

describe('Pareto (6, 3, 1 at 400 × 300)', () => {
  const scene = layoutPareto(
    {
      kind: 'pareto',
      title: '',
      summary: '',
      table,
      xLabel: '',
      yLabel: '流失客户数',
      threshold: 0.8,
      bars: [
        { label: 'A', count: 6, vital: true },
        { label: 'B', count: 3, vital: false },
        { label: 'C', count: 1, vital: false },
      ],
    },
    400,
    300,
  );
  // left ⌈“10” 15.6 + 14⌉ = 30; right 400 − ⌈“100%” 31.2 + 14⌉ = 354; bands 108;
  // bottom 300 − (17 + 8 + 4) = 271; plot height 237; both axes: 0 → 271, total (100 %) → 34.
  const y = (share: number) => 271 - share * 237;

  it('vital bars in the accent tone, the rest muted; counts on the left, shares on the right', () => {
    expect(of(scene, 'bar').map((m) => m.tone)).toEqual(['accent', 'muted', 'muted']);
    expect(texts(scene, 'tick')).toEqual(['0', '2', '4', '6', '8', '10', '0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('the cumulative line ends on the top edge; the 80 % rule is where 8 of 10 is', () => {
    close(of(scene, 'bar')[0], { x: 84 - 64 / 2 - 0, y: y(0.6), height: 0.6 * 237 });
    const line = of(scene, 'line')[0];
    expect(line?.type === 'path' && line.points.map(([x, yy]) => [Math.round(x * 10) / 10, Math.round(yy * 10) / 10])).toEqual([
      [84, Math.round(y(0.6) * 10) / 10],
      [192, Math.round(y(0.9) * 10) / 10],
      [300, 34],
    ]);
    close(of(scene, 'threshold')[0], { y1: y(0.8), y2: y(0.8), x1: 30, x2: 354 });
    expect(of(scene, 'dot')).toHaveLength(3);
  });
});

describe('gap profile (SERVQUAL at 400 × 260)', () => {
  const scene = layoutGap(
    {
      kind: 'gap',
      title: '',
      summary: '',
      table,
      xLabel: '评分',
      scale: [1, 7],
      expectationLabel: '期望',
      perceptionLabel: '感知',
      rows: [
        { label: 'A', expectation: 6, perception: 5 },
        { label: 'B', expectation: 4, perception: 5 },
      ],
    },
    400,
    260,
  );
  // left ⌈7.8 + 14⌉ = 22; right 400 − ⌈“−0.00” 39 + 16⌉ = 345; rows 12…210, 99 each.
  const x = (v: number) => 22 + ((v - 1) / 6) * 323;

  it('a ring for the expectation, a dot for the perception, a bar between in the gap’s tone', () => {
    expect(texts(scene, 'tick')).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const dots = of(scene, 'dot');
    expect(dots.map((d) => [d.tone, d.type === 'circle' && d.hollow === true])).toEqual([
      ['muted', true],
      ['danger', false],
      ['muted', true],
      ['accent', false],
    ]);
    close(dots[0], { cx: x(6), cy: 12 + 49.5 });
    close(dots[1], { cx: x(5), cy: 61.5 });
    expect(of(scene, 'segment').map((m) => m.tone)).toEqual(['danger', 'accent']);
    expect(texts(scene, 'value')).toEqual(['-1', '+1']);
  });
});

describe('timeline', () => {
  const data = {
    kind: 'timeline' as const,
    title: '',
    summary: '',
    table,
    window: { from: '2026-12-30', to: '2027-03-30', label: '窗口' },
    events: [
      { date: '2026-12-30', label: '开始沟通', tone: 'accent' as const },
      { date: '2027-03-30', label: '最晚开始', tone: 'warn' as const },
      { date: '2027-06-30', label: '合同到期', tone: 'danger' as const },
    ],
    marker: { date: '2027-01-15', label: '查看日期', tone: 'text' as const },
  };

  it('the window between its dates, one dot per event, the marker as a rule, months below', () => {
    const scene = layoutTimeline(data, 640, 150);
    const dots = of(scene, 'dot');
    expect(dots.map((d) => d.tone)).toEqual(['accent', 'warn', 'danger']);
    const win = of(scene, 'window')[0];
    expect(win?.type === 'rect' && dots[0]?.type === 'circle' && win.x).toBeCloseTo(dots[0]?.type === 'circle' ? dots[0].cx : NaN, 6);
    expect(win?.type === 'rect' && dots[1]?.type === 'circle' && win.x + win.width).toBeCloseTo(dots[1]?.type === 'circle' ? dots[1].cx : NaN, 6);
    expect(of(scene, 'rule')).toHaveLength(1);
    expect(texts(scene, 'tick')[0]).toBe('2027年1月');
    expect(scene.legend.map((l) => l.name)).toEqual(['窗口', '查看日期']);
  });

  it('names that would touch are lifted a row; nothing leaves the chart', () => {
    const crowded = layoutTimeline({ ...data, events: [{ date: '2027-01-01', label: '开始沟通', tone: 'accent' }, { date: '2027-01-03', label: '最晚开始', tone: 'warn' }] }, 300, 150);
    const [a, b] = of(crowded, 'label').filter((m) => m.type === 'text' && m.text !== '查看日期');
    expect(a?.type === 'text' && b?.type === 'text' && a.y - b.y).toBe(19);
    for (const m of crowded.marks) if (m.type === 'text') expect(m.x).toBeGreaterThanOrEqual(0);
  });
});

describe('layoutChart', () => {
  it('a fixed height per kind and a clamped width (no layout shift when the island measures)', () => {
    expect(chartWidth(0)).toBe(640);
    expect(chartWidth(100)).toBe(280);
    expect(chartWidth(2000)).toBe(640);
    expect(chartWidth(500.4)).toBe(500);
    const s = layoutChart({ kind: 'bar', title: '', summary: '', table, xLabel: '', yLabel: '', yFormat: 'integer', bars: [] }, 500);
    expect([s.width, s.height]).toEqual([500, CHART_HEIGHT.bar]);
  });
});
