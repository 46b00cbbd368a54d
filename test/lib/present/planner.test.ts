import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAgenda, formatClock, formatDuration, parseClock, parseSelection, writeSelection, DEFAULT_BREAK, DEFAULT_START, type PlannerModule } from '../../../src/lib/present/planner';

const catalogue: PlannerModule[] = [
  {
    slug: 'retention-basics',
    title: '留存与流失',
    minutes: 40,
    blocks: [
      { id: 'opening', title: '开场', minutes: 3 },
      { id: 'main', title: '主体', minutes: 37 },
    ],
    optional: [{ id: 'role-play', title: '角色扮演', kind: '角色扮演', minutes: 15 }],
  },
  { slug: 'cost-of-churn', title: '流失的代价', minutes: 40, blocks: [{ id: 'all', title: '全部', minutes: 40 }], optional: [] },
  { slug: 'no-guide', title: '无手册', minutes: 25, blocks: [], optional: [] },
];

const parse = (q: string) => parseSelection(new URLSearchParams(q), catalogue);

describe('planner selection in the URL', () => {
  it('reads modules, optional activities, start and break', () => {
    const { selection, ignored } = parse('m=retention-basics&m=cost-of-churn&a=retention-basics.role-play&start=13:30&break=15');
    expect(selection).toEqual({ modules: ['retention-basics', 'cost-of-churn'], activities: ['retention-basics.role-play'], start: 13 * 60 + 30, breakMinutes: 15 });
    expect(ignored).toEqual([]);
  });

  it('defaults to 09:00 and 10-minute breaks', () => {
    expect(parse('').selection).toEqual({ modules: [], activities: [], start: DEFAULT_START, breakMinutes: DEFAULT_BREAK });
  });

  it('ignores invalid parts, keeps the rest, and says why', () => {
    const { selection, ignored } = parse(
      'm=nope&m=retention-basics&m=retention-basics&a=cost-of-churn.x&a=retention-basics.role-play&a=retention-basics.role-play&a=bad&start=25:00&break=90&start=10:00&x=1&a=no-guide.y',
    );
    expect(selection.modules).toEqual(['retention-basics']);
    expect(selection.activities).toEqual(['retention-basics.role-play']);
    expect(selection.start).toBe(DEFAULT_START);
    expect(selection.breakMinutes).toBe(DEFAULT_BREAK);
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([
      ['m=nope', '没有这个模块'],
      ['m=retention-basics', '重复的模块'],
      ['start=25:00', '开始时间应写成 HH:MM，如 09:00'],
      ['break=90', '休息时长应为 0–60 分钟的整数'],
      ['start=10:00', '重复的参数'],
      ['x=1', '未知参数'],
      ['a=cost-of-churn.x', '没有这个可选活动'],
      ['a=retention-basics.role-play', '重复的活动'],
      ['a=bad', '没有这个可选活动'],
      ['a=no-guide.y', '没有这个可选活动'],
    ]);
  });

  it('ignores an activity of a module that is not selected, in any parameter order', () => {
    expect(parse('a=retention-basics.role-play').ignored).toEqual([{ param: 'a=retention-basics.role-play', reason: '所属模块未选' }]);
    expect(parse('a=retention-basics.role-play&m=retention-basics').selection.activities).toEqual(['retention-basics.role-play']);
  });

  it('rejects breaks that are not a small whole number', () => {
    for (const b of ['-5', '1.5', '', 'abc', '100']) expect(parse(`break=${b}`).ignored, b).toHaveLength(1);
    expect(parse('break=0').selection.breakMinutes).toBe(0);
  });

  it('round-trips: writing a selection and reading it back gives the same selection', () => {
    const slugs = catalogue.map((m) => m.slug);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...slugs)),
        fc.boolean(),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 60 }),
        (modules, extra, start, breakMinutes) => {
          const activities = extra && modules.includes('retention-basics') ? ['retention-basics.role-play'] : [];
          const selection = { modules, activities, start, breakMinutes };
          const back = parseSelection(writeSelection(selection), catalogue);
          expect(back.ignored).toEqual([]);
          expect(back.selection).toEqual(selection);
        },
      ),
    );
  });

  it('leaves defaults out of the URL', () => {
    expect(writeSelection({ modules: ['cost-of-churn'], activities: [], start: DEFAULT_START, breakMinutes: DEFAULT_BREAK }).toString()).toBe('m=cost-of-churn');
  });
});

describe('agenda', () => {
  it('gives start times per block, the optional activity, breaks between modules and the total', () => {
    const { selection } = parse('m=retention-basics&m=cost-of-churn&m=no-guide&a=retention-basics.role-play&start=13:30&break=15');
    const agenda = buildAgenda(selection, catalogue);
    expect(agenda.rows.map((r) => [r.kind, 'title' in r ? r.title : '', formatClock(r.start), r.minutes])).toEqual([
      ['block', '开场', '13:30', 3],
      ['block', '主体', '13:33', 37],
      ['activity', '角色扮演', '14:10', 15],
      ['break', '', '14:25', 15],
      ['block', '全部', '14:40', 40],
      ['break', '', '15:20', 15],
      ['block', '无手册', '15:35', 25],
    ]);
    // 40 + 15 + 40 + 25 of teaching, 2 × 15 of breaks.
    expect(agenda.totalMinutes).toBe(150);
    expect(agenda.breakMinutes).toBe(30);
    expect(formatClock(agenda.end)).toBe('16:00');
  });

  it('is empty without modules and has no break for one module or a zero break', () => {
    expect(buildAgenda(parse('').selection, catalogue)).toMatchObject({ rows: [], totalMinutes: 0 });
    expect(buildAgenda(parse('m=cost-of-churn&m=no-guide&break=0').selection, catalogue).rows.map((r) => r.kind)).toEqual(['block', 'block']);
    expect(buildAgenda({ modules: ['gone'], activities: [], start: 0, breakMinutes: 5 }, catalogue).rows).toEqual([]);
  });
});

describe('clock and durations', () => {
  it('reads and writes HH:MM', () => {
    expect(parseClock('09:05')).toBe(545);
    expect(parseClock('9:05')).toBe(545);
    expect(parseClock(' 23:59 ')).toBe(1439);
    for (const bad of ['24:00', '9:5', '09-00', '', 'noon', '09:60']) expect(parseClock(bad), bad).toBeNull();
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(1440 + 60)).toBe('01:00（次日）');
  });
  it('writes durations in Chinese', () => {
    expect(formatDuration(45)).toBe('45 分钟');
    expect(formatDuration(120)).toBe('2 小时');
    expect(formatDuration(205)).toBe('3 小时 25 分钟');
  });
});
