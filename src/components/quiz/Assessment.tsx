/**
 * /assessment/: the final assessment (client:load). Each attempt draws up to 20 questions from
 * every module's quiz, stratified by track and seeded by the attempt number, so the same attempt
 * is reproducible and the next one differs. Optional timer; pass at 80% unlocks /certificate/.
 */
import { useMemo, useState } from 'preact/hooks';
import { ASSESSMENT_SIZE, drawAssessment, questionKey, type PoolQuestion } from '../../lib/quiz/assessment';
import { actions } from '../../stores/progress';
import { useProgress } from '../progress/use-progress';
import QuizRunner from './QuizRunner';
import type { Item } from './QuestionView';

export interface AssessmentProps {
  pool: (PoolQuestion & { moduleTitle: string })[];
  trackOrder: string[];
  /** Time limit offered, in minutes. */
  minutes: number;
}

export default function Assessment({ pool, trackOrder, minutes }: AssessmentProps) {
  const { progress, loaded } = useProgress();
  const [attempt, setAttempt] = useState<number | null>(null);
  const [timed, setTimed] = useState(false);
  const size = Math.min(ASSESSMENT_SIZE, pool.length);
  const record = loaded ? progress.assessment : null;

  const items = useMemo<Item[]>(() => {
    if (attempt === null) return [];
    return drawAssessment(pool, attempt, trackOrder).map((p) => {
      const src = p as PoolQuestion & { moduleTitle: string };
      return { key: questionKey(p), question: p.question, href: `/modules/${p.module}/#${p.question.section}`, source: src.moduleTitle };
    });
  }, [attempt, pool, trackOrder]);

  const start = () => {
    setAttempt((progress.assessment?.attempts ?? 0) + 1);
  };

  if (pool.length === 0) return <p>目前还没有可用的测验题目。</p>;

  if (attempt === null) {
    return (
      <div class="assessment-intro">
        <ul>
          <li>
            本次测评从全部 {pool.length} 道模块测验题中抽取 <strong>{size}</strong> 道,尽量覆盖每条学习路径;每次重新参加都会重新抽题。
          </li>
          <li>作答过程中不显示对错,交卷后给出得分和错题解析。</li>
          <li>答对 80% 及以上即通过,可以查看并打印结业证书。</li>
        </ul>
        {record && (
          <p class="assessment-record" data-assessment-record>
            你已参加 {record.attempts} 次,最高 {Math.floor(record.best * 100)}%{record.passed ? ',已通过。' : '。'}
            {record.passed && <a href="/certificate/">查看结业证书</a>}
          </p>
        )}
        <p>
          <input type="checkbox" id="assessment-timed" checked={timed} onChange={(e) => setTimed(e.currentTarget.checked)} />{' '}
          <label for="assessment-timed">限时作答({minutes} 分钟,时间到自动交卷)</label>
        </p>
        <button type="button" class="button" onClick={start}>
          开始测评
        </button>
      </div>
    );
  }

  return (
    <div class="quiz assessment" data-attempt={attempt}>
      <QuizRunner
        key={attempt}
        uid="assessment"
        seedId="assessment"
        items={items}
        attempt={attempt}
        mode="exam"
        {...(timed ? { minutes } : {})}
        onFinish={(s) => actions.assessmentDone(s.fraction, s.passed)}
        focusOnMount
        onRetry={() => setAttempt((a) => (a ?? 0) + 1)}
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
