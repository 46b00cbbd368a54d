/**
 * The workshop planner's selection as URL state, and the agenda it gives (/trainer/ and the
 * workbook of a selection /workbook/):
 *
 *   /trainer/?m=retention-basics&m=cost-of-churn&a=retention-basics.role-play&start=13:30&break=15
 *
 * - `m` (repeatable): a module slug, in the order given (duplicates ignored);
 * - `a` (repeatable): `<module>.<activity>`, an optional activity of a selected module;
 * - `start`: the start time `HH:MM` (24 h; default 09:00);
 * - `break`: minutes of break between two modules, 0–60 (default 10).
 *
 * Like every URL here, unknown or invalid parts are ignored (the rest still counts) and listed,
 * so the page can say so. Agenda: each module's blocks in order (from its facilitator guide, or
 * one block of the module's minutes), a selected optional activity after the module's last
 * block, a break between modules; start times accumulate from `start`.
 */

export interface PlannerActivity {
  id: string;
  title: string;
  kind: string;
  minutes: number;
}

export interface PlannerModule {
  slug: string;
  title: string;
  minutes: number;
  blocks: { id: string; title: string; minutes: number }[];
  /** Activities a trainer may add (guide activities with `optional: true`). */
  optional: PlannerActivity[];
}

export interface Selection {
  modules: string[];
  /** `<module>.<activity>` ids. */
  activities: string[];
  /** Minutes after midnight. */
  start: number;
  breakMinutes: number;
}

export const DEFAULT_START = 9 * 60;
export const DEFAULT_BREAK = 10;
export const MAX_BREAK = 60;

export interface Ignored {
  /** The parameter as it appeared (`name=value`), to be echoed as text. */
  param: string;
  reason: string;
}

export interface ParsedSelection {
  selection: Selection;
  ignored: Ignored[];
}

const KNOWN = new Set(['m', 'a', 'start', 'break']);

/** `HH:MM` → minutes after midnight, or null. */
export function parseClock(raw: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Minutes after midnight → `HH:MM`, with `（次日）` past midnight. */
export function formatClock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = ((minutes % 1440) + 1440) % 1440;
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return day > 0 ? `${text}\uFF08次日\uFF09` : text;
}

/** Read a selection from a query string against the catalogue of modules. */
export function parseSelection(params: URLSearchParams, catalogue: readonly PlannerModule[]): ParsedSelection {
  const bySlug = new Map(catalogue.map((m) => [m.slug, m]));
  const ignored: Ignored[] = [];
  const selection: Selection = { modules: [], activities: [], start: DEFAULT_START, breakMinutes: DEFAULT_BREAK };
  const seen = new Set<string>();
  const pendingActivities: [string, string][] = [];
  for (const [name, value] of params) {
    const param = `${name}=${value}`;
    if (!KNOWN.has(name)) {
      ignored.push({ param, reason: '未知参数' });
      continue;
    }
    if (name === 'm') {
      if (!bySlug.has(value)) ignored.push({ param, reason: '没有这个模块' });
      else if (selection.modules.includes(value)) ignored.push({ param, reason: '重复的模块' });
      else selection.modules.push(value);
    } else if (name === 'a') {
      pendingActivities.push([param, value]);
    } else if (seen.has(name)) {
      ignored.push({ param, reason: '重复的参数' });
    } else {
      seen.add(name);
      if (name === 'start') {
        const start = parseClock(value);
        if (start === null) ignored.push({ param, reason: '开始时间应写成 HH:MM，如 09:00' });
        else selection.start = start;
      } else {
        const n = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
        if (!(n >= 0 && n <= MAX_BREAK)) ignored.push({ param, reason: `休息时长应为 0–${MAX_BREAK} 分钟的整数` });
        else selection.breakMinutes = n;
      }
    }
  }
  // Activities are checked once the modules are known, whatever the order of the parameters.
  for (const [param, value] of pendingActivities) {
    const dot = value.indexOf('.');
    const module = bySlug.get(value.slice(0, dot));
    const activity = module?.optional.find((a) => a.id === value.slice(dot + 1));
    if (dot < 0 || !module || !activity) ignored.push({ param, reason: '没有这个可选活动' });
    else if (!selection.modules.includes(module.slug)) ignored.push({ param, reason: '所属模块未选' });
    else if (selection.activities.includes(value)) ignored.push({ param, reason: '重复的活动' });
    else selection.activities.push(value);
  }
  return { selection, ignored };
}

/** The query string of a selection (defaults left out), in a stable order. */
export function writeSelection(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  for (const m of selection.modules) params.append('m', m);
  for (const a of selection.activities) params.append('a', a);
  if (selection.start !== DEFAULT_START) params.set('start', formatClock(selection.start));
  if (selection.breakMinutes !== DEFAULT_BREAK) params.set('break', String(selection.breakMinutes));
  return params;
}

export type AgendaRow =
  | { kind: 'block'; module: string; title: string; start: number; minutes: number }
  | { kind: 'activity'; module: string; title: string; activityKind: string; start: number; minutes: number }
  | { kind: 'break'; start: number; minutes: number };

export interface Agenda {
  rows: AgendaRow[];
  start: number;
  end: number;
  /** Everything from the first block to the end of the last, breaks included. */
  totalMinutes: number;
  breakMinutes: number;
}

export function buildAgenda(selection: Selection, catalogue: readonly PlannerModule[]): Agenda {
  const bySlug = new Map(catalogue.map((m) => [m.slug, m]));
  const rows: AgendaRow[] = [];
  let t = selection.start;
  let breaks = 0;
  selection.modules.forEach((slug, i) => {
    const module = bySlug.get(slug);
    if (!module) return;
    if (i > 0 && selection.breakMinutes > 0) {
      rows.push({ kind: 'break', start: t, minutes: selection.breakMinutes });
      t += selection.breakMinutes;
      breaks += selection.breakMinutes;
    }
    const blocks = module.blocks.length > 0 ? module.blocks : [{ id: 'module', title: module.title, minutes: module.minutes }];
    for (const b of blocks) {
      rows.push({ kind: 'block', module: slug, title: b.title, start: t, minutes: b.minutes });
      t += b.minutes;
    }
    for (const a of module.optional) {
      if (!selection.activities.includes(`${slug}.${a.id}`)) continue;
      rows.push({ kind: 'activity', module: slug, title: a.title, activityKind: a.kind, start: t, minutes: a.minutes });
      t += a.minutes;
    }
  });
  return { rows, start: selection.start, end: t, totalMinutes: t - selection.start, breakMinutes: breaks };
}

/** “3 小时 25 分钟”, “45 分钟”. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} 分钟`;
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分钟`;
}
