/**
 * Build-time access to the facilitator guides, checked against their modules and the cases
 * (src/schemas/guide.ts has the rules). A guide that does not fit its module throws an Error
 * naming `src/content/guides/<slug>.yaml` and the field, which fails the build.
 */
import { getCollection, render } from 'astro:content';
import { guideModuleProblems, type Guide } from '../schemas/guide';
import { getModules } from './course';

let cache: Promise<Map<string, Guide>> | undefined;

async function load(): Promise<Map<string, Guide>> {
  const [modules, entries, cases] = await Promise.all([getModules(), getCollection('guides'), getCollection('cases')]);
  const caseIds = new Set(cases.map((c) => c.id));
  const outlines = new Map<string, { minutes: number; sections: string[] }>();
  for (const m of modules) {
    const { headings } = await render(m);
    outlines.set(m.id, { minutes: m.data.minutes, sections: headings.filter((h) => h.depth === 2).map((h) => h.slug) });
  }
  const guides = new Map<string, Guide>();
  for (const entry of entries) {
    const problems = guideModuleProblems(entry.data, { file: entry.id, module: outlines.get(entry.id), caseIds });
    if (problems.length > 0) {
      throw new Error(`src/content/guides/${entry.id}.yaml:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    }
    guides.set(entry.id, entry.data);
  }
  return guides;
}

/** Every checked guide by module slug. */
export function getGuides(): Promise<Map<string, Guide>> {
  return (cache ??= load());
}

/** The checked guide of a module, or undefined when it has none. */
export async function getGuide(slug: string): Promise<Guide | undefined> {
  return (await getGuides()).get(slug);
}
