/**
 * Build-time access to the course content (Astro side). Pages and layouts use these instead of
 * querying collections themselves, so ordering and validation live in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortModules } from '../lib/course-order';
import { TRACKS, type TrackSlug } from '../lib/tracks';

export type ModuleEntry = CollectionEntry<'modules'>;
/** A module entry with the fields course ordering needs lifted to the top level. */
export type CourseModule = ModuleEntry & { slug: string; track: TrackSlug; order: number };

/** All modules in course order, with cross-module references checked. */
export async function getModules(): Promise<CourseModule[]> {
  const entries = await getCollection('modules');
  const slugs = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    for (const pre of entry.data.prerequisites) {
      if (!slugs.has(pre)) {
        throw new Error(`src/content/modules/${entry.id}.mdx: prerequisites 中的模块“${pre}”不存在。`);
      }
      if (pre === entry.id) throw new Error(`src/content/modules/${entry.id}.mdx: 模块不能把自己列为 prerequisites。`);
    }
  }
  return sortModules(entries.map((e): CourseModule => ({ ...e, slug: e.id, track: e.data.track, order: e.data.order })));
}

/**
 * Each track with its own modules (course order) and the modules of other tracks it also
 * recommends (frontmatter `alsoRecommendedIn`), which do not count towards the track.
 */
export async function getModulesByTrack(): Promise<{ track: (typeof TRACKS)[number]; modules: CourseModule[]; recommended: CourseModule[] }[]> {
  const modules = await getModules();
  return TRACKS.map((track) => ({
    track,
    modules: modules.filter((m) => m.data.track === (track.slug as TrackSlug)),
    // `?? []`: an entry cached by the content layer before the field existed has no default filled in.
    recommended: modules.filter((m) => (m.data.alsoRecommendedIn ?? []).includes(track.slug as TrackSlug)),
  }));
}

export function moduleUrl(slug: string, section?: string): string {
  return `/modules/${slug}/${section ? `#${section}` : ''}`;
}

export function trackUrl(slug: string): string {
  return `/tracks/${slug}/`;
}
