/**
 * The learner-facing text of the content files, line by line, with what is not text taken out:
 * the checks on names, ranges and quotation marks (terminology.test.ts) read this, so a JSX
 * attribute (`id="…"`), a calculator's values (`{{ end: '2027-06-30' }}`), a URL or an ISO date in
 * YAML is never mistaken for prose.
 *
 * - MDX and Markdown: the body outside fenced code; JSX tags, `{…}` expressions, inline code and
 *   link targets removed; the frontmatter read as YAML (its string values only).
 * - YAML: every string value, with the line it starts on.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, isScalar, visit } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT = join(ROOT, 'src/content');

export interface TextLine {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line in the file. */
  n: number;
  text: string;
}

/** Every content file a learner or trainer reads: modules, quizzes, cases, glossary, guides, exercises, assessment. */
export function contentFiles(): string[] {
  const dirs: [string, string][] = [
    ['modules', '.mdx'],
    ['quizzes', '.yaml'],
    ['cases', '.md'],
    ['guides', '.yaml'],
    ['exercises', '.yaml'],
    ['assessment', '.yaml'],
  ];
  const files: string[] = [];
  for (const [dir, ext] of dirs) {
    const path = join(CONTENT, dir);
    if (!existsSync(path)) continue;
    for (const f of readdirSync(path).sort()) if (f.endsWith(ext)) files.push(join(path, f));
  }
  files.push(join(CONTENT, 'glossary.yaml'));
  return files;
}

/** Remove what is markup, not text, from one line of MDX/Markdown prose. */
export function proseOf(line: string): string {
  return line
    .replace(/\{\{.*?\}\}/g, ' ') // JSX object literals (calculator values)
    .replace(/\{\/\*.*?\*\/\}/g, ' ') // MDX comments
    .replace(/\{[^{}]*\}/g, ' ') // other JSX expressions, heading ids {#id}
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ') // JSX / HTML tags with their attributes
    .replace(/`[^`]*`/g, ' ') // inline code
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/https?:\/\/\S+/g, ' ');
}

/** String values of a YAML source, each with the 1-based line it starts on. */
export function yamlStrings(source: string, file: string, lineOffset = 0): TextLine[] {
  const doc = parseDocument(source);
  const starts: number[] = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: TextLine[] = [];
  visit(doc, {
    Scalar(key, node) {
      // Keys are field names, not text.
      if (key === 'key') return;
      if (isScalar(node) && typeof node.value === 'string' && node.range) out.push({ file, n: lineAt(node.range[0]) + lineOffset, text: node.value });
    },
  });
  return out;
}

/** The learner text of one content file, as lines. */
export function learnerText(path: string): TextLine[] {
  const file = relative(ROOT, path);
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (path.endsWith('.yaml')) return yamlStrings(source, file);
  const lines = source.split(/\r?\n/);
  const out: TextLine[] = [];
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      out.push(...yamlStrings(lines.slice(1, end).join('\n'), file, 1));
      start = end + 1;
    }
  }
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      fence = fence === null ? f[1]! : fence === f[1] ? null : fence;
      continue;
    }
    if (fence !== null || /^import\s/.test(line)) continue;
    out.push({ file, n: i + 1, text: proseOf(line) });
  }
  return out;
}
