/**
 * Fixtures of the LMS browser tests: the packages of dist-lms/ opened in the stand-in LMS player
 * (scripts/lms-preview.mjs, scorm-again). Every test fails when
 * - a request goes anywhere but the player's own origin (learner data goes to the LMS only,
 *   through the SCORM API: the package itself sends nothing anywhere);
 * - the package requests a file its imsmanifest.xml does not list, or one the server does not
 *   have (a folder URL included: the player, like many LMSs, serves no index.html for folders);
 * - a page throws or logs an error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';

export const OUT = resolve(process.env['LMS_OUT_DIR'] ?? 'dist-lms');
export type Scorm = '1.2' | '2004';
export const zipName = (pkg: string, scorm: Scorm) => `retention-academy-${pkg}-scorm${scorm === '1.2' ? '12' : '2004'}.zip`;

const unpacked = new Map<string, Record<string, Uint8Array>>();
/** The files of a package zip, by path. */
export function unpack(zip: string): Record<string, Uint8Array> {
  let files = unpacked.get(zip);
  if (!files) {
    files = unzipSync(readFileSync(resolve(OUT, zip)));
    unpacked.set(zip, files);
  }
  return files;
}
export const textOf = (zip: string, path: string) => new TextDecoder().decode(unpack(zip)[path]);
/** The files imsmanifest.xml lists. */
export function listed(zip: string): string[] {
  return [...textOf(zip, 'imsmanifest.xml').matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

interface Guard {
  problems: string[];
  /** Package files requested, per zip. */
  loaded: Map<string, Set<string>>;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const g: Guard = { problems: [], loaded: new Map() };
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (/^(data|blob|about):/.test(url) || new URL(url).origin === origin) return route.continue();
        g.problems.push(`request to another origin: ${url}`);
        return route.abort();
      });
      page.on('request', (req) => {
        const u = new URL(req.url());
        const m = /^\/content\/([^/]+)\/(.+)$/.exec(u.pathname);
        if (!m) return;
        const zip = decodeURIComponent(m[1]!);
        const path = decodeURIComponent(m[2]!);
        if (!g.loaded.has(zip)) g.loaded.set(zip, new Set());
        g.loaded.get(zip)!.add(path);
        if (path !== 'imsmanifest.xml' && !listed(zip).includes(path)) g.problems.push(`${zip}: loaded ${path}, which imsmanifest.xml does not list`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) g.problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      page.on('pageerror', (e) => g.problems.push(`page error: ${e.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') g.problems.push(`console: ${msg.text()}`);
      });
      await use(g);
      expect(g.problems, 'requests, files and errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export type Record12 = { lesson_status: string; lesson_location: string; score: { raw: string; min: string; max: string }; suspend_data: string; exit: string; session_time: string };
export type Record2004 = { completion_status: string; success_status: string; progress_measure: string; location: string; score: { raw: string; min: string; max: string; scaled: string }; suspend_data: string; exit: string; session_time: string };

/** What the LMS holds for the package (after the package's last commit). */
export const record = <R = Record12 & Record2004>(page: Page) => page.evaluate(() => (window as unknown as { harness: { record(): unknown } }).harness.record()) as Promise<R | null>;
/** The values the package set in this launch, in order. */
export const calls = (page: Page) => page.evaluate(() => (window as unknown as { harness: { calls: [string, string][] } }).harness.calls);

/** Open a package in the player (the LMS launches it). */
export async function launch(page: Page, zip: string): Promise<void> {
  await page.goto(`/player.html?pkg=${encodeURIComponent(zip)}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { harness: { state: string } }).harness.state)).toBe('running');
}

export async function closeCourse(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { harness: { close(): void } }).harness.close());
}
export async function relaunch(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { harness: { launch(): void } }).harness.launch());
}

/** The frame of the course's pages, inside the package's launch page. */
export async function content(page: Page, path?: RegExp): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => {
      found = page.frames().find((f) => f.parentFrame()?.url().endsWith('/lms/launch.html') && f.url() !== 'about:blank' && (!path || path.test(f.url())));
      return !!found;
    })
    .toBe(true);
  await found!.waitForLoadState('load');
  return found!;
}

/** Wait until an island of the frame has hydrated. */
export async function hydratedIn(frame: Frame, name: string): Promise<void> {
  await expect(frame.locator(`astro-island[component-url*="${name}"]`).first()).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
}

/**
 * Wait until a progress view that is plain script, not an island (the module page's status line
 * `[data-module-tracker]`, the home page's `[data-continue-outline]`), shows the stored progress.
 */
export async function progressShownIn(frame: Frame, selector: string): Promise<void> {
  await expect(frame.locator(`${selector}[data-ready]`).first()).toBeAttached({ timeout: 20_000 });
}

/** The learner's progress as the course's pages hold it (localStorage of the LMS's origin). */
export const stored = (frame: Frame) => frame.evaluate(() => JSON.parse(localStorage.getItem('ra-progress') ?? 'null'));
