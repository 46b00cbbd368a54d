/**
 * What an LMS package knows about itself: which course modules it carries (with their section
 * ids, as the module page's tracker records them), which pages it holds, where it starts and
 * which SCORM version it speaks. The packager (scripts/package-lms.mjs) writes it into the
 * package's launch page; the adapter (src/scripts/lms-launch.ts) and the pure mapping in this
 * folder read it. A package is the whole course, or one module.
 */
export type ScormVersion = '1.2' | '2004';

export interface PackageModule {
  slug: string;
  title: string;
  /** Section ids in page order, as the module page records them (H2 ids, takeaways, quiz). */
  sections: string[];
  /** Completion needs a passed quiz (else reading 要点回顾). */
  hasQuiz: boolean;
}

export interface PackageInfo {
  /** `course`: every module and the final assessment; `module`: one module. */
  kind: 'course' | 'module';
  scorm: ScormVersion;
  /** The manifest's identifier (ASCII). */
  id: string;
  title: string;
  /** The modules the package reports on, in course order (one for a module package). */
  modules: PackageModule[];
  /** The page a first launch opens, relative to the package root ("index.html"). */
  start: string;
  /** Every HTML page in the package, relative to its root. */
  pages: string[];
}

/** The package-relative path of a module's page. */
export const modulePage = (slug: string) => `modules/${slug}/index.html`;

/** The module a package page belongs to, if it is a module page. */
export function moduleOfPage(info: PackageInfo, page: string): string | undefined {
  return info.modules.find((m) => modulePage(m.slug) === page)?.slug;
}
