/**
 * The flow shared by module quizzes and the final assessment.
 *
 * - practice: answer → 检查答案 → feedback (focus moves to it, verdict announced) → 下一题;
 *   at the end the score, pass/fail at 80%, the review of wrong answers and 重新作答.
 * - exam: answer → 下一题 (no feedback until the end), optional timer, 提交 → score and review.
 * - discussion (trainer): no scoring; 揭晓答案 shows the answer and every explanation.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { layoutAttempt, score as scoreOf, type Score } from '../../lib/quiz/attempt';
import { describeAnswer, describeCorrect, grade, isComplete, type Answer, type Grade } from '../../lib/quiz/grade';
import { Feedback, QuestionHeader, QuestionInputs, type Item } from './QuestionView';

export type Mode = 'practice' | 'exam' | 'discussion';

export interface RunnerProps {
  /** DOM id prefix, unique on the page. */
  uid: string;
  /** Seeds the option order together with `attempt`. */
  seedId: string;
  items: Item[];
  attempt: number;
  mode: Mode;
  onFinish?: (s: Score) => void;
  onRetry?: () => void;
  /** Extra content under the score (e.g. the certificate link). */
  resultExtra?: (s: Score) => ComponentChildren;
  /** Exam time limit in minutes (exam mode only). */
  minutes?: number;
  /** Move focus to the first question on mount (a retry or a started exam, not page load). */
  focusOnMount?: boolean;
}

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export default function QuizRunner({ uid, seedId, items, attempt, mode, onFinish, onRetry, resultExtra, minutes, focusOnMount = false }: RunnerProps) {
  const layouts = useMemo(() => layoutAttempt(items.map((i) => i.question), seedId, attempt), [items, seedId, attempt]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<(Answer | undefined)[]>(() => items.map(() => undefined));
  const [grades, setGrades] = useState<(Grade | undefined)[]>(() => items.map(() => undefined));
  const [revealed, setRevealed] = useState<boolean[]>(() => items.map(() => false));
  const [finished, setFinished] = useState<Score | null>(null);
  const [finalGrades, setFinalGrades] = useState<Grade[]>([]);
  const [error, setError] = useState('');
  const [announce, setAnnounce] = useState('');
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [left, setLeft] = useState<number | null>(minutes ? minutes * 60_000 : null);
  const mounted = useRef(false);

  const total = items.length;
  // An ordering question is always answered: its starting order until the learner moves items.
  const answerAt = (i: number): Answer | undefined =>
    answers[i] ?? (items[i]?.question.type === 'ordering' ? { type: 'order', itemIds: layouts[i]!.items } : undefined);
  const item = items[index]!;
  const layout = layouts[index]!;
  const answer = answerAt(index);
  const checked = grades[index];
  const promptId = `${uid}-prompt`;
  const feedbackId = `${uid}-feedback`;
  const resultsId = `${uid}-results`;

  // Focus the prompt when moving between questions (not on first render: the page owns focus).
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      if (focusOnMount) focusSoon(promptId);
      return;
    }
    if (!finished) focusSoon(promptId);
  }, [index, attempt]);

  const [timedOut, setTimedOut] = useState(false);
  const finish = (gs: Grade[], timeUp = false) => {
    const s = scoreOf(gs.filter((g) => g.correct).length, total);
    setFinalGrades(gs);
    setFinished(s);
    setTimedOut(timeUp);
    setAnnounce(`${timeUp ? '时间到,已自动交卷。' : ''}测验结束:答对 ${s.correct} / ${s.total} 题,${s.passed ? '已通过' : '未通过'}`);
    onFinish?.(s);
    focusSoon(resultsId);
  };

  // Exam timer: counts down, submits at zero.
  const submitRef = useRef<() => void>(() => {});
  submitRef.current = () => finish(items.map((it, i) => grade(it.question, answerAt(i))), true);
  useEffect(() => {
    if (!minutes || mode !== 'exam' || finished) return;
    const end = Date.now() + (left ?? minutes * 60_000);
    const timer = setInterval(() => {
      const ms = end - Date.now();
      setLeft(ms);
      if (ms <= 60_000 && ms > 59_000) setAnnounce('剩余 1 分钟');
      if (ms <= 0) {
        clearInterval(timer);
        submitRef.current();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [minutes, mode, finished]);

  const setAnswer = (a: Answer) => {
    setError('');
    setConfirmSubmit(false);
    setAnswers((prev) => prev.map((x, i) => (i === index ? a : x)));
  };

  const check = () => {
    if (!isComplete(item.question, answer)) {
      setError(item.question.type === 'matching' ? '请为每一项选择配对后再检查。' : '请先作答,再检查答案。');
      return;
    }
    const g = grade(item.question, answer);
    setGrades((prev) => prev.map((x, i) => (i === index ? g : x)));
    setAnnounce(g.correct ? '回答正确' : `回答错误${g.note ? `,${g.note}` : ''}`);
    focusSoon(feedbackId);
  };

  const reveal = () => {
    setRevealed((prev) => prev.map((x, i) => (i === index ? true : x)));
    setAnnounce('已揭晓答案');
    focusSoon(feedbackId);
  };

  const go = (to: number) => {
    setError('');
    setConfirmSubmit(false);
    setIndex(to);
  };

  const next = () => {
    if (index < total - 1) return go(index + 1);
    if (mode === 'practice') finish(items.map((it, i) => grades[i] ?? grade(it.question, answerAt(i))));
  };

  const submitExam = () => {
    const unanswered = items.filter((it, i) => !isComplete(it.question, answerAt(i))).length;
    if (unanswered > 0 && !confirmSubmit) {
      setConfirmSubmit(true);
      setError(`还有 ${unanswered} 题未作答,未作答的题按答错计分。再次点击「确认提交」即可交卷。`);
      return;
    }
    finish(items.map((it, i) => grade(it.question, answerAt(i))));
  };

  const live = (
    <p class="visually-hidden" role="status">
      {announce}
    </p>
  );

  if (finished) {
    const wrong = items.map((it, i) => ({ it, i })).filter(({ i }) => !finalGrades[i]?.correct);
    return (
      <div class="quiz-results">
        {live}
        <h3 id={resultsId} tabIndex={-1}>
          得分:{finished.correct} / {finished.total}({finished.percent}%)
        </h3>
        {timedOut && <p class="quiz-timeout">时间到,已自动交卷;未作答的题按答错计分。</p>}
        <p class={finished.passed ? 'quiz-pass' : 'quiz-fail'}>
          {finished.passed ? '✓ 已通过:达到 80% 的及格线。' : `✗ 未通过:需要答对至少 80%(${Math.ceil((finished.total * 4) / 5)} 题)。看看下面的解析,再试一次。`}
        </p>
        {resultExtra?.(finished)}
        {wrong.length > 0 && (
          <section class="quiz-review" aria-labelledby={`${uid}-review`}>
            <h4 id={`${uid}-review`}>错题回顾({wrong.length} 题)</h4>
            <ol>
              {wrong.map(({ it, i }) => (
                <li key={it.key}>
                  <p class="quiz-review-prompt">{it.question.prompt}</p>
                  <p>
                    <span class="quiz-mark bad">你的答案</span> {describeAnswer(it.question, answerAt(i))}
                  </p>
                  <p>
                    <span class="quiz-mark ok">正确答案</span> {describeCorrect(it.question)}
                  </p>
                  <p class="quiz-explanation">{it.question.explanation}</p>
                  <p class="quiz-backlink">
                    <a href={it.href}>回看本节{it.source ? `:${it.source}` : ''}</a>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )}
        {onRetry && (
          <p>
            <button type="button" class="button" onClick={onRetry}>
              重新作答
            </button>{' '}
            <span class="muted">{mode === 'exam' ? '将重新抽题' : '选项顺序将重新排列'}</span>
          </p>
        )}
      </div>
    );
  }

  const showFeedback = mode === 'practice' ? checked !== undefined : mode === 'discussion' ? revealed[index] : false;
  const locked = mode === 'practice' && checked !== undefined;

  return (
    <form
      class="quiz-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (mode === 'practice' && !checked) check();
      }}
    >
      {live}
      {left !== null && mode === 'exam' && (
        <p class="quiz-timer">
          剩余时间 <span aria-hidden="true">{formatClock(left)}</span>
          <span class="visually-hidden">约 {Math.max(0, Math.ceil(left / 60_000))} 分钟</span>
        </p>
      )}
      <fieldset class="quiz-fieldset" aria-labelledby={promptId} aria-describedby={error ? `${uid}-error` : undefined}>
        <QuestionHeader item={item} index={index} total={total} headingId={promptId} />
        <QuestionInputs key={`${attempt}-${index}`} uid={`${uid}-q${index}`} item={item} layout={layout} answer={answer} onAnswer={setAnswer} locked={locked} />
      </fieldset>
      {error && (
        <p id={`${uid}-error`} class="quiz-error" role="alert">
          {error}
        </p>
      )}
      {showFeedback && <Feedback item={item} answer={answer} grade={mode === 'practice' ? (checked ?? null) : null} headingId={feedbackId} />}
      <div class="quiz-actions">
        {mode === 'practice' &&
          // Distinct keys: the clicked button must not be reused as the submit button, or its
          // click would also submit (check) the next question.
          (checked ? (
            <button key="next" type="button" class="button" onClick={next}>
              {index < total - 1 ? '下一题' : '查看结果'}
            </button>
          ) : (
            <button key="check" type="submit" class="button">
              检查答案
            </button>
          ))}
        {mode === 'discussion' && (
          <>
            {!revealed[index] && (
              <button type="button" class="button" onClick={reveal}>
                揭晓答案
              </button>
            )}
            <button type="button" class="button secondary" disabled={index === 0} onClick={() => go(index - 1)}>
              上一题
            </button>
            <button type="button" class="button secondary" disabled={index === total - 1} onClick={() => go(index + 1)}>
              下一题
            </button>
          </>
        )}
        {mode === 'exam' && (
          <>
            <button type="button" class="button secondary" disabled={index === 0} onClick={() => go(index - 1)}>
              上一题
            </button>
            {index < total - 1 ? (
              <button type="button" class="button" onClick={() => go(index + 1)}>
                下一题
              </button>
            ) : (
              <button type="button" class="button" onClick={submitExam}>
                {confirmSubmit ? '确认提交' : '提交测评'}
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
