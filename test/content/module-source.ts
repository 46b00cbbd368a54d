/**
 * Reading a module's MDX source the way the slide and guide checks need it: frontmatter minutes,
 * H2 sections (with the 1-based file line of each line), and the `<Slide>` blocks of each section.
 * Lines inside fenced code blocks are skipped, so an example in a code fence is never a heading
 * or a slide.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  n: number;
}

export interface Section {
  id: string;
  heading: SourceLine;
  /** The section's lines after its heading, up to the next H2 (H3 subsections included). */
  lines: SourceLine[];
}

export interface ModuleSource {
  minutes: number | undefined;
  /** Lines before the first H2 (frontmatter excluded). */
  intro: SourceLine[];
  sections: Section[];
  /** Every line outside the frontmatter and code fences. */
  body: SourceLine[];
}

const H2 = /^##\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$/;

export function readModule(path: string): ModuleSource {
  return parseModule(readFileSync(path, 'utf8'));
}

export function parseModule(source: string): ModuleSource {
  const all = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  let minutes: number | undefined;
  if (all[0] === '---') {
    const end = all.indexOf('---', 1);
    if (end > 0) {
      const data = parse(all.slice(1, end).join('\n')) as { minutes?: unknown } | null;
      if (typeof data?.minutes === 'number') minutes = data.minutes;
      start = end + 1;
    }
  }
  const body: SourceLine[] = [];
  let fence: string | null = null;
  for (let i = start; i < all.length; i++) {
    const line = all[i]!;
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      fence = fence === null ? f[1]! : fence === f[1] ? null : fence;
      continue;
    }
    if (fence === null) body.push({ text: line, n: i + 1 });
  }
  const intro: SourceLine[] = [];
  const sections: Section[] = [];
  for (const line of body) {
    const h = H2.exec(line.text);
    if (h) sections.push({ id: h[2]!, heading: line, lines: [] });
    else (sections.at(-1)?.lines ?? intro).push(line);
  }
  return { minutes, intro, sections, body };
}

export interface SlideBlock {
  /** The `<Slide …>` line. */
  open: SourceLine;
  attrs: Record<string, string>;
  /** Attributes that are not `name="value"` string literals (e.g. `title={x}`), by name. */
  badAttrs: string[];
  /** Lines between the open and close tags. */
  inner: SourceLine[];
  /** Inner lines outside `<SpeakerNote>…</SpeakerNote>`, blank lines dropped: what the room reads. */
  content: SourceLine[];
  closed: boolean;
}

const SLIDE_OPEN = /^<Slide(\s[^>]*)?>\s*$/;
const SLIDE_CLOSE = /^<\/Slide>\s*$/;

/** The `<Slide>` blocks among some lines (tags on lines of their own, at column 0). */
export function slideBlocks(lines: readonly SourceLine[]): SlideBlock[] {
  const out: SlideBlock[] = [];
  let current: SlideBlock | null = null;
  for (const line of lines) {
    if (current) {
      if (SLIDE_CLOSE.test(line.text)) {
        current.closed = true;
        current.content = withoutNotes(current.inner);
        out.push(current);
        current = null;
      } else current.inner.push(line);
      continue;
    }
    const m = SLIDE_OPEN.exec(line.text);
    if (m) {
      const { attrs, bad } = parseAttrs(m[1] ?? '');
      current = { open: line, attrs, badAttrs: bad, inner: [], content: [], closed: false };
    }
  }
  if (current) {
    current.content = withoutNotes(current.inner);
    out.push(current);
  }
  return out;
}

function withoutNotes(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let inNote = false;
  for (const line of lines) {
    let text = line.text;
    // A note may open and close on one line, or span several.
    text = text.replace(/<SpeakerNote>[\s\S]*?<\/SpeakerNote>/g, '');
    if (inNote) {
      const end = text.indexOf('</SpeakerNote>');
      if (end < 0) continue;
      text = text.slice(end + '</SpeakerNote>'.length);
      inNote = false;
    }
    const open = text.indexOf('<SpeakerNote>');
    if (open >= 0) {
      text = text.slice(0, open);
      inNote = true;
    }
    if (text.trim() !== '') out.push({ text, n: line.n });
  }
  return out;
}

function parseAttrs(src: string): { attrs: Record<string, string>; bad: string[] } {
  const attrs: Record<string, string> = {};
  const bad: string[] = [];
  const rest = src.replace(/([A-Za-z][\w-]*)="([^"]*)"/g, (_all, name: string, value: string) => {
    attrs[name] = value;
    return '';
  });
  for (const m of rest.matchAll(/([A-Za-z][\w-]*)\s*(=?)/g)) bad.push(m[1]!);
  return { attrs, bad };
}

/**
 * Width of a slide line as the room sees it, in full-width characters: Markdown list markers,
 * emphasis and component tags removed; CJK and full-width characters count 1, others 0.5.
 */
export function displayWidth(line: string): number {
  const visible = line
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/^>\s*/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|`/g, '');
  let w = 0;
  for (const ch of visible) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.5;
  return w;
}

/** ASCII , : ; ? ! ( ) next to a Han character (the course's punctuation rule). */
export const ASCII_NEXT_TO_HAN = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;
