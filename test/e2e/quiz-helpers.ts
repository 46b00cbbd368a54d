/**
 * Helpers for the quiz, progress, assessment and review journeys: read a module's quiz and
 * generated exercises from their YAML (the same content the page renders), rebuild the
 * generated questions of an attempt from its seed with the site's own code, and answer a
 * question through the UI, as a learner would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz';
import { exerciseFileSchema } from '../../src/schemas/exercise';
import { exerciseKey, instantiate, type ExerciseTemplate } from '../../src/lib/quiz/exercise';

const content = (path: string) => new URL(`../../src/content/${path}`, import.meta.url);

export function loadQuiz(slug: string): Question[] {
  const raw = parse(readFileSync(content(`quizzes/${slug}.yaml`), 'utf8')) as { questions: Question[] };
  return raw.questions;
}

export function loadTemplates(slug: string): ExerciseTemplate[] {
  const file = content(`exercises/${slug}.yaml`);
  return existsSync(file) ? exerciseFileSchema.parse(parse(readFileSync(file, 'utf8'))).templates : [];
}

/** Every module slug that has a quiz. */
export function quizSlugs(): string[] {
  return readdirSync(content('quizzes/'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
}

/** The generated questions of `slug` in the attempt with `seed`, as the page draws them. */
export function generatedQuestions(slug: string, seed: string): Question[] {
  return loadTemplates(slug).map((t) => {
    const r = instantiate(t, exerciseKey(slug, t.id), seed);
    if (!r.ok) throw new Error(r.reason);
    return r.value.question as Question;
  });
}

/** A module quiz as the page shows it: authored questions, then generated ones. */
export function quizQuestions(slug: string, seed: string): Question[] {
  return [...loadQuiz(slug), ...generatedQuestions(slug, seed)];
}

/** The seed of the attempt a quiz or assessment root shows. */
export async function seedOf(root: Locator): Promise<string> {
  const seed = await root.getAttribute('data-seed');
  if (!seed) throw new Error('no data-seed on the attempt');
  return seed;
}

/** Wait until the island whose component file name contains `name` has hydrated. */
export async function hydrated(page: Page, name: string): Promise<void> {
  await expect(page.locator(`astro-island[component-url*="${name}"]`).first()).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
}

/**
 * Wait until a progress view that is plain script, not an island (the module page's status line
 * `[data-module-tracker]`, the home page's `[data-continue-outline]`, `[data-review-due]`),
 * shows the stored progress: it marks itself `data-ready` then.
 */
export async function progressShown(page: Page, selector: string): Promise<void> {
  await expect(page.locator(`${selector}[data-ready]`).first()).toBeAttached({ timeout: 15_000 });
}

/** Enter a right or a wrong answer to `q` into `root`. A wrong ordering answer is one move. */
export async function answer(root: Locator, q: Question, correct: boolean): Promise<void> {
  switch (q.type) {
    case 'single':
    case 'scenario': {
      const o = q.options.find((x) => !!x.correct === correct)!;
      await root.getByLabel(o.text, { exact: true }).check();
      return;
    }
    case 'multiple': {
      const picks = correct ? q.options.filter((o) => !!o.correct) : [q.options.find((o) => !o.correct)!];
      for (const o of picks) await root.getByLabel(o.text, { exact: true }).check();
      return;
    }
    case 'truefalse':
      await root.getByLabel(q.answer === correct ? '正确' : '错误', { exact: true }).check();
      return;
    case 'numeric':
      await root.getByLabel('你的答案').fill(String(correct ? q.answer.toFixed(q.decimals) : q.answer + q.tolerance + 1000));
      return;
    case 'ordering': {
      if (!correct) {
        // One move from the starting order: touched (so answered), and still not the answer
        // unless the move happens to solve it; then move it back and the other way.
        const texts = await root.locator('.quiz-ord-text').allTextContents();
        const solvedIfMoved = texts.length === q.items.length && q.items.every((it, i) => it.text === (i === 0 ? texts[1] : i === 1 ? texts[0] : texts[i]));
        await root.getByRole('button', { name: `${solvedIfMoved ? '上移' : '下移'}：${texts[solvedIfMoved ? texts.length - 1 : 0]}` }).click();
        return;
      }
      for (let target = 0; target < q.items.length; target++) {
        const texts = await root.locator('.quiz-ord-text').allTextContents();
        let at = texts.indexOf(q.items[target]!.text);
        while (at > target) {
          await root.getByRole('button', { name: `上移：${q.items[target]!.text}` }).click();
          at--;
        }
      }
      return;
    }
    case 'matching': {
      const rights = [...new Set(q.pairs.map((p) => p.right))];
      for (const [i, p] of q.pairs.entries()) {
        const value = correct || i > 0 ? p.right : rights.find((r) => r !== p.right)!;
        await root.getByLabel(p.left, { exact: true }).selectOption(value);
      }
      return;
    }
  }
}
