/**
 * What both Playwright configurations share (playwright.config.ts: the site; playwright.lms.config.ts:
 * the SCORM packages): a free loopback port, the browser (Chromium: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own where one is installed) and how it is launched.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free port on 127.0.0.1 (the main process picks it; workers inherit it through env). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The loopback port of a config's server, kept in env var `name`: the main process picks a free
 * one, and the workers, which re-read the config, inherit it instead of picking another.
 */
export async function serverPort(name: string): Promise<number> {
  process.env[name] ||= String(await freePort());
  return Number(process.env[name]);
}

const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((p): p is string => !!p).find((p) => existsSync(p));

export const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};
