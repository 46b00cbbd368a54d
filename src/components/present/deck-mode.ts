/**
 * How a module's MDX knows it is rendered as a copy of the module page: for a deck
 * (`/present/<slug>/` and its speaker view) or for a handout (`/workbook/`). Those pages set a
 * mode on `Astro.locals` before they render a module's `<Content />`; the module page sets none.
 *
 * Contract for the page-side authoring components (decision 8):
 * - `<Slide>` renders, in `deck` mode, `<div data-deck-slide data-title="…">children</div>`
 *   (`data-title` only when the author gave `title`); otherwise (module page, handout) its
 *   本节要点 box (`page="summary"`) or nothing (`page="hidden"`).
 * - `<SpeakerNote>` renders, in `deck` mode, `<div data-deck-note>children</div>`; otherwise
 *   nothing.
 * - `<Calculator>`, in either copy mode, never reads or writes the page URL (a value typed on a
 *   slide never changes a URL, and the module page's URL contract is untouched) and allows a
 *   repeated instance name: a deck renders a section's prose (with the page's embed) next to
 *   its slide (with the same embed repeated) and keeps only the slide's copy; the workbook
 *   renders every module on one page.
 *
 * The deck builder (src/lib/present/split-module.ts) reads exactly these markers.
 */
const RENDER_MODE = 'moduleRenderMode';

export type RenderMode = 'page' | 'deck' | 'handout';

type Locals = Record<string, unknown>;

/** Called by the deck and workbook pages before they render a module's content. */
export function setRenderMode(locals: object, mode: Exclude<RenderMode, 'page'>): void {
  (locals as Locals)[RENDER_MODE] = mode;
}

export function renderMode(locals: object): RenderMode {
  const mode = (locals as Locals)[RENDER_MODE];
  return mode === 'deck' || mode === 'handout' ? mode : 'page';
}

/** Whether the current render is for a deck (Slide and SpeakerNote branch on this). */
export function isDeckRender(locals: object): boolean {
  return renderMode(locals) === 'deck';
}

/** Whether the module content is rendered as a copy (deck or handout): calculators do not sync the URL. */
export function isCopyRender(locals: object): boolean {
  return renderMode(locals) !== 'page';
}
