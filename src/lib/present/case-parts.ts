/**
 * A case study's rendered Markdown (sections `## 背景` … `## 讨论题`, see src/schemas/case.ts)
 * read for the deck: the discussion questions, which end the case's slides, and the full text,
 * which becomes their speaker notes.
 *
 * Pure: string in, data out.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export const QUESTIONS_HEADING = '讨论题';

/** Most characters of discussion questions one slide shows; more continue on the next slide. */
export const QUESTION_CHARS_PER_SLIDE = 200;

/** The discussion questions of a case (inner HTML of each list item), in order. */
export function caseQuestions(html: string): string[] {
  const root = parse(html);
  const heading = root.querySelectorAll('h2, h3, h4').find((h) => h.text.trim() === QUESTIONS_HEADING);
  if (!heading) return [];
  let next = heading.nextElementSibling as HTMLElement | null;
  while (next && !['ol', 'ul'].includes(next.rawTagName.toLowerCase())) {
    if (/^h[2-4]$/i.test(next.rawTagName)) return [];
    next = next.nextElementSibling as HTMLElement | null;
  }
  if (!next) return [];
  return next.childNodes.filter((n): n is HTMLElement => n.nodeType === 1 && (n as HTMLElement).rawTagName.toLowerCase() === 'li').map((li) => li.innerHTML.trim());
}

/**
 * Questions grouped into slides of at most QUESTION_CHARS_PER_SLIDE characters of text (a
 * single longer question gets a slide of its own), so a case's questions never overflow.
 */
export function questionSlides(questions: readonly string[]): string[][] {
  const slides: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const q of questions) {
    const length = parse(q).text.length;
    if (current.length > 0 && chars + length > QUESTION_CHARS_PER_SLIDE) {
      slides.push(current);
      current = [];
      chars = 0;
    }
    current.push(q);
    chars += length;
  }
  if (current.length > 0) slides.push(current);
  return slides;
}
