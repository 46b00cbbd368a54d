import { trackIndex } from './tracks';

/** The minimum a module needs to be placed in course order. */
export interface OrderedModule {
  slug: string;
  track: string;
  order: number;
}

/**
 * Course order: by track (A → F, as in TRACKS), then by the module's `order` within its track,
 * then by slug so that a tie can never make the order depend on file-system listing.
 */
export function sortModules<M extends OrderedModule>(modules: readonly M[]): M[] {
  return modules.slice().sort((a, b) => trackIndex(a.track) - trackIndex(b.track) || a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The modules before and after `slug` in course order (undefined at either end). */
export function neighbours<M extends OrderedModule>(modules: readonly M[], slug: string): { prev: M | undefined; next: M | undefined } {
  const sorted = sortModules(modules);
  const i = sorted.findIndex((m) => m.slug === slug);
  if (i < 0) return { prev: undefined, next: undefined };
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** Sum of minutes, for "约 N 分钟" on track and home pages. */
export function totalMinutes(modules: readonly { minutes: number }[]): number {
  return modules.reduce((sum, m) => sum + m.minutes, 0);
}
