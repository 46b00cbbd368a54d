/**
 * /assessment/ (client:load). Each attempt draws its questions from the assessment bank —
 * questions written for the assessment only, and generated exercises with fresh numbers —
 * stratified by track, with a random seed per learner and attempt that is stored with the
 * attempt. The bank is fetched when an attempt starts (or resumes), so the page itself stays
 * small and carries no answers. The attempt is saved as the learner goes: a reload or a
 * navigation resumes it exactly (questions, answers, position, timer); leaving asks first; a
 * timed attempt keeps counting while the learner is away and ends when time is up.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { drawAssessment } from '../../lib/quiz/assessment';
import { runItems, type PracticeBankFile } from '../../lib/quiz/bank';
import { PASS_TEXT, percentOf } from '../../lib/quiz/pass-mark';
import { ASSESSMENT_ATTEMPT_ID, attemptOf } from '../../lib/progress';
import { createAttempt, newSeed, record as results, type AttemptStore } from '../../stores/attempt';
import { useProgress } from '../progress/use-progress';
import QuizRunner from './QuizRunner';
import { itemOf, type Item } from './QuestionView';

export interface AssessmentProps {
  /** Questions per attempt. */
  size: number;
  /** Time limit offered, in minutes. */
  minutes: number;
  /** Where the bank is fetched from. */
  dataUrl: string;
  /** What the bank holds, for the introduction. */
  written: number;
  generated: number;
}

type Phase = { kind: 'intro' } | { kind: 'loading'; resume: boolean } | { kind: 'error'; message: string } | { kind: 'running'; store: AttemptStore; items: Item[]; resumed: boolean; n: number };

let bankCache: Promise<PracticeBankFile> | null = null;
function loadBank(url: string): Promise<PracticeBankFile> {
  bankCache ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(String(r.status));
    return r.json() as Promise<PracticeBankFile>;
  });
  bankCache.catch(() => (bankCache = null));
  return bankCache;
}

export default function Assessment({ size, minutes, dataUrl, written, generated }: AssessmentProps) {
  const { progress, loaded } = useProgress();
  const [phase, setPhase] = useState<Phase>({ kind: 'intro' });
  const [timed, setTimed] = useState(false);
  const resumedOnce = useRef(false);
  const record = loaded ? progress.assessment : null;
  const running = phase.kind === 'running' ? phase : null;

  const open = async (resume: boolean) => {
    setPhase({ kind: 'loading', resume });
    let bank: PracticeBankFile;
    try {
      bank = await loadBank(dataUrl);
    } catch {
      setPhase({ kind: 'error', message: '题目加载失败：请检查网络连接后重试。你的作答记录没有丢失。' });
      return;
    }
    const saved = attemptOf(progress, ASSESSMENT_ATTEMPT_ID);
    if (resume && saved && saved.mode === 'exam') {
      const runs = runItems(bank.items, saved.keys, saved.seed);
      if (runs) {
        const store = createAttempt({ id: ASSESSMENT_ATTEMPT_ID, items: runs, recording: { kind: 'assessment' }, saved });
        setPhase({ kind: 'running', store, items: runs.map((r) => itemOf(r, bank.titles)), resumed: true, n: Date.now() });
        return;
      }
      results.dropAttempt(ASSESSMENT_ATTEMPT_ID);
    }
    const seed = newSeed();
    const drawn = drawAssessment(bank.items, seed, bank.tracks, size);
    const runs = runItems(bank.items, drawn.map((d) => d.key), seed) ?? [];
    const store = createAttempt({
      id: ASSESSMENT_ATTEMPT_ID,
      items: runs,
      recording: { kind: 'assessment' },
      start: { mode: 'exam', seed, startedAt: new Date().toISOString(), minutes: timed ? minutes : undefined },
      saveAtStart: true,
    });
    setPhase({ kind: 'running', store, items: runs.map((r) => itemOf(r, bank.titles)), resumed: false, n: Date.now() });
  };

  // An attempt in progress resumes on its own after a reload or a navigation.
  useEffect(() => {
    if (!loaded || resumedOnce.current) return;
    resumedOnce.current = true;
    if (attemptOf(progress, ASSESSMENT_ATTEMPT_ID)) void open(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resume once, when the stored progress has loaded
  }, [loaded]);

  // Leaving mid-attempt asks first (the attempt is saved either way).
  const [finished, setFinished] = useState(false);
  useEffect(() => {
    if (!running) return;
    setFinished(running.store.$state.get().result !== null);
    return running.store.$state.listen((s) => setFinished(s.result !== null));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the attempt's store, not the phase object around it
  }, [running?.store]);
  useEffect(() => {
    if (!running || finished) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one listener per attempt store
  }, [running?.store, finished]);

  if (phase.kind === 'loading') return <p class="muted" role="status">{phase.resume ? '正在恢复你未完成的测评……' : '正在抽取题目……'}</p>;

  if (phase.kind === 'running') {
    return (
      <div class="quiz assessment" data-seed={phase.store.$state.get().seed}>
        {phase.resumed && (
          <p class="quiz-resume-note" role="status">
            已恢复你未完成的测评：题目、答案和{phase.store.$state.get().deadline ? '剩余时间' : '进度'}都与离开时一致。
          </p>
        )}
        <QuizRunner
          key={phase.n}
          uid="assessment"
          store={phase.store}
          items={phase.items}
          focusOnMount
          onRetry={() => setPhase({ kind: 'intro' })}
          resultExtra={(s) =>
            s.passed ? (
              <p>
                <a class="button" href="/certificate/">
                  查看结业证书
                </a>
              </p>
            ) : null
          }
        />
      </div>
    );
  }

  return (
    <div class="assessment-intro">
      <ul>
        <li>
          每次测评从结业测评题库中抽取 <strong>{size}</strong> 道题，尽量覆盖每条学习路径。题库有 {written} 道只在测评中出现的题，以及 {generated} 道随机示例数据的计算题（每次的数字都不同）；每位学员、每次参加抽到的题和选项顺序都不同。
        </li>
        <li>作答过程中不显示对错，交卷后给出得分和错题解析。作答会自动保存：刷新页面或离开后再回来，会回到原来的题目和答案。</li>
        <li>答对 {PASS_TEXT} 及以上即通过；学完全部模块并通过测评后，可以查看并打印结业证书。</li>
      </ul>
      {record && (
        <p class="assessment-record" data-assessment-record>
          你已参加 {record.attempts} 次，最高 {percentOf(record.best)}%{record.passed ? '，已通过。' : '。'}
          {record.passed && <a href="/certificate/">查看结业证书</a>}
        </p>
      )}
      {phase.kind === 'error' && (
        <p class="quiz-error" role="alert">
          {phase.message}
        </p>
      )}
      <p>
        <input type="checkbox" id="assessment-timed" checked={timed} onChange={(e) => setTimed(e.currentTarget.checked)} />{' '}
        <label for="assessment-timed">限时作答（{minutes} 分钟，时间到自动交卷；离开页面期间也会计时）</label>
      </p>
      <button type="button" class="button" onClick={() => void open(false)} disabled={!loaded}>
        开始测评
      </button>
    </div>
  );
}
