/**
 * One question's inputs (per type), its hints and, once checked or revealed, its feedback: the
 * verdict, every option's explanation, the overall explanation, the worked solution with the
 * learner's numbers (generated exercises) and the "回看本节" link.
 */
import { useState } from 'preact/hooks';
import type { Question } from '../../schemas/quiz';
import type { Layout } from '../../lib/quiz/attempt';
import type { RunItem } from '../../lib/quiz/bank';
import { TYPE_LABELS, describeCorrect, type Answer, type Grade } from '../../lib/quiz/grade';
import { ANSWER_MAX_LENGTH, describeReading, readAnswer } from '../../lib/quiz/numeric-answer';
import { formatNumber } from '../../lib/format';

/** A question as the islands show it. */
export interface Item extends RunItem {
  /** URL of the section that teaches it ("回看本节"). */
  href: string;
  /** Where the question comes from, shown in the assessment and the review (module title). */
  source?: string;
}

/** The item for a run item, with its section link and source title. */
export function itemOf(run: RunItem, titles?: Readonly<Record<string, string>>): Item {
  const source = titles && Object.hasOwn(titles, run.module) ? titles[run.module] : undefined;
  return { ...run, href: `/modules/${run.module}/#${run.question.section}`, ...(source ? { source } : {}) };
}

interface ViewProps {
  /** DOM id prefix, unique on the page. */
  uid: string;
  item: Item;
  layout: Layout;
  answer: Answer | undefined;
  onAnswer: (a: Answer) => void;
  /** Inputs are locked (checked in practice mode). */
  locked: boolean;
}

const MONEY_UNITS = ['元', '万元', '亿元'];

function Mark({ ok, children }: { ok: boolean; children: string }) {
  return <span class={ok ? 'quiz-mark ok' : 'quiz-mark bad'}>{ok ? '✓ ' : '✗ '}{children}</span>;
}

function NumericInput({ uid, q, answer, onAnswer, locked }: { uid: string; q: Extract<Question, { type: 'numeric' }>; answer: Answer | undefined; onAnswer: (a: Answer) => void; locked: boolean }) {
  const raw = answer?.type === 'number' ? answer.raw : '';
  const reading = readAnswer(raw, q.unit);
  const readingText = describeReading(reading, q.unit, (n) => formatNumber(n, { digits: 6 }));
  return (
    <p class="quiz-numeric">
      <label for={`${uid}-num`}>你的答案</label>
      <input
        type="text"
        id={`${uid}-num`}
        inputMode="decimal"
        autoComplete="off"
        maxLength={ANSWER_MAX_LENGTH}
        aria-describedby={`${uid}-num-hint ${uid}-num-reading`}
        aria-invalid={reading.kind === 'unreadable' ? 'true' : undefined}
        value={raw}
        readOnly={locked}
        onInput={(e) => onAnswer({ type: 'number', raw: e.currentTarget.value })}
      />
      {q.unit && <span class="quiz-unit">{q.unit}</span>}
      <span id={`${uid}-num-hint`} class="quiz-hint muted">
        {q.unit ? `单位：${q.unit}${MONEY_UNITS.includes(q.unit) ? '（也可以带单位写，如“万元”“元”，会自动换算）' : ''}；` : ''}结果保留 {q.decimals} 位小数
      </span>
      <span id={`${uid}-num-reading`} class={`quiz-reading${reading.kind === 'unreadable' ? ' bad' : ''}`} data-reading>
        {reading.kind === 'unreadable' ? reading.message : readingText}
      </span>
    </p>
  );
}

export function QuestionInputs({ uid, item, layout, answer, onAnswer, locked }: ViewProps) {
  const q = item.question;
  const name = `${uid}-choice`;
  switch (q.type) {
    case 'single':
    case 'scenario':
    case 'multiple': {
      const multi = q.type === 'multiple';
      const chosen = (id: string) => (answer?.type === 'choice' ? answer.optionId === id : answer?.type === 'choices' ? answer.optionIds.includes(id) : false);
      return (
        <ul class="quiz-options" role="list">
          {layout.options.map((id) => {
            const o = q.options.find((x) => x.id === id)!;
            const inputId = `${uid}-opt-${id}`;
            const onChange = (e: Event & { currentTarget: HTMLInputElement }) => {
              if (!multi) return onAnswer({ type: 'choice', optionId: id });
              const prev = answer?.type === 'choices' ? answer.optionIds : [];
              onAnswer({ type: 'choices', optionIds: e.currentTarget.checked ? [...prev, id] : prev.filter((x) => x !== id) });
            };
            return (
              <li key={id}>
                <input type={multi ? 'checkbox' : 'radio'} id={inputId} name={name} value={id} checked={chosen(id)} disabled={locked} onChange={onChange} />
                <label for={inputId}>{o.text}</label>
              </li>
            );
          })}
        </ul>
      );
    }
    case 'truefalse':
      return (
        <ul class="quiz-options quiz-tf" role="list">
          {[true, false].map((v) => (
            <li key={String(v)}>
              <input
                type="radio"
                id={`${uid}-tf-${v}`}
                name={name}
                value={String(v)}
                checked={answer?.type === 'boolean' && answer.value === v}
                disabled={locked}
                onChange={() => onAnswer({ type: 'boolean', value: v })}
              />
              <label for={`${uid}-tf-${v}`}>{v ? '正确' : '错误'}</label>
            </li>
          ))}
        </ul>
      );
    case 'numeric':
      return <NumericInput uid={uid} q={q} answer={answer} onAnswer={onAnswer} locked={locked} />;
    case 'ordering':
      return <Ordering uid={uid} q={q} order={answer?.type === 'order' ? answer.itemIds : layout.items} touched={answer?.type === 'order'} locked={locked} onAnswer={onAnswer} />;
    case 'matching': {
      const choices = answer?.type === 'match' ? answer.choices : {};
      const chosen = (id: string) => (Object.hasOwn(choices, id) ? choices[id] : '') ?? '';
      return (
        <ul class="quiz-matching" role="list">
          {q.pairs.map((p) => (
            <li key={p.id}>
              <label for={`${uid}-m-${p.id}`}>{p.left}</label>
              <select
                id={`${uid}-m-${p.id}`}
                value={chosen(p.id)}
                disabled={locked}
                onChange={(e) => onAnswer({ type: 'match', choices: Object.assign(Object.create(null) as Record<string, string>, choices, { [p.id]: e.currentTarget.value }) })}
              >
                <option value="">请选择</option>
                {layout.choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      );
    }
  }
}

function Ordering({
  uid,
  q,
  order,
  touched,
  locked,
  onAnswer,
}: {
  uid: string;
  q: Extract<Question, { type: 'ordering' }>;
  order: string[];
  touched: boolean;
  locked: boolean;
  onAnswer: (a: Answer) => void;
}) {
  const [moved, setMoved] = useState('');
  const move = (from: number, to: number, dir: 'up' | 'down') => {
    const next = order.slice();
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onAnswer({ type: 'order', itemIds: next });
    const text = q.items.find((i) => i.id === id)?.text ?? '';
    setMoved(`“${text}”移到第 ${to + 1} 位`);
    // Keep focus on the same control of the moved item; at an end, on the other one.
    requestAnimationFrame(() => {
      const atEnd = (dir === 'up' && to === 0) || (dir === 'down' && to === order.length - 1);
      const target = document.getElementById(`${uid}-ord-${id}-${atEnd ? (dir === 'up' ? 'down' : 'up') : dir}`);
      target?.focus();
    });
  };
  return (
    <>
      <p class="quiz-hint muted">
        用“上移”“下移”按钮调整顺序，从上到下为第 1 至第 {order.length} 位。{touched ? '' : '（尚未调整：这是打乱后的起始顺序，不算作答。）'}
      </p>
      <ol class="quiz-ordering">
        {order.map((id, i) => {
          const item = q.items.find((x) => x.id === id)!;
          return (
            <li key={id}>
              <span class="quiz-ord-text">{item.text}</span>
              <span class="quiz-ord-buttons">
                <button type="button" class="quiz-small" id={`${uid}-ord-${id}-up`} aria-label={`上移：${item.text}`} disabled={locked || i === 0} onClick={() => move(i, i - 1, 'up')}>
                  上移
                </button>
                <button
                  type="button"
                  class="quiz-small"
                  id={`${uid}-ord-${id}-down`}
                  aria-label={`下移：${item.text}`}
                  disabled={locked || i === order.length - 1}
                  onClick={() => move(i, i + 1, 'down')}
                >
                  下移
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {moved}
      </p>
    </>
  );
}

/** The hints revealed so far, and the button for the next one (practice, before checking). */
export function Hints({ uid, item, shown, canReveal, onReveal }: { uid: string; item: Item; shown: number; canReveal: boolean; onReveal: () => void }) {
  if (item.hints.length === 0) return null;
  return (
    <div class="quiz-hints">
      {shown > 0 && (
        <ul class="quiz-hint-list" aria-label="提示" role="list">
          {item.hints.slice(0, shown).map((h, i) => (
            <li key={i}>
              <strong>提示 {i + 1}：</strong>
              {h}
            </li>
          ))}
        </ul>
      )}
      {canReveal && shown < item.hints.length && (
        <button type="button" class="button secondary quiz-hint-button" id={`${uid}-hint`} onClick={onReveal}>
          {shown === 0 ? '看提示' : '再看一条提示'}（会记录提示的使用）
        </button>
      )}
    </div>
  );
}

interface FeedbackProps {
  item: Item;
  answer: Answer | undefined;
  /** null in discussion mode (no verdict, just the answer). */
  grade: Grade | null;
  headingId: string;
}

/** The explanation block shown after "检查答案" or "揭晓答案". */
export function Feedback({ item, answer, grade, headingId }: FeedbackProps) {
  const q = item.question;
  const verdict = grade === null ? '参考答案' : grade.correct ? '回答正确' : '回答错误';
  return (
    <div class={`quiz-feedback ${grade === null ? 'neutral' : grade.correct ? 'ok' : 'bad'}`}>
      <h3 id={headingId} tabIndex={-1} class="quiz-verdict">
        {verdict}
        {grade && !grade.correct && grade.note ? `（${grade.note}）` : ''}
      </h3>
      {(q.type === 'single' || q.type === 'scenario' || q.type === 'multiple') && (
        <ul class="quiz-explanations" role="list">
          {q.options.map((o) => {
            const picked = answer?.type === 'choice' ? answer.optionId === o.id : answer?.type === 'choices' ? answer.optionIds.includes(o.id) : false;
            return (
              <li key={o.id}>
                <strong>{o.text}</strong> {o.correct ? <Mark ok>正确选项</Mark> : picked ? <Mark ok={false}>不正确</Mark> : null}
                {picked && grade !== null && <span class="quiz-picked">（你的选择）</span>}
                <br />
                <span>{o.explanation}</span>
              </li>
            );
          })}
        </ul>
      )}
      {q.type === 'truefalse' && (
        <ul class="quiz-explanations" role="list">
          {[true, false].map((v) => (
            <li key={String(v)}>
              <strong>{v ? '正确' : '错误'}</strong> {q.answer === v ? <Mark ok>正确选项</Mark> : answer?.type === 'boolean' && answer.value === v ? <Mark ok={false}>不正确</Mark> : null}
              <br />
              <span>{v ? q.feedback.true : q.feedback.false}</span>
            </li>
          ))}
        </ul>
      )}
      {(q.type === 'numeric' || q.type === 'ordering' || q.type === 'matching') && (
        <p>
          <strong>正确答案：</strong>
          {describeCorrect(q)}
        </p>
      )}
      {item.solution && (
        <p class="quiz-solution" data-solution>
          <strong>解题过程（用本题的数字）：</strong>
          {item.solution}
        </p>
      )}
      <p class="quiz-explanation">{q.explanation}</p>
      <p class="quiz-backlink">
        <a href={item.href}>回看本节</a>
      </p>
    </div>
  );
}

/** The scenario of a scenario question (shown above the prompt, live and in every review). */
export function Scenario({ question }: { question: Question }) {
  return question.type === 'scenario' ? <p class="quiz-scenario">{question.scenario}</p> : null;
}

export function QuestionHeader({ item, index, total, headingId }: { item: Item; index: number; total: number; headingId: string }) {
  const q = item.question;
  return (
    <>
      <p class="quiz-counter muted">
        第 {index + 1} / {total} 题 · {TYPE_LABELS[q.type]}
        {q.type === 'multiple' ? '（可多选）' : ''}
        {item.generated ? ' · 随机示例数据练习' : ''}
        {item.source ? ` · 来自“${item.source}”` : ''}
      </p>
      <Scenario question={q} />
      <p id={headingId} class="quiz-prompt" tabIndex={-1}>
        {q.prompt}
      </p>
    </>
  );
}
