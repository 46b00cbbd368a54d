/**
 * The reference pages' promises, checked on the sources (the built pages are checked by
 * test/e2e/reference.spec.ts and scripts/check-links.mjs):
 * - every glossary term names the module section that teaches it, and that section exists;
 * - every glossary id can be an anchor of /glossary/ (no clash with the page's own ids);
 * - every case is embedded by the module its frontmatter names (the case page links there);
 * - every case told by the seeds states a challenge a class can discuss: its 挑战 is not an
 *   editor's note about the source, a scenario we added is marked 情境设定（示例）, and what the
 *   source does not say is in its `provenance` note.
 * Each test lists every problem as "file: message".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = join(ROOT, 'src/content/modules');
const CASES = join(ROOT, 'src/content/cases');
const GLOSSARY = join(ROOT, 'src/content/glossary.yaml');
const rel = (p: string) => relative(ROOT, p);

interface GlossaryEntry {
  id: string;
  term: string;
  module: string;
  section?: string;
}

const glossary = parse(readFileSync(GLOSSARY, 'utf8')) as GlossaryEntry[];

/** Section ids of a module: every `{#id}` of its headings. */
function sectionIds(slug: string): Set<string> | undefined {
  const file = join(MODULES, `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  return new Set([...readFileSync(file, 'utf8').matchAll(/^#{2,3}\s.*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!));
}

function frontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  return m ? { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! } : { data: {}, body: '' };
}

/** The text of one `## 标题` section of a case body. */
function section(body: string, title: string): string {
  return (body.split(new RegExp(`^##\\s+${title}\\s*$`, 'm'))[1] ?? '').split(/^##\s/m)[0]!.trim();
}

describe('glossary', () => {
  it('names, for every term, a section of its module that exists', () => {
    const problems: string[] = [];
    for (const e of glossary) {
      const ids = sectionIds(e.module);
      if (!ids) problems.push(`${rel(GLOSSARY)}: 术语“${e.id}”的 module“${e.module}”不存在`);
      else if (!e.section) problems.push(`${rel(GLOSSARY)}: 术语“${e.id}”缺少 section`);
      else if (!ids.has(e.section)) problems.push(`${rel(GLOSSARY)}: 术语“${e.id}”的 section“${e.section}”不是模块 ${e.module} 的小节 id`);
    }
    expect(problems).toEqual([]);
  });

  it('uses ids that can be anchors of /glossary/: unique, and not one of the page’s own ids', () => {
    const own = new Set(['main', 'top', 'glossary-letters', 'site-search-input', 'site-search-results']);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const e of glossary) {
      if (seen.has(e.id)) problems.push(`${rel(GLOSSARY)}: 术语 id“${e.id}”重复`);
      if (own.has(e.id) || /^letter-/.test(e.id)) problems.push(`${rel(GLOSSARY)}: 术语 id“${e.id}”与术语表页面自己的 id 冲突`);
      seen.add(e.id);
    }
    expect(problems).toEqual([]);
  });
});

const caseFiles = readdirSync(CASES).filter((f) => f.endsWith('.md'));

describe('cases', () => {
  it('are each embedded by the module their frontmatter names', () => {
    const problems: string[] = [];
    for (const file of caseFiles) {
      const id = file.replace(/\.md$/, '');
      const module = String(frontmatter(join(CASES, file)).data['module']);
      const mdx = join(MODULES, `${module}.mdx`);
      if (!existsSync(mdx)) problems.push(`src/content/cases/${file}: module“${module}”不存在`);
      else if (!new RegExp(`<Case\\s+id=["']${id}["']`).test(readFileSync(mdx, 'utf8'))) problems.push(`src/content/cases/${file}: 模块 ${module} 没有嵌入 <Case id="${id}" />`);
    }
    expect(problems).toEqual([]);
  });

  it('told by the seeds, state a challenge a class can discuss, with provenance as a short note', () => {
    const problems: string[] = [];
    for (const file of caseFiles) {
      const { data, body } = frontmatter(join(CASES, file));
      if (data['constructed'] === true) continue;
      const name = `src/content/cases/${file}`;
      const challenge = section(body, '挑战');
      if (/原资料|课程资料|参考资料/.test(challenge)) problems.push(`${name}: “挑战”里是关于原资料的说明，应写成可以讨论的挑战，出处放进 provenance`);
      if (/情境设定/.test(challenge) && !/^\*\*情境设定（示例）\*\*/.test(challenge)) problems.push(`${name}: 补充的情境应以 **情境设定（示例）** 开头`);
      if ([...challenge.replace(/\*\*[^*]+\*\*/g, '')].length < 60) problems.push(`${name}: “挑战”太短，不足以讨论（少于 60 字）`);
      if (!/[？?]/.test(challenge)) problems.push(`${name}: “挑战”应以一个要回答的问题收尾`);
      const provenance = data['provenance'];
      if (typeof provenance !== 'string' || !/原资料/.test(provenance)) problems.push(`${name}: 缺少 provenance（原资料写了什么、没写什么）`);
      else if ([...provenance].length > 120) problems.push(`${name}: provenance 应是简短的说明（不超过 120 字）`);
    }
    expect(problems).toEqual([]);
  });
});
