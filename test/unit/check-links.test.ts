import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
  for (const [name, html] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, html);
  }
  return dir;
}

function check(dir: string) {
  return spawnSync(process.execPath, ['scripts/check-links.mjs', dir], { encoding: 'utf8' });
}

describe('link checker', () => {
  it('passes a site whose links and anchors all resolve', () => {
    const dir = site({
      'index.html': '<a href="/a/">A</a><a href="/a/#sec">sec</a><a href="#top">top</a><p id="top"></p><a href="https://example.org/">ext</a>',
      'a/index.html': '<h2 id="sec">S</h2><a href="../">up</a><img src="/img.svg">',
      'img.svg': '<svg/>',
    });
    const r = check(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('链接检查通过');
  });

  it('fails on a missing page and on a missing anchor, naming both', () => {
    const dir = site({
      'index.html': '<a href="/missing/">x</a><a href="/a/#nope">y</a>',
      'a/index.html': '<h2 id="sec">S</h2>',
    });
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/missing/ 指向不存在的页面');
    expect(r.stderr).toContain('#nope 在目标页面中不存在');
  });

  it('fails on an id used twice in one page', () => {
    const dir = site({ 'index.html': '<h4 id="背景">背景</h4><p>x</p><h4 id="背景">背景</h4>' });
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('id“背景”在页面中重复出现');
  });
});
