/**
 * A module's quiz (hydrated client:visible). Practice mode records the attempt in the learner's
 * progress; passing (80%) marks the module completed. Discussion mode (trainer: the
 * `discussion` prop, or ?mode=discussion on the module URL) hides answers until 揭晓答案 and
 * keeps no score.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz';
import { actions } from '../../stores/progress';
import QuizRunner, { type Mode } from './QuizRunner';
import type { Item } from './QuestionView';

export interface QuizIslandProps {
  module: string;
  questions: Question[];
  /** Trainer discussion mode. */
  discussion?: boolean;
}

export default function QuizIsland({ module, questions, discussion = false }: QuizIslandProps) {
  const [mode, setMode] = useState<Mode>(discussion ? 'discussion' : 'practice');
  const [attempt, setAttempt] = useState(1);
  useEffect(() => {
    if (new URLSearchParams(location.search).get('mode') === 'discussion') setMode('discussion');
  }, []);
  const items = useMemo<Item[]>(() => questions.map((q) => ({ key: q.id, question: q, href: `/modules/${module}/#${q.section}` })), [questions, module]);
  return (
    <div class="quiz" data-quiz={module} data-mode={mode}>
      {mode === 'discussion' && <p class="quiz-mode-note">讨论模式:先讨论,再点击「揭晓答案」查看答案与解析;本模式不计分,也不记录学习进度。</p>}
      <QuizRunner
        key={`${mode}-${attempt}`}
        uid={`quiz-${module}`}
        seedId={module}
        items={items}
        attempt={attempt}
        mode={mode}
        focusOnMount={attempt > 1}
        onFinish={(s) => mode === 'practice' && actions.quizDone(module, s.fraction, s.passed)}
        {...(mode === 'practice' ? { onRetry: () => setAttempt((a) => a + 1) } : {})}
        resultExtra={(s) =>
          s.passed ? <p class="quiz-complete">本模块已标记为「已完成」。</p> : null
        }
      />
    </div>
  );
}
