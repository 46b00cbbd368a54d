/**
 * The practice collections on their source files: the assessment-only bank (at least 40
 * questions across the six tracks, each pointing at a section of a module of its track), and
 * every quiz and bank question within the limits a saved attempt can hold (so an answer saved
 * mid-attempt resumes exactly). New course text uses full-width punctuation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentBankSchema } from '../../../src/schemas/assessment';
import { quizSchema, type Question } from '../../../src/schemas/quiz';
import { TRACKS } from '../../../src/lib/tracks';
import { LIMITS } from '../../../src/lib/progress-limits';

const root = new URL('../../../src/content/', import.meta.url);
const read = (dir: string) => readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: `${dir}${f}`, slug: f.replace(/\.yaml$/, ''), text: readFileSync(new URL(`${dir}${f}`, root), 'utf8') }));

const modules = new Map(
  readdirSync(new URL('modules/', root))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(new URL(`modules/${f}`, root), 'utf8');
      const track = /^track:\s*(\S+)/m.exec(text)?.[1] ?? '';
      const sections = new Set([...text.matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!));
      return [f.replace(/\.mdx$/, ''), { track, sections }] as const;
    }),
);

const banks = read('assessment/').map((f) => ({ ...f, bank: assessmentBankSchema.parse(parse(f.text)) }));

describe('the assessment-only bank', () => {
  it('has at least 40 questions, and every track contributes', () => {
    const counts = new Map(banks.map((b) => [b.slug, Object.values(b.bank).flat().length]));
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);
    for (const t of TRACKS) expect(counts.get(t.slug) ?? 0, t.slug).toBeGreaterThanOrEqual(5);
  });
  it('every question belongs to a module of its file’s track and points at one of its sections', () => {
    const problems: string[] = [];
    for (const b of banks) {
      for (const [module, questions] of Object.entries(b.bank)) {
        const m = modules.get(module);
        if (!m || m.track !== b.slug) problems.push(`${b.file}: 模块 ${module} 不属于路径 ${b.slug}`);
        for (const q of questions) if (m && !m.sections.has(q.section)) problems.push(`${b.file}: ${module}/${q.id} 的 section“${q.section}”不存在`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('uses at least five question types, and never repeats a module quiz question', () => {
    const all = banks.flatMap((b) => Object.values(b.bank).flat());
    expect(new Set(all.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
    const quizPrompts = new Set(read('quizzes/').flatMap((f) => quizSchema.parse(parse(f.text)).questions.map((q) => q.prompt.trim())));
    expect(all.filter((q) => quizPrompts.has(q.prompt.trim())).map((q) => q.id)).toEqual([]);
  });
});

describe('every question fits what a saved attempt can hold', () => {
  const questions: { file: string; q: Question }[] = [
    ...read('quizzes/').flatMap((f) => quizSchema.parse(parse(f.text)).questions.map((q) => ({ file: f.file, q }))),
    ...banks.flatMap((b) => Object.values(b.bank).flat().map((q) => ({ file: b.file, q }))),
  ];
  it.each(questions.map(({ file, q }) => [`${file} ${q.id}`, q] as const))('%s', (_, q) => {
    const ids = 'options' in q ? q.options.map((o) => o.id) : q.type === 'ordering' ? q.items.map((i) => i.id) : q.type === 'matching' ? q.pairs.map((p) => p.id) : [];
    expect(ids.length).toBeLessThanOrEqual(LIMITS.parts);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(LIMITS.slug);
    if (q.type === 'matching') for (const p of q.pairs) expect(Array.from(p.right).length).toBeLessThanOrEqual(LIMITS.text);
    expect(q.id.length).toBeLessThanOrEqual(LIMITS.slug);
  });
});

describe('typography of the new course text', () => {
  it('uses full-width punctuation next to Chinese characters', () => {
    const han = '[\\u3400-\\u9fff「」“”、。]';
    const bad = new RegExp(`${han}[,:;?!()]|[,:;?!()]${han}`, 'u');
    const problems = [...read('assessment/'), ...read('exercises/')].flatMap((f) =>
      f.text
        .split('\n')
        .map((line, i) => ({ line, i }))
        .filter(({ line }) => !line.trim().startsWith('#') && bad.test(line))
        .map(({ line, i }) => `${f.file}:${i + 1}: ${line.trim().slice(0, 60)}`),
    );
    expect(problems).toEqual([]);
  });
});
