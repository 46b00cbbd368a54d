import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neighbours, sortModules, totalMinutes } from '../../src/lib/course-order';
import { TRACKS, TRACK_SLUGS, trackBySlug, trackIndex } from '../../src/lib/tracks';
import { pageTitle, SITE_NAME } from '../../src/lib/site';

const m = (slug: string, track: string, order: number) => ({ slug, track, order });

describe('course order', () => {
  const modules = [m('c1', 'customer-churn', 1), m('a2', 'basics', 2), m('b1', 'employee-churn', 1), m('a1', 'basics', 1)];

  it('sorts by track, then order, then slug', () => {
    expect(sortModules(modules).map((x) => x.slug)).toEqual(['a1', 'a2', 'b1', 'c1']);
    expect(sortModules([m('z', 'basics', 1), m('a', 'basics', 1)]).map((x) => x.slug)).toEqual(['a', 'z']);
  });

  it('finds previous and next across track boundaries', () => {
    expect(neighbours(modules, 'a2')).toEqual({ prev: modules[3], next: modules[2] });
    expect(neighbours(modules, 'a1').prev).toBeUndefined();
    expect(neighbours(modules, 'c1').next).toBeUndefined();
    expect(neighbours(modules, 'missing')).toEqual({ prev: undefined, next: undefined });
  });

  it('does not mutate its input and is a permutation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ slug: fc.string(), track: fc.constantFrom(...TRACK_SLUGS), order: fc.integer({ min: 1, max: 9 }) })),
        (list) => {
          const copy = list.slice();
          const sorted = sortModules(list);
          expect(list).toEqual(copy);
          expect(sorted).toHaveLength(list.length);
          for (let i = 1; i < sorted.length; i++) {
            const a = sorted[i - 1]!;
            const b = sorted[i]!;
            expect(trackIndex(a.track) < trackIndex(b.track) || (a.track === b.track && a.order <= b.order)).toBe(true);
          }
        },
      ),
    );
  });

  it('adds up minutes', () => {
    expect(totalMinutes([])).toBe(0);
    expect(totalMinutes([{ minutes: 30 }, { minutes: 45 }])).toBe(75);
  });
});

describe('tracks', () => {
  it('has the six tracks with their fixed URL slugs in course order', () => {
    expect(TRACKS.map((t) => t.slug)).toEqual(['basics', 'employee-churn', 'customer-churn', 'measurement-theory', 'data-driven', 'training-delivery']);
    expect(TRACKS.map((t) => t.letter).join('')).toBe('ABCDEF');
  });
  it('looks tracks up by slug', () => {
    expect(trackBySlug('data-driven')?.title).toBe('数据驱动');
    expect(trackBySlug('nope')).toBeUndefined();
    expect(trackIndex('nope')).toBe(-1);
  });
});

describe('page titles', () => {
  it('suffixes the site name, or uses the tagline on the home page', () => {
    expect(pageTitle('关于本课程')).toBe(`关于本课程 · ${SITE_NAME}`);
    expect(pageTitle()).toMatch(/^留存学院 · /);
    expect(pageTitle(SITE_NAME)).toMatch(/^留存学院 · /);
  });
});
