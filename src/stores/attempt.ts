/**
 * A thin nanostore around one quiz or assessment attempt: it holds the session reducer's state
 * (src/lib/quiz/session.ts), saves the attempt into the progress store as the learner goes (so
 * a reload or a navigation resumes it exactly), and records the result when it finishes: the
 * quiz or assessment record, and the review queue. In discussion mode nothing is saved.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { reduceSession, restoreSession, sessionCore, startSession, type SessionCore, type SessionEvent, type SessionState } from '../lib/quiz/session';
import type { RunItem } from '../lib/quiz/bank';
import { dropAttempt, recordAssessment, recordQuiz, saveAttempt, type AttemptRecord, type SavedAttempt } from '../lib/progress';
import type { ReviewAnswer } from '../lib/review';
import { update } from './progress';

const now = () => new Date().toISOString();

/** Record results (used by the attempt store and the review page). */
export const record = {
  saveAttempt: (id: string, a: SavedAttempt) => update((p) => saveAttempt(p, id, a)),
  dropAttempt: (id: string) => update((p) => dropAttempt(p, id)),
  quizDone: (slug: string, correct: number, total: number, hints: number) => update((p) => recordQuiz(p, slug, correct, total, hints, now())),
  assessmentDone: (attempt: AttemptRecord) => update((p) => recordAssessment(p, attempt)),
  /** Update the review queue (ts-fsrs is loaded only when there is something to schedule). */
  review: async (answers: readonly ReviewAnswer[]) => {
    if (answers.length === 0) return;
    const { recordReviews } = await import('../lib/review');
    const at = now();
    update((p) => recordReviews(p, answers, at));
  },
};

export type Recording = { kind: 'quiz'; module: string } | { kind: 'assessment' } | null;

export interface AttemptSetup {
  /** "quiz:<slug>" or "assessment" (the key in progress.attempts). */
  id: string;
  items: readonly RunItem[];
  /** null: discussion mode, nothing is saved or recorded. */
  recording: Recording;
  /** Resume this saved attempt (its keys must be the items' keys), or start afresh. */
  saved?: SavedAttempt | undefined;
  start?: { mode: SessionState['mode']; seed: string; startedAt: string; minutes?: number | undefined } | undefined;
  /**
   * Save a fresh attempt at once (the assessment: its draw must survive a reload before the
   * first answer, or reloading would be a way to draw again). A quiz is saved on its first answer.
   */
  saveAtStart?: boolean;
}

export interface AttemptStore {
  $state: ReadableAtom<SessionState>;
  items: readonly RunItem[];
  dispatch(e: SessionEvent): void;
}

/** A random seed for a new attempt (per learner and per attempt). */
export function newSeed(): string {
  const bytes = new Uint8Array(8);
  try {
    crypto.getRandomValues(bytes);
  } catch {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function coreChanged(a: SessionCore, b: SessionCore): boolean {
  return a.index !== b.index || a.answers !== b.answers || a.checked !== b.checked || a.hints !== b.hints;
}

function toSaved(s: SessionState): SavedAttempt | null {
  if (s.mode === 'discussion') return null;
  const c = sessionCore(s);
  return { ...c, mode: s.mode };
}

export function createAttempt(setup: AttemptSetup): AttemptStore {
  const items = setup.items;
  const initial = setup.saved
    ? restoreSession(items, setup.saved)
    : startSession(items, setup.start ?? { mode: setup.recording ? 'practice' : 'discussion', seed: 'start', startedAt: new Date().toISOString() });
  const $state = atom<SessionState>(initial);
  if (setup.recording && !setup.saved && setup.saveAtStart) {
    const saved = toSaved(initial);
    if (saved) record.saveAttempt(setup.id, saved);
  }

  const finished = (s: SessionState) => {
    const r = s.result;
    if (!r || !setup.recording) return;
    record.dropAttempt(setup.id);
    if (setup.recording.kind === 'quiz') {
      record.quizDone(setup.recording.module, r.score.correct, r.score.total, r.hintsUsed);
    } else {
      record.assessmentDone({ seed: s.seed, startedAt: s.startedAt, finishedAt: r.finishedAt, correct: r.score.correct, total: r.score.total, passed: r.score.passed, timed: s.deadline !== null });
    }
    void record.review(items.map((item, i) => ({ key: item.key, correct: r.grades[i]?.correct === true, hinted: (s.hints[i] ?? 0) > 0, generated: item.generated })));
  };

  return {
    $state,
    items,
    dispatch(e) {
      const prev = $state.get();
      const next = reduceSession(prev, e, items);
      if (next === prev) return;
      $state.set(next);
      if (next.result && !prev.result) return finished(next);
      if (setup.recording && coreChanged(prev, next)) {
        const saved = toSaved(next);
        if (saved) record.saveAttempt(setup.id, saved);
      }
    },
  };
}
