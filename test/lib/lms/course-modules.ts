/**
 * The course's modules as a package carries them (slug, title, section ids as the module page
 * records them: its H2 ids, then takeaways and quiz), read from the MDX sources, so the
 * worst-case measurement uses the real course.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { PackageModule } from '../../../src/lib/lms/package-info';

const dir = new URL('../../../src/content/modules/', import.meta.url);

export function courseModules(): PackageModule[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const slug = f.replace(/\.mdx$/, '');
      const text = readFileSync(new URL(f, dir), 'utf8');
      const hasQuiz = existsSync(new URL(`../quizzes/${slug}.yaml`, dir));
      const h2 = [...text.matchAll(/^## .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!);
      const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? slug;
      return { slug, title, sections: [...h2, 'takeaways', ...(hasQuiz ? ['quiz'] : [])], hasQuiz };
    });
}
