/**
 * Helpers for the quiz, progress and assessment journeys: read a module's quiz from its YAML
 * (the same content the page renders) and answer a question through the UI, as a learner would.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz';

export function loadQuiz(slug: string): Question[] {
  const raw = parse(readFileSync(new URL(`../../src/content/quizzes/${slug}.yaml`, import.meta.url), 'utf8')) as { questions: Question[] };
  return raw.questions;
}

/** Wait until the island whose component file name contains `name` has hydrated. */
export async function hydrated(page: Page, name: string): Promise<void> {
  await expect(page.locator(`astro-island[component-url*="${name}"]`).first()).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
}

/** The text the UI shows for a question's right or a wrong answer, entered into `root`. */
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
      await root.getByLabel('你的答案').fill(String(correct ? q.answer : q.answer + q.tolerance + 1000));
      return;
    case 'ordering': {
      if (!correct) return; // the starting order is never the answer
      for (let target = 0; target < q.items.length; target++) {
        const texts = await root.locator('.quiz-ord-text').allTextContents();
        let at = texts.indexOf(q.items[target]!.text);
        while (at > target) {
          await root.getByRole('button', { name: `上移:${q.items[target]!.text}` }).click();
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
