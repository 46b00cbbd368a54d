/**
 * The speaker view's clock: which block of the facilitator guide a slide belongs to, how long
 * the session and the current block have run, and whether that is within the plan.
 *
 * A slide belongs to the block that lists its H2 section; slides before the first section
 * (title, agenda) belong to the first block, and the quiz, takeaways and closing slides to the
 * block that lists `quiz` / `takeaways`, else to the last block. A module without a guide is one
 * block of the module's minutes.
 */

export interface PlannedBlock {
  id: string;
  title: string;
  minutes: number;
  /** H2 ids of the module the block covers. */
  sections: readonly string[];
}

/** Index of the block a slide's section belongs to (see the module comment). */
export function blockIndexFor(blocks: readonly PlannedBlock[], section: string | null, sectionOrder: readonly string[]): number {
  if (blocks.length === 0) return -1;
  if (section !== null) {
    const direct = blocks.findIndex((b) => b.sections.includes(section));
    if (direct >= 0) return direct;
  }
  if (section === null) return 0;
  // A section no block lists (or quiz / takeaways): the block of the nearest earlier listed section.
  const at = sectionOrder.indexOf(section);
  for (let i = (at < 0 ? sectionOrder.length : at) - 1; i >= 0; i--) {
    const earlier = blocks.findIndex((b) => b.sections.includes(sectionOrder[i]!));
    if (earlier >= 0) return earlier;
  }
  return at < 0 ? blocks.length - 1 : 0;
}

/** `m:ss` (or `h:mm:ss` from one hour), for elapsed times; negative times read as 0:00. */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export type Pace = 'on-time' | 'nearly' | 'over';

/** Within the plan, in its last 10 % (or last minute), or over it. */
export function pace(elapsedMs: number, plannedMinutes: number): Pace {
  const planned = plannedMinutes * 60_000;
  if (elapsedMs > planned) return 'over';
  if (elapsedMs >= planned - Math.max(60_000, planned * 0.1)) return 'nearly';
  return 'on-time';
}

/** Words for the clock line, e.g. “已用 12:05 / 计划 15 分钟（超时）”. */
export function paceText(elapsedMs: number, plannedMinutes: number): string {
  const p = pace(elapsedMs, plannedMinutes);
  const suffix = p === 'over' ? '\uFF08超时\uFF09' : p === 'nearly' ? '\uFF08即将到时\uFF09' : '';
  return `已用 ${formatElapsed(elapsedMs)} / 计划 ${plannedMinutes} 分钟${suffix}`;
}
