/**
 * How a module's MDX knows it is being rendered for a deck (`/present/<slug>/` and its speaker
 * view) rather than for the module page or a handout: the deck pages set a flag on
 * `Astro.locals` before they render the module's `<Content />`.
 *
 * Contract for the page-side authoring components (decision 8):
 * - `<Slide>` renders, in deck mode, `<div data-deck-slide data-title="…">children</div>`
 *   (`data-title` only when the author gave `title`); outside deck mode it renders its 本节要点
 *   box (`page="summary"`) or nothing (`page="hidden"`).
 * - `<SpeakerNote>` renders, in deck mode, `<div data-deck-note>children</div>`; outside deck
 *   mode nothing.
 * - `<Calculator>` turns off its URL sync in deck mode (a value typed on a slide never changes
 *   the deck's URL, and the module page's URL contract is untouched), and allows the same
 *   instance twice, because the deck renders a section's prose (where the page's embed is)
 *   next to its slide (where the same embed is repeated) and keeps only the slide's copy.
 *
 * The deck builder (src/lib/present/split-module.ts) reads exactly these markers.
 */
const DECK_RENDER = 'deckRender';

type Locals = Record<string, unknown>;

/** Called by the deck pages before they render a module's content. */
export function startDeckRender(locals: object): void {
  (locals as Locals)[DECK_RENDER] = true;
}

/** Whether the current render is for a deck (the page-side components branch on this). */
export function isDeckRender(locals: object): boolean {
  return (locals as Locals)[DECK_RENDER] === true;
}
