/**
 * Build time: a module's deck from its rendered content (deck mode) and its collections —
 * cases, quiz, facilitator guide. The deck page and the speaker view call this with the same
 * HTML, so both number the slides alike.
 */
import { getEntry } from 'astro:content';
import { splitModule, escapeHtml, type ModuleSource } from '../../lib/present/split-module';
import { planDeck, type PlannedSlide } from '../../lib/present/deck-plan';
import { caseQuestions, questionSlides } from '../../lib/present/case-parts';
import { layoutAttempt, type Layout } from '../../lib/quiz/attempt';
import { demoteCaseSections } from '../../lib/case-html';
import { trackBySlug } from '../../lib/tracks';
import type { PlannedBlock } from '../../lib/present/timing';
import type { Question } from '../../schemas/quiz';
import type { ModuleEntry } from '../../utils/course';
import { moduleUrl } from '../../utils/course';
import { getQuiz } from '../../utils/quizzes';
import { getGuide } from '../../utils/guides';

export interface DeckCase {
  title: string;
  organisation: string;
  industry: string;
  summary: string;
  constructed: boolean;
}

export interface DeckData {
  entry: ModuleEntry;
  trackLabel: string;
  /** The module's public URL (from the `site` setting): what the QR codes encode. */
  publicUrl: string;
  source: ModuleSource;
  slides: PlannedSlide[];
  cases: Map<string, DeckCase>;
  questions: Question[];
  layouts: Layout[];
  /** The guide's blocks (or one block of the module's minutes when it has no guide). */
  blocks: PlannedBlock[];
  /** Fragments per slide (the quiz answer is one). */
  fragments: number[];
}

/** The facilitator guide's blocks of a module, or null when it has no guide yet. */
export async function guideBlocks(slug: string): Promise<PlannedBlock[] | null> {
  const guide = await getGuide(slug);
  if (!guide) return null;
  return guide.blocks.map((b) => ({ id: b.id, title: b.title, minutes: b.minutes, sections: b.sections }));
}

export async function buildDeck(entry: ModuleEntry, html: string, site: URL | undefined): Promise<DeckData> {
  const source = splitModule(html, moduleUrl(entry.id));
  const questions = (await getQuiz(entry.id)) ?? [];
  const cases = new Map<string, DeckCase>();
  const caseNotes: Record<string, string> = {};
  const caseQuestionGroups: Record<string, string[][]> = {};
  for (const id of source.sections.flatMap((s) => s.cases)) {
    const c = await getEntry('cases', id);
    if (!c) throw new Error(`找不到案例“${id}”（src/content/cases/${id}.md）。`);
    const caseHtml = c.rendered?.html ?? '';
    cases.set(id, { title: c.data.title, organisation: c.data.organisation, industry: c.data.industry, summary: c.data.summary, constructed: c.data.constructed });
    caseNotes[id] = demoteCaseSections(caseHtml);
    const groups = questionSlides(caseQuestions(caseHtml));
    if (groups.length === 0) throw new Error(`src/content/cases/${id}.md：找不到“讨论题”列表，幻灯片无法生成讨论页。`);
    caseQuestionGroups[id] = groups;
  }
  const quizNotes = questions.map((q) => `<p>${escapeHtml(q.explanation)}</p>`);
  const slides = planDeck({ source, takeaways: entry.data.takeaways, questions: questions.length, caseNotes, caseQuestions: caseQuestionGroups, quizNotes });
  const track = trackBySlug(entry.data.track);
  const blocks = (await guideBlocks(entry.id)) ?? [{ id: 'module', title: entry.data.title, minutes: entry.data.minutes, sections: source.sections.map((s) => s.id) }];
  return {
    entry,
    trackLabel: track ? `${track.letter} ${track.title}` : '',
    publicUrl: new URL(moduleUrl(entry.id), site ?? 'http://localhost/').href,
    source,
    slides,
    cases,
    questions,
    // The printed order of the module page (Quiz.astro), so slides, worksheet and key agree.
    layouts: layoutAttempt(questions.map((q) => ({ key: `${entry.id}/${q.id}`, question: q })), 'print'),
    blocks,
    fragments: slides.map((s) => (s.kind === 'quiz' ? 1 : 0)),
  };
}
