/**
 * Grading of one quiz question, per type. Pure: the same question and answer always give the
 * same grade; nothing here knows about the DOM or storage.
 *
 * A question is either right or wrong (the quiz score counts right questions), but the grade
 * also says how much of a partial answer was right ("配对对了 3/4 项"), so feedback can be
 * specific without giving half marks.
 */
import type { Question } from '../../schemas/quiz';
import { readAnswer } from './numeric-answer';

/** What a learner can give, per question type. */
export type Answer =
  /** single, scenario: the chosen option id. */
  | { type: 'choice'; optionId: string }
  /** multiple: the chosen option ids (any order). */
  | { type: 'choices'; optionIds: string[] }
  /** truefalse */
  | { type: 'boolean'; value: boolean }
  /** numeric: the text as typed ("12.5", "12.5%", "１２.５", "180万元"). */
  | { type: 'number'; raw: string }
  /** ordering: item ids in the learner's order (no answer until the learner moves an item). */
  | { type: 'order'; itemIds: string[] }
  /** matching: pair id → the chosen right-hand value. */
  | { type: 'match'; choices: Record<string, string> };

export interface Grade {
  correct: boolean;
  /** How many parts were right out of how many (1/1 or 0/1 for one-part questions). */
  parts: { right: number; total: number };
  /** A Chinese note on a partial or unreadable answer, when there is something to say. */
  note?: string;
}

/** The kind of answer each question type takes. */
export function answerKind(q: Question): Answer['type'] {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return 'choice';
    case 'multiple':
      return 'choices';
    case 'truefalse':
      return 'boolean';
    case 'numeric':
      return 'number';
    case 'ordering':
      return 'order';
    case 'matching':
      return 'match';
  }
}

/**
 * Whether a saved answer still fits its question: the right kind, and only ids the question has
 * now (an ordering answer must be a permutation of its items). A question edited after an
 * attempt was saved keeps its key; an answer written for its old options does not fit and is
 * dropped on resume instead of pointing at options that are gone.
 */
export function answerFits(q: Question, a: Answer): boolean {
  if (a.type !== answerKind(q)) return false;
  switch (a.type) {
    case 'choice':
      return 'options' in q && q.options.some((o) => o.id === a.optionId);
    case 'choices':
      return 'options' in q && a.optionIds.every((id) => q.options.some((o) => o.id === id));
    case 'order': {
      if (q.type !== 'ordering' || a.itemIds.length !== q.items.length) return false;
      const ids = new Set(a.itemIds);
      return ids.size === q.items.length && q.items.every((i) => ids.has(i.id));
    }
    case 'match':
      return q.type === 'matching' && Object.keys(a.choices).every((id) => q.pairs.some((p) => p.id === id));
    default:
      return true;
  }
}

/** An own property of a record built from stored or typed data (never an inherited one). */
function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Why an answer cannot be checked yet (Chinese, ready to show), or undefined when it can:
 * nothing given, an ordering question not touched, a matching question with a pair left open,
 * or a numeric answer the unit reader cannot read (that is a message, never a wrong mark).
 */
export function answerProblem(q: Question, a: Answer | undefined): string | undefined {
  if (q.type === 'ordering' && (!a || a.type !== 'order')) return '请先用“上移”“下移”把各项排好顺序，再检查答案。';
  if (!a || a.type !== answerKind(q)) return '请先作答，再检查答案。';
  switch (a.type) {
    case 'choice':
      return a.optionId === '' ? '请先作答，再检查答案。' : undefined;
    case 'choices':
      return a.optionIds.length > 0 ? undefined : '请至少选择一项，再检查答案。';
    case 'boolean':
      return undefined;
    case 'number': {
      if (q.type !== 'numeric') return undefined;
      const reading = readAnswer(a.raw, q.unit);
      if (reading.kind === 'empty') return '请先填写答案，再检查。';
      return reading.kind === 'unreadable' ? reading.message : undefined;
    }
    case 'order':
      return q.type === 'ordering' && a.itemIds.length === q.items.length ? undefined : '请先用“上移”“下移”把各项排好顺序，再检查答案。';
    case 'match':
      return q.type === 'matching' && q.pairs.every((p) => (own(a.choices, p.id) ?? '') !== '') ? undefined : '请为每一项选择配对后再检查。';
  }
}

/** Whether an answer is complete enough to be checked (every part given, readable). */
export function isComplete(q: Question, a: Answer | undefined): boolean {
  return answerProblem(q, a) === undefined;
}

/**
 * Relative slack for comparing decimals: 12.55 − 12.5 is 0.05000000000000071 in binary, which
 * must still count as "within 0.05".
 */
const EPSILON = 1e-9;

/**
 * Whether `value` lies within `tolerance` (absolute) of `answer`, both ends included.
 */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(answer), Math.abs(value));
  return Math.abs(value - answer) <= tolerance + slack;
}

export function grade(q: Question, a: Answer | undefined): Grade {
  const wrong = (note?: string): Grade => (note ? { correct: false, parts: { right: 0, total: 1 }, note } : { correct: false, parts: { right: 0, total: 1 } });
  if (!a || a.type !== answerKind(q)) return wrong('未作答');
  switch (q.type) {
    case 'single':
    case 'scenario': {
      if (a.type !== 'choice') return wrong();
      const ok = q.options.some((o) => o.correct && o.id === a.optionId);
      return { correct: ok, parts: { right: ok ? 1 : 0, total: 1 } };
    }
    case 'multiple': {
      if (a.type !== 'choices') return wrong();
      const chosen = new Set(a.optionIds);
      // Each option is a part: right when chosen iff it is correct.
      const right = q.options.filter((o) => o.correct === chosen.has(o.id)).length;
      const total = q.options.length;
      const correct = right === total;
      const missed = q.options.filter((o) => o.correct && !chosen.has(o.id)).length;
      const extra = q.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      const notes: string[] = [];
      if (missed) notes.push(`漏选 ${missed} 项`);
      if (extra) notes.push(`多选 ${extra} 项`);
      return correct ? { correct, parts: { right, total } } : { correct, parts: { right, total }, note: notes.join('，') };
    }
    case 'truefalse': {
      if (a.type !== 'boolean') return wrong();
      const ok = a.value === q.answer;
      return { correct: ok, parts: { right: ok ? 1 : 0, total: 1 } };
    }
    case 'numeric': {
      if (a.type !== 'number') return wrong();
      const reading = readAnswer(a.raw, q.unit);
      if (reading.kind !== 'number') return wrong(reading.kind === 'empty' ? '未作答' : '答案无法识别');
      const ok = withinTolerance(reading.value, q.answer, q.tolerance);
      return { correct: ok, parts: { right: ok ? 1 : 0, total: 1 } };
    }
    case 'ordering': {
      if (a.type !== 'order') return wrong();
      const total = q.items.length;
      // A part is an item in its correct position.
      const right = q.items.filter((item, i) => a.itemIds[i] === item.id).length;
      const correct = right === total && a.itemIds.length === total;
      return correct ? { correct, parts: { right, total } } : { correct, parts: { right, total }, note: `${right}/${total} 项位置正确` };
    }
    case 'matching': {
      if (a.type !== 'match') return wrong();
      const total = q.pairs.length;
      const right = q.pairs.filter((p) => own(a.choices, p.id) === p.right).length;
      const correct = right === total;
      return correct ? { correct, parts: { right, total } } : { correct, parts: { right, total }, note: `${right}/${total} 项配对正确` };
    }
  }
}

/** The right-hand choices of a matching question: its distinct `right` values, as authored. */
export function matchingChoices(q: Extract<Question, { type: 'matching' }>): string[] {
  return [...new Set(q.pairs.map((p) => p.right))];
}

/** The correct answer as an Answer, e.g. for "揭晓答案" and for tests. */
export function correctAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return { type: 'choice', optionId: q.options.find((o) => o.correct)!.id };
    case 'multiple':
      return { type: 'choices', optionIds: q.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'boolean', value: q.answer };
    case 'numeric':
      return { type: 'number', raw: String(q.answer) };
    case 'ordering':
      return { type: 'order', itemIds: q.items.map((i) => i.id) };
    case 'matching':
      return { type: 'match', choices: Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(q.pairs.map((p) => [p.id, p.right]))) };
  }
}

const NUMBER_FORMAT = new Map<number, Intl.NumberFormat>();
function fixed(value: number, decimals: number): string {
  let f = NUMBER_FORMAT.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: decimals, useGrouping: true });
    NUMBER_FORMAT.set(decimals, f);
  }
  return f.format(value);
}

/** The correct answer in words, for review and "揭晓答案" (Chinese). */
export function describeCorrect(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'scenario':
      return q.options.find((o) => o.correct)!.text;
    case 'multiple':
      return q.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join('；');
    case 'truefalse':
      return q.answer ? '正确' : '错误';
    case 'numeric': {
      const unit = q.unit === '%' ? '%' : q.unit ? ` ${q.unit}` : '';
      const tol = q.tolerance > 0 ? `（允许误差 ±${fixed(q.tolerance, 4)}${unit}）` : '';
      return `${fixed(q.answer, q.decimals)}${unit}${tol}`;
    }
    case 'ordering':
      return q.items.map((i) => i.text).join(' → ');
    case 'matching':
      return q.pairs.map((p) => `${p.left} — ${p.right}`).join('；');
  }
}

/** The learner's answer in words (Chinese), for the review of wrong answers. */
export function describeAnswer(q: Question, a: Answer | undefined): string {
  if (!a || a.type !== answerKind(q)) return '未作答';
  switch (a.type) {
    case 'choice':
      return q.type === 'single' || q.type === 'scenario' ? (q.options.find((o) => o.id === a.optionId)?.text ?? '未作答') : '未作答';
    case 'choices': {
      if (q.type !== 'multiple') return '未作答';
      const texts = q.options.filter((o) => a.optionIds.includes(o.id)).map((o) => o.text);
      return texts.length ? texts.join('；') : '未作答';
    }
    case 'boolean':
      return a.value ? '正确' : '错误';
    case 'number': {
      const raw = a.raw.trim();
      if (!raw) return '未作答';
      return q.type === 'numeric' && q.unit && !raw.endsWith(q.unit) ? `${raw} ${q.unit}` : raw;
    }
    case 'order': {
      if (q.type !== 'ordering') return '未作答';
      return a.itemIds.map((id) => q.items.find((i) => i.id === id)?.text ?? '?').join(' → ');
    }
    case 'match': {
      if (q.type !== 'matching') return '未作答';
      return q.pairs.map((p) => `${p.left} — ${own(a.choices, p.id) || '未选'}`).join('；');
    }
  }
}

/** The Chinese name of each question type, shown above the prompt. */
export const TYPE_LABELS: Readonly<Record<Question['type'], string>> = {
  single: '单选题',
  multiple: '多选题',
  scenario: '情景题',
  truefalse: '判断题',
  numeric: '计算题',
  ordering: '排序题',
  matching: '配对题',
};
