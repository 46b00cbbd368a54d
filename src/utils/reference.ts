/**
 * Build-time data of the reference pages (/glossary/, /cases/, /cases/<id>/): glossary terms with
 * the module section that teaches them, and cases with the module that embeds them. A term whose
 * section does not exist, or a case whose module does not embed it, fails the build naming the
 * file and the field.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getModules, moduleUrl, type CourseModule } from './course';

export interface SectionRef {
  module: CourseModule;
  /** The section's heading text. */
  heading: string;
  url: string;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  en: string | undefined;
  definition: string;
  taught: SectionRef;
}

let sectionCache: Promise<Map<string, Map<string, string>>> | undefined;

/** Module slug → (section id → heading text), from the rendered modules' headings (h2 and h3). */
export function moduleSections(): Promise<Map<string, Map<string, string>>> {
  sectionCache ??= (async () => {
    const out = new Map<string, Map<string, string>>();
    for (const entry of await getCollection('modules')) {
      const { headings } = await render(entry);
      out.set(entry.id, new Map(headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => [h.slug, h.text])));
    }
    return out;
  })();
  return sectionCache;
}

/** Every glossary term with the module section that teaches it. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const [entries, modules, sections] = await Promise.all([getCollection('glossary'), getModules(), moduleSections()]);
  return entries.map(({ data }) => {
    const where = `src/content/glossary.yaml 中术语“${data.id}”`;
    const module = modules.find((m) => m.id === data.module);
    if (!module) throw new Error(`${where}: module“${data.module}”不是已有的模块。`);
    const heading = sections.get(data.module)?.get(data.section);
    if (!heading) {
      throw new Error(`${where}: section“${data.section}”不是模块 ${data.module} 的小节 id（模块标题里的 {#id}）。`);
    }
    return { id: data.id, term: data.term, en: data.en, definition: data.definition, taught: { module, heading, url: moduleUrl(data.module, data.section) } };
  });
}

export type CaseEntry = CollectionEntry<'cases'>;

export interface CaseItem {
  entry: CaseEntry;
  module: CourseModule;
  /** Where the module shows the case: `/modules/<slug>/#case-<id>`. */
  url: string;
}

/** Every case in course order (by its module, then title), with the module that embeds it. */
export async function getCases(): Promise<CaseItem[]> {
  const [entries, modules] = await Promise.all([getCollection('cases'), getModules()]);
  const items = entries.map((entry) => {
    const module = modules.find((m) => m.id === entry.data.module);
    if (!module) throw new Error(`src/content/cases/${entry.id}.md: module“${entry.data.module}”不是已有的模块。`);
    if (!new RegExp(`<Case\\s+id=["']${entry.id}["']`).test(module.body ?? '')) {
      throw new Error(`src/content/cases/${entry.id}.md: module 写的是“${entry.data.module}”，但该模块没有用 <Case id="${entry.id}" /> 嵌入这个案例。`);
    }
    return { entry, module, url: `${moduleUrl(module.slug)}#case-${entry.id}` };
  });
  const order = new Map(modules.map((m, i) => [m.id, i]));
  return items.sort((a, b) => (order.get(a.module.id) ?? 0) - (order.get(b.module.id) ?? 0) || a.entry.data.title.localeCompare(b.entry.data.title, 'zh-CN'));
}
