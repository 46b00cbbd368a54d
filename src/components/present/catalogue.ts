/**
 * Build time: what the planner and the workbook know about each module — title, minutes, the
 * guide's blocks and optional activities — in course order.
 */
import type { PlannerModule } from '../../lib/present/planner';
import { getModules } from '../../utils/course';
import { getGuide } from '../../utils/guides';

export async function plannerCatalogue(): Promise<PlannerModule[]> {
  const modules = await getModules();
  const out: PlannerModule[] = [];
  for (const m of modules) {
    const guide = await getGuide(m.id);
    out.push({
      slug: m.id,
      title: m.data.title,
      minutes: m.data.minutes,
      blocks: (guide?.blocks ?? []).map((b) => ({ id: b.id, title: b.title, minutes: b.minutes })),
      optional: (guide?.activities ?? []).filter((a) => a.optional).map((a) => ({ id: a.id, title: a.title, kind: a.kind, minutes: a.minutes })),
    });
  }
  return out;
}
