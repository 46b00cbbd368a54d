/**
 * Renders one attempt held by an attempt store (src/stores/attempt.ts; the state machine is
 * src/lib/quiz/session.ts): the question with its inputs, hints and feedback, the exam timer,
 * and at the end the score and the review of wrong answers (with each scenario). This component
 * only renders, sends events and moves focus where the state says.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { layoutAttempt } from '../../lib/quiz/attempt';
import { describeAnswer, describeCorrect, grade } from '../../lib/quiz/grade';
import { neededToPass, PASS_TEXT, type Score } from '../../lib/quiz/pass-mark';
import { timeLeft } from '../../lib/quiz/session';
import type { AttemptStore } from '../../stores/attempt';
import { Feedback, Hints, QuestionHeader, QuestionInputs, Scenario, type Item } from './QuestionView';

export interface RunnerProps {
  /** DOM id prefix, unique on the page. */
  uid: string;
  store: AttemptStore;
  /** The store's items with their links and sources, in the same order. */
  items: Item[];
  onRetry?: () => void;
  /** Extra content under the score (e.g. the certificate link). */
  resultExtra?: (s: Score) => ComponentChildren;
  /** Move focus to the first question on mount (a retry, a started or resumed exam). */
  focusOnMount?: boolean;
}

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export default function QuizRunner({ uid, store, items, onRetry, resultExtra, focusOnMount = false }: RunnerProps) {
  const s = useStore(store.$state);
  const layouts = useMemo(() => layoutAttempt(items, s.seed), [items, s.seed]);
  const [clock, setClock] = useState(() => Date.now());
  const [minuteWarning, setMinuteWarning] = useState('');
  const mounted = useRef(false);
  const promptId = `${uid}-prompt`;
  const feedbackId = `${uid}-feedback`;
  const resultsId = `${uid}-results`;
  const noticeId = `${uid}-error`;

  // Focus where the state asks (not on first render: the page owns focus, unless told).
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      if (focusOnMount) focusSoon(s.result ? resultsId : promptId);
      return;
    }
    const target = s.focus?.target;
    if (target) focusSoon(target === 'prompt' ? promptId : target === 'feedback' ? feedbackId : target === 'results' ? resultsId : noticeId);
    // Runs on a new focus request only (its seq), reading the state of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose: keyed on the request
  }, [s.focus?.seq]);

  // The exam clock: the deadline is a time, so time away from the page counts too.
  useEffect(() => {
    if (s.deadline === null || s.result) return;
    const tick = () => {
      const t = Date.now();
      setClock(t);
      const left = timeLeft(s, t) ?? 0;
      if (left <= 60_000 && left > 58_000) setMinuteWarning('剩余 1 分钟');
      store.dispatch({ type: 'tick', now: new Date(t).toISOString() });
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
    // Restarted only when the deadline is set or the attempt ends: tick reads s.deadline alone
    // (timeLeft), which is a dependency, and the store is made once per island.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose: see above
  }, [s.deadline, s.result === null]);

  const live = (
    <p class="visually-hidden" role="status">
      {s.announce || minuteWarning}
    </p>
  );
  const total = items.length;

  if (s.result) {
    const r = s.result;
    const wrong = items.map((it, i) => ({ it, i })).filter(({ i }) => !r.grades[i]?.correct);
    return (
      <div class="quiz-results">
        {live}
        <h3 id={resultsId} tabIndex={-1}>
          得分：{r.score.correct} / {r.score.total}（{r.score.percent}%）
        </h3>
        {r.timedOut && <p class="quiz-timeout">时间到，已自动交卷；未作答的题按答错计分。</p>}
        <p class={r.score.passed ? 'quiz-pass' : 'quiz-fail'}>
          {r.score.passed ? `✓ 已通过：达到 ${PASS_TEXT} 的及格线。` : `✗ 未通过：需要答对至少 ${PASS_TEXT}（${neededToPass(r.score.total)} 题）。看看下面的解析，再试一次。`}
        </p>
        {r.hintsUsed > 0 && <p class="muted">本次作答查看了 {r.hintsUsed} 条提示。</p>}
        {resultExtra?.(r.score)}
        {wrong.length > 0 && (
          <section class="quiz-review" aria-labelledby={`${uid}-review`}>
            <h4 id={`${uid}-review`}>错题回顾（{wrong.length} 题）</h4>
            <ol>
              {wrong.map(({ it, i }) => (
                <li key={it.key}>
                  <Scenario question={it.question} />
                  <p class="quiz-review-prompt">{it.question.prompt}</p>
                  <p>
                    <span class="quiz-mark bad">你的答案</span> {describeAnswer(it.question, s.answers[i] ?? undefined)}
                  </p>
                  <p>
                    <span class="quiz-mark ok">正确答案</span> {describeCorrect(it.question)}
                  </p>
                  {it.solution && <p class="quiz-solution">解题过程：{it.solution}</p>}
                  <p class="quiz-explanation">{it.question.explanation}</p>
                  <p class="quiz-backlink">
                    <a href={it.href}>回看本节{it.source ? `：${it.source}` : ''}</a>
                  </p>
                </li>
              ))}
            </ol>
            {s.mode !== 'discussion' && <p class="muted">答错的题已加入<a href="/review/">复习</a>，会按间隔重复的安排再次出现。</p>}
          </section>
        )}
        {onRetry && (
          <p>
            <button type="button" class="button" onClick={onRetry}>
              重新作答
            </button>{' '}
            <span class="muted">{s.mode === 'exam' ? '将重新抽题' : '选项顺序和随机数据题的数字将重新生成'}</span>
          </p>
        )}
      </div>
    );
  }

  const index = s.index;
  const item = items[index];
  const layout = layouts[index];
  if (!item || !layout) return null;
  const answer = s.answers[index] ?? undefined;
  const checked = s.mode === 'practice' && s.checked[index] === true;
  const showFeedback = s.mode === 'practice' ? checked : s.mode === 'discussion' ? s.revealed[index] === true : false;
  const left = timeLeft(s, clock);

  return (
    <form
      class="quiz-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (s.mode === 'practice' && !checked) store.dispatch({ type: 'check' });
      }}
    >
      {live}
      {left !== null && (
        <p class="quiz-timer">
          剩余时间 <span aria-hidden="true">{formatClock(left)}</span>
          <span class="visually-hidden">约 {Math.max(0, Math.ceil(left / 60_000))} 分钟</span>
        </p>
      )}
      <fieldset class="quiz-fieldset" aria-labelledby={promptId} aria-describedby={s.notice ? noticeId : undefined}>
        <QuestionHeader item={item} index={index} total={total} headingId={promptId} />
        <QuestionInputs key={`${s.seed}-${index}`} uid={`${uid}-q${index}`} item={item} layout={layout} answer={answer} onAnswer={(a) => store.dispatch({ type: 'answer', answer: a })} locked={checked} />
        {s.mode === 'practice' && <Hints uid={`${uid}-q${index}`} item={item} shown={s.hints[index] ?? 0} canReveal={!checked} onReveal={() => store.dispatch({ type: 'hint' })} />}
      </fieldset>
      {s.notice && (
        <p id={noticeId} class="quiz-error" role="alert" tabIndex={-1}>
          {s.notice}
        </p>
      )}
      {showFeedback && <Feedback item={item} answer={answer} grade={s.mode === 'practice' ? grade(item.question, answer) : null} headingId={feedbackId} />}
      <div class="quiz-actions">
        {s.mode === 'practice' &&
          // Distinct keys: the clicked button must not be reused as the submit button, or its
          // click would also submit (check) the next question.
          (checked ? (
            <button key="next" type="button" class="button" onClick={() => store.dispatch({ type: 'next', now: new Date().toISOString() })}>
              {index < total - 1 ? '下一题' : '查看结果'}
            </button>
          ) : (
            <button key="check" type="submit" class="button">
              检查答案
            </button>
          ))}
        {s.mode === 'discussion' && (
          <>
            {!s.revealed[index] && (
              <button type="button" class="button" onClick={() => store.dispatch({ type: 'reveal' })}>
                揭晓答案
              </button>
            )}
            <button type="button" class="button secondary" disabled={index === 0} onClick={() => store.dispatch({ type: 'go', index: index - 1 })}>
              上一题
            </button>
            <button type="button" class="button secondary" disabled={index === total - 1} onClick={() => store.dispatch({ type: 'go', index: index + 1 })}>
              下一题
            </button>
          </>
        )}
        {s.mode === 'exam' && (
          <>
            <button type="button" class="button secondary" disabled={index === 0} onClick={() => store.dispatch({ type: 'go', index: index - 1 })}>
              上一题
            </button>
            {index < total - 1 ? (
              <button type="button" class="button" onClick={() => store.dispatch({ type: 'go', index: index + 1 })}>
                下一题
              </button>
            ) : (
              <button type="button" class="button" onClick={() => store.dispatch({ type: 'submit', now: new Date().toISOString() })}>
                {s.confirmSubmit ? '确认提交' : '提交测评'}
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
