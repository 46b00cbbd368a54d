/**
 * The one set of limits for learner progress, shared by the reader, the reducers that write
 * and the import: a value the store writes is always one it can read back, and an import that
 * is accepted keeps working after further writes. The reducers saturate at these limits (an
 * attempt counter stops at 1,000,000; a 101st module or section is not added) instead of
 * producing a record the reader would refuse.
 *
 * The course has 14 modules of at most about 12 sections; the limits leave room to grow and
 * still bound the size of a record (see the size test in test/lib/progress-store-limits.test.ts).
 */
export const LIMITS = {
  /** Modules with a record. */
  modules: 100,
  /** Sections read per module. */
  sections: 100,
  /** Length of a module slug or a section id. */
  slug: 64,
  /** Any counter (quiz attempts, assessment attempts, hints, review repetitions). */
  count: 1_000_000,
  /** The learner's name on the certificate. */
  name: 60,
  /** Assessment attempts kept in the history (the first passing one is always kept). */
  history: 50,
  /** Cards in the review queue. */
  review: 1000,
  /** Attempts in progress (one per module quiz, plus the assessment). */
  attempts: 16,
  /** Questions in one attempt (a quiz has about 10, the assessment 20). */
  questions: 40,
  /** Hints per question. */
  hints: 2,
  /** Options, items or pairs in one answer (content is checked against it: test/content). */
  parts: 10,
  /** A matching answer's chosen text (content is checked against it: test/content). */
  text: 40,
  /** A numeric answer as typed. */
  answer: 40,
  /** A question key ("ex:<module>/<id>"). */
  key: 120,
  /** An attempt's seed. */
  seed: 64,
  /** Days a review may be scheduled ahead (ts-fsrs' default maximum interval). */
  reviewDays: 36_500,
} as const;

/** Largest import file read; checked on the file's size before it is read. */
export const IMPORT_MAX_BYTES = 4_000_000;
