/**
 * A module's rendered HTML (rendered in deck mode, see src/components/present/deck-mode.ts)
 * split into what a deck needs, per H2 section: the author's slide blocks, the speaker-only
 * notes, the rest of the section as the presenter's notes, and the cases it embeds.
 *
 * Markers read (and nothing else of the page's markup is relied on):
 * - `<h2 data-deck-section="<id>">` starts a section (the deck renders H2 with this);
 * - `<div data-deck-slide [data-title]>` is one slide of the section (decision 8);
 * - `<div data-deck-note>` is a note only the speaker sees;
 * - `<article class="case-study" id="case-<id>">` is an embedded case (it gets its own slides);
 * - `<section class="quiz-section">` is the module's quiz (the deck shows it its own way);
 * - `<div data-calc-embed="<id>">` is a calculator: live on a slide, named in the notes;
 * - `<div class="fig-wrap" data-title="…">` is a figure (src/lib/figures): drawn on a slide, named in the notes.
 *
 * Island runtime `<script>`/`<style>` elements are lifted out so that dropping a part of the
 * page (the prose copy of a calculator) never drops the code every island needs.
 *
 * Pure (string in, data out): runs at build time and in vitest.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface SourceSlide {
  /** The slide's title: the author's `title`, else the section's H2 text. */
  title: string;
  /** The slide body (HTML), at most MAX_LIST_ITEMS items per list (longer lists are split). */
  html: string;
  /** True for the second and later slides made from one long block (titled "（续）"). */
  continued: boolean;
  /** Speaker-only notes written inside this slide block (HTML). */
  notes: string[];
}

export interface SourceSection {
  id: string;
  title: string;
  slides: SourceSlide[];
  /** The author's speaker-only notes (HTML), in order. */
  speakerNotes: string[];
  /** The rest of the section (HTML): its prose, examples and callouts. */
  notes: string;
  /** Ids of the cases embedded in the section, in order. */
  cases: string[];
}

export interface ModuleSource {
  /** The prose before the first H2 (notes for the title slide). */
  intro: string;
  sections: SourceSection[];
  /** Island runtime scripts and styles, each once, to be emitted before the slides. */
  runtime: string[];
}

/** Most list items one slide shows; a longer list continues on the next slide. */
export const MAX_LIST_ITEMS = 6;

const PARSE_OPTIONS = { comment: false, blockTextElements: { script: true, style: true, pre: true } } as const;

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}

function tag(node: Node): string {
  return isElement(node) ? node.rawTagName.toLowerCase() : '';
}

/** Lift every <script>/<style> out of a tree (returning their outer HTML) so that content can be moved freely. */
function liftRuntime(root: HTMLElement, into: string[]): void {
  for (const el of root.querySelectorAll('script, style')) {
    const html = el.outerHTML;
    if (!into.includes(html)) into.push(html);
    el.remove();
  }
}

/** A calculator or a figure in prose becomes one line in the notes (it is on the slide, if the author put it there). */
function notesFor(nodes: HTMLElement): string {
  for (const calc of nodes.querySelectorAll('[data-calc-embed]')) {
    const title = calc.querySelector('.calc-title')?.text.trim() || calc.getAttribute('data-calc-embed') || '';
    calc.replaceWith(parse(`<p class="note-calc">（此处是计算器“${escapeHtml(title)}”）</p>`));
  }
  // A figure is on its own slide (the author's `<Slide>` with `<Figure>`): in the notes it is one line.
  for (const fig of nodes.querySelectorAll('.fig-wrap')) {
    const title = fig.getAttribute('data-title') || fig.getAttribute('data-figure') || '';
    fig.replaceWith(parse(`<p class="note-figure">（此处是图“${escapeHtml(title)}”）</p>`));
  }
  for (const quiz of nodes.querySelectorAll('section.quiz-section')) quiz.remove();
  // Other islands (a simulator embed) are shown as their server-rendered markup, never run, in the notes.
  for (const island of nodes.querySelectorAll('astro-island')) island.replaceWith(...island.childNodes);
  return nodes.innerHTML.trim();
}

/**
 * The island runtime `<script>`/`<style>` elements of a piece of rendered HTML. Astro writes the
 * runtime once per page, before the first island it renders — also when that island is inside
 * children a component then does not show (a hidden slide on the module page), so whoever drops
 * such children must keep these.
 */
export function islandRuntime(html: string): string[] {
  if (!/<(script|style)\b/i.test(html)) return [];
  const out: string[] = [];
  liftRuntime(parse(html, PARSE_OPTIONS), out);
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Split one slide block into slides of at most MAX_LIST_ITEMS list items each. Only a block
 * whose long list is its last element is split (lead-in text stays on the first slide);
 * anything else is kept whole and left to the fit check.
 */
export function splitLongSlide(title: string, html: string): SourceSlide[] {
  const root = parse(html, PARSE_OPTIONS);
  const children = root.childNodes.filter((n) => isElement(n) || n.text.trim() !== '');
  const last = children[children.length - 1];
  if (!last || !isElement(last) || !['ul', 'ol'].includes(tag(last))) return [{ title, html: html.trim(), continued: false, notes: [] }];
  const items = last.childNodes.filter((n) => tag(n) === 'li') as HTMLElement[];
  if (items.length <= MAX_LIST_ITEMS) return [{ title, html: html.trim(), continued: false, notes: [] }];
  const lead = children.slice(0, -1).map((n) => (isElement(n) ? n.outerHTML : n.text)).join('');
  const listTag = tag(last);
  const slides: SourceSlide[] = [];
  for (let i = 0; i < items.length; i += MAX_LIST_ITEMS) {
    const chunk = items.slice(i, i + MAX_LIST_ITEMS).map((li) => li.outerHTML).join('');
    // An ordered list keeps counting across slides.
    const start = listTag === 'ol' && i > 0 ? ` start="${i + 1}"` : '';
    const list = `<${listTag}${start}>${chunk}</${listTag}>`;
    slides.push({ title, html: (i === 0 ? lead : '') + list, continued: i > 0, notes: [] });
  }
  return slides;
}

/**
 * Split a module's deck-mode HTML into sections (see the module comment for the markers).
 * `pageUrl` is the module page: a link to a section of the page (`#win-back`) points there,
 * since the deck and the speaker view have no such section.
 */
export function splitModule(html: string, pageUrl = ''): ModuleSource {
  const root = parse(html, PARSE_OPTIONS);
  const runtime: string[] = [];
  liftRuntime(root, runtime);
  if (pageUrl) {
    for (const a of root.querySelectorAll('a[href^="#"]')) {
      const href = a.getAttribute('href')!;
      if (href.length > 1) a.setAttribute('href', `${pageUrl}${href}`);
    }
  }

  const intro = parse('', PARSE_OPTIONS);
  const sections: { id: string; title: string; body: HTMLElement; slides: SourceSlide[]; speakerNotes: string[]; cases: string[] }[] = [];
  for (const node of [...root.childNodes]) {
    if (isElement(node) && tag(node) === 'h2' && node.hasAttribute('data-deck-section')) {
      sections.push({ id: node.getAttribute('data-deck-section') ?? '', title: node.text.trim(), body: parse('', PARSE_OPTIONS), slides: [], speakerNotes: [], cases: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    const target = current ? current.body : intro;
    if (current && isElement(node)) {
      if (node.hasAttribute('data-deck-slide')) {
        const title = node.getAttribute('data-title')?.trim() || current.title;
        const notes = node.querySelectorAll('[data-deck-note]').map((n) => {
          n.remove();
          return n.innerHTML.trim();
        });
        const slides = splitLongSlide(title, node.innerHTML);
        slides[0]!.notes = notes;
        current.slides.push(...slides);
        continue;
      }
      if (node.hasAttribute('data-deck-note')) {
        current.speakerNotes.push(node.innerHTML.trim());
        continue;
      }
      const cases = tag(node) === 'article' && node.classList.contains('case-study') ? [node] : node.querySelectorAll('article.case-study');
      for (const c of cases) {
        const id = (c.getAttribute('id') ?? '').replace(/^case-/, '');
        if (id) current.cases.push(id);
        c.remove();
      }
      if (cases.includes(node)) continue;
    }
    target.appendChild(node);
  }
  return {
    intro: notesFor(intro),
    sections: sections.map((s) => ({ id: s.id, title: s.title, slides: s.slides, speakerNotes: s.speakerNotes, notes: notesFor(s.body), cases: s.cases })),
    runtime,
  };
}

/**
 * The slide HTML as a static copy (the speaker view's previews): island wrappers unwrapped to
 * their server-rendered markup, element ids dropped (a preview never duplicates the notes' ids).
 */
export function staticCopy(html: string): string {
  const root = parse(html, PARSE_OPTIONS);
  liftRuntime(root, []);
  for (const island of root.querySelectorAll('astro-island')) island.replaceWith(...island.childNodes);
  for (const el of root.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const el of root.querySelectorAll('label[for]')) el.removeAttribute('for');
  for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby], [for], [popovertarget]')) {
    for (const a of ['aria-labelledby', 'aria-describedby', 'for', 'popovertarget']) el.removeAttribute(a);
  }
  return root.innerHTML.trim();
}
