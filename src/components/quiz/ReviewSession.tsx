/**
 * /review/ (client:load): the questions of the learner's review queue that are due today, one
 * at a time, graded like a quiz, each followed by its explanation and a link back to the
 * section. Every answer reschedules its card (src/lib/review.ts, ts-fsrs). The question data is
 * fetched from /review/items.json; cards whose question no longer exists are dropped.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { layoutFor } from '../../lib/quiz/attempt';
import { grade } from '../../lib/quiz/grade';
import { runItem, type PracticeBankFile, type PracticeItem } from '../../lib/quiz/bank';
import { dueKeys, endOfDay } from '../../lib/review-due';
import { entry } from '../../lib/progress';
import { createAttempt, record, type AttemptStore } from '../../stores/attempt';
import { $progress, update } from '../../stores/progress';
import { dropCards } from '../../lib/progress';
import { useProgress } from '../progress/use-progress';
import { Feedback, Hints, QuestionHeader, QuestionInputs, itemOf, type Item } from './QuestionView';

const DATE = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

type Phase = { kind: 'waiting' } | { kind: 'error' } | { kind: 'ready'; bank: PracticeBankFile; queue: string[]; done: number; right: number };

function ReviewCardView({ store, item, onNext, index, total }: { store: AttemptStore; item: Item; onNext: () => void; index: number; total: number }) {
  const last = index + 1 >= total;
  const s = useStore(store.$state);
  const layout = useMemo(() => layoutFor(item.question, s.seed, item.key), [item, s.seed]);
  const answer = s.answers[0] ?? undefined;
  const checked = s.checked[0] === true;
  useEffect(() => {
    const target = s.focus?.target;
    if (!target) return;
    requestAnimationFrame(() => document.getElementById(target === 'feedback' ? 'review-feedback' : target === 'notice' ? 'review-error' : 'review-prompt')?.focus());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus moves once per focus request (its sequence number), not on every render
  }, [s.focus?.seq]);
  return (
    <form
      class="quiz-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!checked) store.dispatch({ type: 'check' });
      }}
    >
      <p class="visually-hidden" role="status">
        {s.announce}
      </p>
      <fieldset class="quiz-fieldset" aria-labelledby="review-prompt" aria-describedby={s.notice ? 'review-error' : undefined}>
        <QuestionHeader item={item} index={index} total={total} headingId="review-prompt" />
        <QuestionInputs uid={`review-${item.key.replace(/[^a-z0-9-]/g, '-')}`} item={item} layout={layout} answer={answer} onAnswer={(a) => store.dispatch({ type: 'answer', answer: a })} locked={checked} />
        <Hints uid="review" item={item} shown={s.hints[0] ?? 0} canReveal={!checked} onReveal={() => store.dispatch({ type: 'hint' })} />
      </fieldset>
      {s.notice && (
        <p id="review-error" class="quiz-error" role="alert" tabIndex={-1}>
          {s.notice}
        </p>
      )}
      {checked && <Feedback item={item} answer={answer} grade={grade(item.question, answer)} headingId="review-feedback" />}
      <div class="quiz-actions">
        {checked ? (
          <button key="next" type="button" class="button" onClick={onNext}>
            {last ? '完成今日复习' : '下一题'}
          </button>
        ) : (
          <button key="check" type="submit" class="button">
            检查答案
          </button>
        )}
      </div>
    </form>
  );
}

export default function ReviewSession({ dataUrl }: { dataUrl: string }) {
  const { progress, loaded } = useProgress();
  const [phase, setPhase] = useState<Phase>({ kind: 'waiting' });
  const due = loaded ? dueKeys(progress, endOfDay(new Date())) : [];

  const begin = async () => {
    let bank: PracticeBankFile;
    try {
      const r = await fetch(dataUrl);
      if (!r.ok) throw new Error(String(r.status));
      bank = (await r.json()) as PracticeBankFile;
    } catch {
      setPhase({ kind: 'error' });
      return;
    }
    const known = new Set(bank.items.map((i) => i.key));
    const p = $progress.get();
    const gone = Object.keys(p.review).filter((k) => !known.has(k));
    if (gone.length) update((x) => dropCards(x, gone));
    setPhase({ kind: 'ready', bank, queue: dueKeys(p, endOfDay(new Date())).filter((k) => known.has(k)), done: 0, right: 0 });
  };

  useEffect(() => {
    if (loaded && phase.kind === 'waiting' && due.length > 0) void begin();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- start once, when the stored progress has loaded
  }, [loaded]);

  const current = useMemo(() => {
    if (phase.kind !== 'ready') return null;
    const key = phase.queue[phase.done];
    if (key === undefined) return null;
    const item = phase.bank.items.find((i: PracticeItem) => i.key === key);
    const card = entry($progress.get().review, key);
    const run = item ? runItem(item, `review-${card?.reps ?? 0}`) : null;
    if (!run) return null;
    const store = createAttempt({ id: 'review', items: [run], recording: null, start: { mode: 'practice', seed: `review-${card?.reps ?? 0}`, startedAt: new Date().toISOString() } });
    // Record the answer as soon as it is checked.
    let recorded = false;
    store.$state.listen((s) => {
      if (recorded || !s.checked[0]) return;
      recorded = true;
      const correct = grade(run.question, s.answers[0] ?? undefined).correct;
      void record.review([{ key, correct, hinted: (s.hints[0] ?? 0) > 0, generated: run.generated }]);
    });
    return { store, item: itemOf(run, phase.bank.titles), key };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt store per item shown, keyed by the queue position
  }, [phase.kind === 'ready' ? `${phase.done}/${phase.queue.length}` : phase.kind]);

  if (!loaded || (phase.kind === 'waiting' && due.length > 0)) return <p class="muted" role="status">正在读取你的复习队列……</p>;
  if (phase.kind === 'error') {
    return (
      <p class="quiz-error" role="alert">
        复习题加载失败：请检查网络连接后刷新页面。
      </p>
    );
  }

  const total = Object.keys(progress.review).length;
  if (phase.kind === 'waiting' || phase.queue.length === 0) {
    const next = Object.values(progress.review).map((c) => c.due).sort()[0];
    return (
      <div class="review-empty" data-review-empty>
        <p>今天没有需要复习的题。</p>
        <p class="muted">
          {total > 0 ? `复习队列里共有 ${total} 题${next ? `，下一题在 ${DATE.format(new Date(next))} 到期` : ''}。` : '在模块小测验或结业测评中答错的题、练过的随机数据计算题，会自动进入复习队列。'}
        </p>
      </div>
    );
  }

  if (!current) {
    const again = dueKeys(progress, endOfDay(new Date())).length;
    return (
      <div class="review-done" data-review-done>
        <h2 id="review-done" tabIndex={-1}>今日复习完成</h2>
        <p>
          本轮复习 {phase.queue.length} 题，答对 {phase.right} 题。答错的题会在几分钟后再次到期，答对的题会隔更久再出现。
        </p>
        {again > 0 && (
          <p>
            <button type="button" class="button" onClick={() => void begin()}>
              再练一轮（{again} 题）
            </button>
          </p>
        )}
      </div>
    );
  }

  const next = () => {
    const right = grade(current.item.question, current.store.$state.get().answers[0] ?? undefined).correct;
    setPhase({ ...phase, done: phase.done + 1, right: phase.right + (right ? 1 : 0) });
    requestAnimationFrame(() => document.getElementById(phase.done + 1 < phase.queue.length ? 'review-prompt' : 'review-done')?.focus());
  };

  return (
    <div class="quiz review" data-review>
      <ReviewCardView key={current.key + phase.done} store={current.store} item={current.item} onNext={next} index={phase.done} total={phase.queue.length} />
    </div>
  );
}
