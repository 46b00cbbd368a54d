/**
 * Every module, quiz and case is complete and consistent — the promises of CURRICULUM.md
 * ("Every module: learning objectives, estimated time, key takeaways, at least one case …, a quiz
 * of at least 6 questions of at least 3 types …") checked on the source files, so a writer sees
 * which file breaks which rule without building the site.
 *
 * Each test collects its problems as "file: message" lines and expects an empty list, so a
 * failure prints every problem at once, each naming its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = join(ROOT, 'src/content/modules');
const QUIZZES = join(ROOT, 'src/content/quizzes');
const CASES = join(ROOT, 'src/content/cases');
const GLOSSARY = join(ROOT, 'src/content/glossary.yaml');

/** Minimum body length of a module, in CJK characters (frontmatter and imports excluded). */
const MIN_BODY_CJK = 2500;
const MIN_QUESTIONS = 6;
const MIN_QUESTION_TYPES = 3;
const CASE_SECTIONS = ['背景', '挑战', '做法', '结果', '讨论题'];

const rel = (path: string) => relative(ROOT, path);

/** Split a Markdown/MDX file into its YAML frontmatter (parsed) and its body. */
function splitFrontmatter(path: string): { data: Record<string, unknown>; body: string; error?: string } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text, error: `${rel(path)}: 缺少 --- 包围的 frontmatter` };
  const parsed = parseYaml(m[1]!, path);
  const data = parsed.value;
  return {
    data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: m[2]!,
    ...(parsed.error ? { error: parsed.error } : {}),
  };
}

/** Parse YAML without throwing, so one broken file fails its own tests, not the whole suite. */
function parseYaml(text: string, path: string): { value: unknown; error?: string } {
  try {
    return { value: parse(text) as unknown };
  } catch (e) {
    return { value: undefined, error: `${rel(path)}: YAML 无法解析：${(e as Error).message.split('\n')[0]}` };
  }
}

/** The body's lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(body: string): { line: string; n: number }[] {
  const out: { line: string; n: number }[] = [];
  let fence: string | null = null;
  body.split(/\r?\n/).forEach((line, i) => {
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      fence = fence === null ? f[1]! : fence === f[1] ? null : fence;
      return;
    }
    if (fence === null) out.push({ line, n: i + 1 });
  });
  return out;
}

const cjkCount = (s: string) => (s.match(/[\u3400-\u9fff]/g) ?? []).length;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const moduleFiles = existsSync(MODULES) ? readdirSync(MODULES).filter((f) => f.endsWith('.mdx')).sort() : [];
const caseFiles = existsSync(CASES) ? readdirSync(CASES).filter((f) => f.endsWith('.md')).sort() : [];
const glossary = existsSync(GLOSSARY) ? parseYaml(readFileSync(GLOSSARY, 'utf8'), GLOSSARY) : { value: [] };
const glossaryIds = new Set(list(glossary.value).map((e) => String((e as { id?: unknown }).id)));

it('the glossary parses', () => {
  expect(glossary.error ? [glossary.error] : []).toEqual([]);
});

it('there is at least one module to check', () => {
  expect(moduleFiles.length, `${rel(MODULES)} 里没有任何 .mdx 模块`).toBeGreaterThan(0);
});

describe.each(moduleFiles)('module %s', (file) => {
  const path = join(MODULES, file);
  const slug = file.replace(/\.mdx$/, '');
  const name = rel(path);
  const { data, body, error } = splitFrontmatter(path);
  const lines = proseLines(body);

  it('has frontmatter that parses', () => {
    expect(error ? [error] : []).toEqual([]);
  });
  const prose = lines.map((l) => l.line).join('\n');
  const sectionIds = new Set([...prose.matchAll(/^#{2,3}\s.*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!));

  it('has at least 2 objectives and 3 takeaways', () => {
    if (error) return; // reported by "has frontmatter that parses"
    const problems: string[] = [];
    const objectives = list(data.objectives).length;
    const takeaways = list(data.takeaways).length;
    if (objectives < 2) problems.push(`${name}: objectives 只有 ${objectives} 条，至少需要 2 条`);
    if (takeaways < 3) problems.push(`${name}: takeaways 只有 ${takeaways} 条，至少需要 3 条`);
    expect(problems).toEqual([]);
  });

  it('gives every ## and ### heading an explicit {#id}', () => {
    const problems = lines
      .filter(({ line }) => /^#{2,3}\s/.test(line) && !/\{#[a-z0-9]+(?:-[a-z0-9]+)*\}\s*$/.test(line))
      .map(({ line, n }) => `${name}:${n + frontmatterLines(path)}: 标题缺少 {#english-id}:${line.trim()}`);
    expect(problems).toEqual([]);
  });

  it('embeds at least one case, and every embedded case exists', () => {
    const ids = [...prose.matchAll(/<Case\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
    const problems: string[] = [];
    if (ids.length === 0) problems.push(`${name}: 没有嵌入任何案例（<Case id="…" />）`);
    for (const id of ids) {
      if (!existsSync(join(CASES, `${id}.md`))) problems.push(`${name}: <Case id="${id}"> 指向的 ${rel(join(CASES, `${id}.md`))} 不存在`);
    }
    expect(problems).toEqual([]);
  });

  it('marks only glossary terms that exist', () => {
    const problems = [...prose.matchAll(/<Term\s+id=["']([^"']+)["']/g)]
      .map((m) => m[1]!)
      .filter((id) => !glossaryIds.has(id))
      .map((id) => `${name}: <Term id="${id}"> 在 ${rel(GLOSSARY)} 中不存在`);
    expect(problems).toEqual([]);
  });

  it(`has a body of at least ${MIN_BODY_CJK} Chinese characters`, () => {
    const text = prose.replace(/^import\s.*$/gm, '');
    const n = cjkCount(text);
    expect(n >= MIN_BODY_CJK ? [] : [`${name}: 正文只有 ${n} 个汉字，至少需要 ${MIN_BODY_CJK} 个`]).toEqual([]);
  });

  it(`has a quiz of at least ${MIN_QUESTIONS} questions and ${MIN_QUESTION_TYPES} types, each pointing at a section of this module`, () => {
    const quizPath = join(QUIZZES, `${slug}.yaml`);
    const quizName = rel(quizPath);
    if (!existsSync(quizPath)) {
      expect([`${name}: 缺少测验文件 ${quizName}`]).toEqual([]);
      return;
    }
    const parsed = parseYaml(readFileSync(quizPath, 'utf8'), quizPath);
    if (parsed.error) {
      expect([parsed.error]).toEqual([]);
      return;
    }
    const quiz = parsed.value as { questions?: unknown } | null;
    const questions = list(quiz?.questions) as { id?: string; type?: string; section?: string }[];
    const types = new Set(questions.map((q) => q.type));
    const problems: string[] = [];
    if (questions.length < MIN_QUESTIONS) problems.push(`${quizName}: 只有 ${questions.length} 道题，至少需要 ${MIN_QUESTIONS} 道`);
    if (types.size < MIN_QUESTION_TYPES) problems.push(`${quizName}: 只用了 ${types.size} 种题型（${[...types].join('、')}），至少需要 ${MIN_QUESTION_TYPES} 种`);
    for (const q of questions) {
      if (!q.section) problems.push(`${quizName}: 题目 ${q.id ?? '?'} 缺少 section`);
      else if (!sectionIds.has(q.section)) problems.push(`${quizName}: 题目 ${q.id ?? '?'} 的 section “${q.section}” 不是 ${name} 中的小节 id`);
    }
    expect(problems).toEqual([]);
  });
});

/** Number of lines taken by the frontmatter block, so heading problems report file line numbers. */
function frontmatterLines(path: string): number {
  const text = readFileSync(path, 'utf8');
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? m[0].split('\n').length - 1 : 0;
}

describe.each(caseFiles)('case %s', (file) => {
  const path = join(CASES, file);
  const name = rel(path);

  it(`has exactly the sections ${CASE_SECTIONS.join(' / ')}, in order`, () => {
    const { body } = splitFrontmatter(path);
    const headings = proseLines(body)
      .map(({ line }) => /^##\s+(.+?)\s*$/.exec(line)?.[1])
      .filter((h): h is string => h !== undefined);
    const problems: string[] = [];
    if (headings.join('|') !== CASE_SECTIONS.join('|')) {
      problems.push(`${name}: 二级标题应依次为 ${CASE_SECTIONS.map((s) => `## ${s}`).join('、')}，实际为 ${headings.map((h) => `## ${h}`).join('、') || '（无）'}`);
    }
    expect(problems).toEqual([]);
  });

  it('asks 2–4 numbered discussion questions', () => {
    const { body } = splitFrontmatter(path);
    const after = body.split(/^##\s+讨论题\s*$/m)[1] ?? '';
    const n = (after.split(/^##\s/m)[0]!.match(/^\d+\.\s+\S/gm) ?? []).length;
    expect(n >= 2 && n <= 4 ? [] : [`${name}: 讨论题应为 2–4 道编号题，实际 ${n} 道`]).toEqual([]);
  });
});
