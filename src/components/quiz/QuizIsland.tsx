/**
 * A module's quiz (hydrated client:visible): the authored questions followed by the module's
 * generated exercises (fresh numbers in every attempt). Practice mode saves the attempt as the
 * learner goes — a reload resumes it — and records the result; passing marks the module
 * completed. Discussion mode (trainer: the `discussion` prop, or ?mode=discussion on the module
 * URL) hides answers until 揭晓答案 and records nothing at all.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz';
import type { ExerciseTemplate } from '../../lib/quiz/exercise';
import { exerciseItem, runItem, runItems, type PracticeItem, type RunItem } from '../../lib/quiz/bank';
import { PASS_TEXT } from '../../lib/quiz/pass-mark';
import { attemptOf, quizAttemptId } from '../../lib/progress';
import { $progress, discussionMode, initProgress } from '../../stores/progress';
import { createAttempt, newSeed, record, type AttemptStore } from '../../stores/attempt';
import QuizRunner from './QuizRunner';
import { itemOf, type Item } from './QuestionView';

export interface QuizIslandProps {
  module: string;
  track: string;
  questions: Question[];
  templates: ExerciseTemplate[];
  /** Trainer discussion mode. */
  discussion?: boolean;
}

/** The seed of a first attempt: fixed, so the server-rendered first question matches. */
const FIRST_SEED = 'start';

export default function QuizIsland({ module, track, questions, templates, discussion = false }: QuizIslandProps) {
  const bank = useMemo<PracticeItem[]>(
    () => [...questions.map((q): PracticeItem => ({ key: `${module}/${q.id}`, module, track, kind: 'question', question: q })), ...templates.map((t) => exerciseItem(module, track, t))],
    [questions, templates, module, track],
  );
  const id = quizAttemptId(module);
  const build = (seed: string): RunItem[] => bank.map((b) => runItem(b, seed)).filter((r): r is RunItem => r !== null);
  const [state, setState] = useState<{ store: AttemptStore; items: Item[]; note: string; retried: boolean; n: number }>(() => {
    const runs = build(FIRST_SEED);
    // Until the saved progress is read (right after hydration) nothing is recorded.
    return { store: createAttempt({ id, items: runs, recording: null, start: { mode: discussion ? 'discussion' : 'practice', seed: FIRST_SEED, startedAt: new Date().toISOString() } }), items: runs.map((r) => itemOf(r)), note: '', retried: false, n: 0 };
  });
  const [mode, setMode] = useState<'practice' | 'discussion'>(discussion ? 'discussion' : 'practice');

  useEffect(() => {
    if (discussion || discussionMode()) {
      setMode('discussion');
      const runs = build(FIRST_SEED);
      setState({ store: createAttempt({ id, items: runs, recording: null, start: { mode: 'discussion', seed: FIRST_SEED, startedAt: new Date().toISOString() } }), items: runs.map((r) => itemOf(r)), note: '', retried: false, n: 1 });
      return;
    }
    initProgress();
    const saved = attemptOf($progress.get(), id);
    if (saved && saved.mode === 'practice') {
      const runs = runItems(bank, saved.keys, saved.seed);
      if (runs) {
        setState({ store: createAttempt({ id, items: runs, recording: { kind: 'quiz', module }, saved }), items: runs.map((r) => itemOf(r)), note: `已恢复你上次未完成的作答（第 ${saved.index + 1} 题）。`, retried: false, n: 1 });
        return;
      }
      record.dropAttempt(id);
    }
    const runs = build(FIRST_SEED);
    setState({
      store: createAttempt({ id, items: runs, recording: { kind: 'quiz', module }, start: { mode: 'practice', seed: FIRST_SEED, startedAt: new Date().toISOString() } }),
      items: runs.map((r) => itemOf(r)),
      note: saved ? '题目已更新，已重新开始作答。' : '',
      retried: false,
      n: 1,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the attempt is created (or resumed) once, on mount
  }, []);

  const retry = () => {
    const seed = newSeed();
    const runs = build(seed);
    setState((prev) => ({ store: createAttempt({ id, items: runs, recording: { kind: 'quiz', module }, start: { mode: 'practice', seed, startedAt: new Date().toISOString() } }), items: runs.map((r) => itemOf(r)), note: '', retried: true, n: prev.n + 1 }));
  };

  const generated = templates.length;
  return (
    <div class="quiz" data-quiz={module} data-mode={mode} data-seed={state.store.$state.get().seed}>
      {mode === 'discussion' ? (
        <p class="quiz-mode-note">讨论模式：先讨论，再点击“揭晓答案”查看答案与解析。本模式不计分，也不记录任何学习进度：不记录访问、阅读位置、作答和成绩。</p>
      ) : (
        <p class="muted quiz-intro">
          共 {state.items.length} 题{generated > 0 ? `（最后 ${generated} 道是随机示例数据的练习题，每次作答数字都不同）` : ''}，答对 {PASS_TEXT} 即通过并把本模块标记为完成。每题检查后可看到解析，并可“回看本节”；作答会自动保存，刷新页面后可以接着做。
        </p>
      )}
      {state.note && (
        <p class="quiz-resume-note" role="status">
          {state.note}
        </p>
      )}
      <QuizRunner
        key={state.n}
        uid={`quiz-${module}`}
        store={state.store}
        items={state.items}
        focusOnMount={state.retried}
        {...(mode === 'practice' ? { onRetry: retry } : {})}
        resultExtra={(s) => (s.passed && mode === 'practice' ? <p class="quiz-complete">本模块已标记为“已完成”。</p> : null)}
      />
    </div>
  );
}
