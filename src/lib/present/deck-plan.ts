/**
 * The order of a module's deck, generated around the author's slides (decision 8): title,
 * agenda, each H2 section's slides followed by the slides of the cases it embeds (the case, then
 * its discussion questions), the quiz one question per slide, takeaways, closing. Each slide
 * records the H2 section it belongs to, so the speaker view can find its block of the
 * facilitator guide.
 *
 * Pure: the Astro components render each kind.
 */
import type { ModuleSource } from './split-module';

export type PlannedSlide =
  | { kind: 'title'; section: null; notes: string }
  | { kind: 'agenda'; section: null; items: { id: string; title: string }[]; part: number; parts: number; notes: string }
  | { kind: 'section'; section: string; title: string; html: string; continued: boolean; notes: string }
  | { kind: 'case'; section: string; caseId: string; notes: string }
  | { kind: 'case-questions'; section: string; caseId: string; questions: string[]; start: number; part: number; parts: number; notes: string }
  | { kind: 'quiz'; section: 'quiz'; question: number; notes: string }
  | { kind: 'takeaways'; section: 'takeaways'; items: string[]; part: number; parts: number; notes: string }
  | { kind: 'closing'; section: 'takeaways'; notes: string };

export type SlideKind = PlannedSlide['kind'];

/** Most agenda lines on one slide. */
export const AGENDA_PER_SLIDE = 7;
/** Most takeaways on one slide (they are full sentences). */
export const TAKEAWAYS_PER_SLIDE = 3;

export interface DeckInput {
  source: ModuleSource;
  takeaways: readonly string[];
  /** Number of quiz questions (0 when the module has none). */
  questions: number;
  /** Notes for the case slides, by case id (the case's full text). */
  caseNotes?: Readonly<Record<string, string>>;
  /** Each case's discussion questions grouped into slides (case-parts.ts, questionSlides). */
  caseQuestions?: Readonly<Record<string, string[][]>>;
  /** Notes for each quiz question (its explanation). */
  quizNotes?: readonly string[];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function joinNotes(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
}

export function planDeck(input: DeckInput): PlannedSlide[] {
  const { source, takeaways, questions } = input;
  const slides: PlannedSlide[] = [{ kind: 'title', section: null, notes: source.intro }];

  const agenda = source.sections.map((s) => ({ id: s.id, title: s.title }));
  if (questions > 0) agenda.push({ id: 'quiz', title: '小测验讨论' });
  agenda.push({ id: 'takeaways', title: '要点回顾' });
  const agendaParts = chunk(agenda, AGENDA_PER_SLIDE);
  agendaParts.forEach((items, i) => slides.push({ kind: 'agenda', section: null, items, part: i + 1, parts: agendaParts.length, notes: '' }));

  for (const section of source.sections) {
    const notes = joinNotes(...section.speakerNotes.map((n) => `<div class="speaker-only">${n}</div>`), section.notes);
    if (section.slides.length === 0) {
      slides.push({ kind: 'section', section: section.id, title: section.title, html: '', continued: false, notes });
    }
    section.slides.forEach((slide, i) => {
      // A slide's own notes first; the section's notes and prose go with its first slide.
      const own = slide.notes.map((n) => `<div class="speaker-only">${n}</div>`);
      slides.push({ kind: 'section', section: section.id, title: slide.title, html: slide.html, continued: slide.continued, notes: joinNotes(...own, i === 0 ? notes : '') });
    });
    for (const caseId of section.cases) {
      slides.push({ kind: 'case', section: section.id, caseId, notes: input.caseNotes?.[caseId] ?? '' });
      const groups = input.caseQuestions?.[caseId] ?? [];
      let start = 1;
      groups.forEach((questions, i) => {
        slides.push({ kind: 'case-questions', section: section.id, caseId, questions, start, part: i + 1, parts: groups.length, notes: '' });
        start += questions.length;
      });
    }
  }

  for (let q = 0; q < questions; q++) slides.push({ kind: 'quiz', section: 'quiz', question: q, notes: input.quizNotes?.[q] ?? '' });

  const parts = chunk(takeaways, TAKEAWAYS_PER_SLIDE);
  parts.forEach((items, i) => slides.push({ kind: 'takeaways', section: 'takeaways', items, part: i + 1, parts: parts.length, notes: '' }));
  slides.push({ kind: 'closing', section: 'takeaways', notes: '' });
  return slides;
}
