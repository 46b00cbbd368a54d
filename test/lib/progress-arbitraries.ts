/**
 * fast-check generators of valid progress records (v3), built valid by construction and
 * reaching the store's limits, and of the actions a learner's pages apply to them.
 */
import fc from 'fast-check';
import { LIMITS } from '../../src/lib/progress-limits';
import {
  dict,
  placeAt,
  readSection,
  recordAssessment,
  recordQuiz,
  saveAttempt,
  setName,
  visitModule,
  dropAttempt,
  type AttemptRecord,
  type ModuleProgress,
  type Progress,
  type ReviewCard,
  type SavedAttempt,
} from '../../src/lib/progress';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
export const iso = fc.integer({ min: 0, max: 400 * 86_400_000 }).map((ms) => new Date(T0 + ms).toISOString());
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
export const slug = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('retention-basics', 'cost-of-churn', 'risk-tiering', 'churn-prediction', 'constructor', 'to-string', 'has-own-property') },
  { weight: 1, arbitrary: fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a}-${b}` : a)) },
);
const count = fc.oneof(fc.nat(20), fc.constant(LIMITS.count), fc.constant(LIMITS.count - 1));
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const localId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);

export const moduleRecord: fc.Arbitrary<ModuleProgress> = fc
  .record({
    visitedAt: iso,
    sections: fc.uniqueArray(slug, { maxLength: 8 }),
    quiz: fc.option(fc.record({ best: fraction, attempts: count, passed: fc.boolean(), hints: count }), { nil: undefined }),
    completedAt: fc.option(iso, { nil: undefined }),
  })
  .map((m) => {
    const out: ModuleProgress = { visitedAt: m.visitedAt, sections: m.sections };
    if (m.quiz) out.quiz = m.quiz;
    if (m.completedAt) out.completedAt = m.completedAt;
    return out;
  });

const answer = fc.oneof(
  fc.record({ type: fc.constant('choice' as const), optionId: localId }),
  fc.record({ type: fc.constant('choices' as const), optionIds: fc.array(localId, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('boolean' as const), value: fc.boolean() }),
  fc.record({ type: fc.constant('number' as const), raw: fc.string({ maxLength: 60 }) }),
  fc.record({ type: fc.constant('order' as const), itemIds: fc.array(localId, { maxLength: 5 }) }),
  fc.dictionary(localId, fc.string({ maxLength: 20 }), { maxKeys: 4 }).map((c) => ({ type: 'match' as const, choices: dict(Object.entries(c)) })),
);

export const savedAttempt: fc.Arbitrary<SavedAttempt> = fc
  .record({
    mode: fc.constantFrom('practice' as const, 'exam' as const),
    seed: fc.stringMatching(/^[0-9a-f]{16}$/),
    n: fc.integer({ min: 1, max: 6 }),
    startedAt: iso,
    deadline: fc.option(iso, { nil: null }),
    answers: fc.array(fc.option(answer, { nil: null }), { minLength: 6, maxLength: 6 }),
    index: fc.nat(5),
  })
  .map((a) => ({
    mode: a.mode,
    seed: a.seed,
    keys: Array.from({ length: a.n }, (_, i) => `retention-basics/q${i}`),
    startedAt: a.startedAt,
    deadline: a.deadline,
    index: Math.min(a.index, a.n - 1),
    // Numeric answers longer than the limit are what saveAttempt must trim.
    answers: a.answers.slice(0, a.n),
    checked: Array.from({ length: a.n }, (_, i) => i % 2 === 0),
    hints: Array.from({ length: a.n }, (_, i) => i % 3),
  }));

const card: fc.Arbitrary<ReviewCard> = fc.record({
  due: iso,
  stability: fc.double({ min: 0, max: 1000, noNaN: true }),
  difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
  scheduledDays: fc.nat(365),
  learningSteps: fc.nat(3),
  reps: count,
  lapses: fc.nat(20),
  state: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  lastReview: fc.option(iso, { nil: null }),
});

const attemptRecord: fc.Arbitrary<AttemptRecord> = fc.record({ seed: fc.stringMatching(/^[0-9a-f]{8}$/), startedAt: iso, finishedAt: iso, total: fc.integer({ min: 1, max: 20 }), k: fraction, timed: fc.boolean() }).map((r) => {
  const correct = Math.floor(r.k * r.total);
  return { seed: r.seed, startedAt: r.startedAt, finishedAt: r.finishedAt, correct, total: r.total, passed: correct * 5 >= r.total * 4, timed: r.timed };
});

/** A valid v3 record (as the store or an import holds it). */
export const progress: fc.Arbitrary<Progress> = fc
  .record({
    updatedAt: fc.option(iso, { nil: null }),
    modules: fc.dictionary(slug, moduleRecord, { maxKeys: 6 }),
    last: fc.option(fc.record({ module: slug, section: fc.option(slug, { nil: null }), at: iso }), { nil: null }),
    history: fc.array(attemptRecord, { maxLength: 4 }).map((h) => h.slice().sort((x, y) => Date.parse(x.finishedAt) - Date.parse(y.finishedAt))),
    name: fc.string({ maxLength: LIMITS.name }).map((s) => Array.from(s).slice(0, LIMITS.name).join('')),
    review: fc.dictionary(fc.tuple(fc.constantFrom('', 'ex:', 'as:'), slug, localId).map(([p, s, id]) => `${p}${s}/${id}`), card, { maxKeys: 5 }),
    attempts: fc.dictionary(fc.oneof(fc.constant('assessment'), slug.map((s) => `quiz:${s}`)), savedAttempt, { maxKeys: 3 }).map((d) => dict(Object.entries(d).map(([k, v]) => [k, { ...v, answers: v.answers.map((x) => (x?.type === 'number' ? { type: 'number' as const, raw: x.raw.slice(0, LIMITS.answer) } : x)) }]))),
  })
  .map((r) => {
    const passed = r.history.find((h) => h.passed);
    const p: Progress = {
      version: 3,
      updatedAt: r.updatedAt,
      modules: dict(Object.entries(r.modules)),
      last: r.last,
      assessment: r.history.length
        ? { best: Math.max(...r.history.map((h) => h.correct / h.total)), attempts: r.history.length, passed: !!passed, history: r.history, ...(passed ? { passedAt: passed.finishedAt, passedScore: passed.correct / passed.total } : {}) }
        : null,
      name: r.name,
      review: dict(Object.entries(r.review)),
      attempts: dict(Object.entries(r.attempts)),
      certificate: null,
    };
    return p;
  });

const NOW = '2026-12-01T10:00:00.000Z';

/** One thing a page does to the record (all the writes the store makes). */
export const action: fc.Arbitrary<(p: Progress) => Progress> = fc.oneof(
  slug.map((s) => (p: Progress) => visitModule(p, s, NOW)),
  fc.tuple(slug, slug, fc.boolean()).map(([m, s, c]) => (p: Progress) => readSection(p, m, s, NOW, { completes: c })),
  fc.tuple(slug, slug).map(([m, s]) => (p: Progress) => placeAt(p, m, s, NOW)),
  fc.tuple(slug, fc.nat(12), fc.integer({ min: 1, max: 12 }), fc.nat(5)).map(([m, c, t, h]) => (p: Progress) => recordQuiz(p, m, Math.min(c, t), t, h, NOW)),
  fc.tuple(fc.nat(20), fc.boolean()).map(([c, timed]) => (p: Progress) => recordAssessment(p, { seed: 'abcdef01', startedAt: NOW, finishedAt: NOW, correct: c, total: 20, passed: false, timed })),
  fc.string({ maxLength: 100 }).map((n) => (p: Progress) => setName(p, n)),
  fc.tuple(fc.oneof(fc.constant('assessment'), slug.map((s) => `quiz:${s}`)), savedAttempt, fc.string({ maxLength: 100 })).map(([id, a, raw]) => (p: Progress) => saveAttempt(p, id, { ...a, answers: a.answers.map((x, i) => (i === 0 ? { type: 'number' as const, raw } : x)) })),
  fc.oneof(fc.constant('assessment'), slug.map((s) => `quiz:${s}`)).map((id) => (p: Progress) => dropAttempt(p, id)),
);
