/**
 * Finding the LMS's API object, as the SCORM run-time specifications describe it: SCORM 1.2's
 * `API` and SCORM 2004's `API_1484_11` live on a window of the LMS player — this window, one of
 * its parents (searched upwards, at most 7 levels for 1.2 and 500 for 2004, as ADL's sample
 * code does), or the window that opened this one and its parents. A window of another origin
 * cannot be read (the browser throws): the search stops there. Pure over window-like objects, so
 * it is tested without a browser; src/scripts/lms-launch.ts passes the real window.
 */
import type { ScormVersion } from './package-info';

export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly [name: string]: unknown;
}

export const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;
const MAX_LEVELS = { '1.2': 7, '2004': 500 } as const;

function read(win: WindowLike, key: string): unknown {
  try {
    return win[key];
  } catch {
    return undefined; // another origin
  }
}

function search(start: WindowLike, name: string, levels: number): object | undefined {
  let win: WindowLike | null | undefined = start;
  for (let i = 0; win && i <= levels; i++) {
    const api = read(win, name);
    if (api && typeof api === 'object') return api;
    const parent = read(win, 'parent') as WindowLike | null | undefined;
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** The API object of `version`, or undefined when no LMS launched this window. */
export function findApi(win: WindowLike, version: ScormVersion): object | undefined {
  const name = API_NAME[version];
  const found = search(win, name, MAX_LEVELS[version]);
  if (found) return found;
  const opener = read(win, 'opener') as WindowLike | null | undefined;
  return opener ? search(opener, name, MAX_LEVELS[version]) : undefined;
}
