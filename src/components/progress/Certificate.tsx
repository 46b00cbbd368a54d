/**
 * /certificate/ (client:load): available only when every module is completed and the final
 * assessment passed, each backed by its own records (src/lib/certificate.ts). Before that the
 * page says exactly what is missing, with links. The certificate carries a number derived from
 * the record (kept in progress once issued), the date the assessment was passed, the learner's
 * name (length-limited, wrapped inside the frame) and the course hours; its wording says what it
 * is: a self-study record kept in this browser.
 */
import { useEffect } from 'preact/hooks';
import { certificateNumber, certificateStatus, issueCertificate, type CourseModule } from '../../lib/certificate';
import { LIMITS } from '../../lib/progress-limits';
import { PASS_TEXT, percentOf } from '../../lib/quiz/pass-mark';
import { actions, update } from '../../stores/progress';
import { useProgress } from './use-progress';

const DATE = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' });

export interface CertificateProps {
  modules: CourseModule[];
  /** Course hours stated on the certificate (from the modules' estimated minutes). */
  hours: number;
}

export default function Certificate({ modules, hours }: CertificateProps) {
  const { progress, loaded } = useProgress();
  const status = certificateStatus(progress, modules);
  useEffect(() => {
    if (loaded && status.eligible && progress.certificate?.number !== certificateNumber(progress)) update((p) => issueCertificate(p, modules, new Date().toISOString()));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- issue once when the record becomes eligible; progress changes by this very update
  }, [loaded, status.eligible]);

  if (!loaded) return <p class="muted">正在读取你的学习记录……</p>;

  if (!status.eligible) {
    const a = status.assessment;
    return (
      <div class="cert-locked" data-certificate-locked>
        <p>结业证书在两件事都完成后生成：学完全部 {modules.length} 个模块（通过每个模块的小测验），并通过结业测评（答对 {PASS_TEXT} 及以上）。你还差：</p>
        <ul class="cert-missing">
          {status.missing.length > 0 && (
            <li data-missing-modules>
              {status.missing.length} 个模块未完成：
              <ul>
                {status.missing.map((m) => (
                  <li key={m.slug}>
                    <a href={`/modules/${m.slug}/#quiz`}>{m.title}</a>
                    <span class="muted">（{m.status === 'not-started' ? '未开始' : '学习中，测验尚未通过'}）</span>
                  </li>
                ))}
              </ul>
            </li>
          )}
          {a.state !== 'passed' && (
            <li data-missing-assessment>
              {a.state === 'none' ? '你还没有参加结业测评：' : `结业测评尚未通过（最高 ${percentOf(a.best)}%）：`}
              <a href="/assessment/">去参加结业测评</a>
            </li>
          )}
          {status.problems.length > 0 && (
            <li data-record-problems>
              学习记录中有互相矛盾的地方，不能据此生成证书：
              <ul>
                {status.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </li>
          )}
        </ul>
        <p>
          <a href="/progress/">查看学习进度</a>
        </p>
      </div>
    );
  }

  const a = progress.assessment!;
  const number = progress.certificate?.number ?? certificateNumber(progress);
  const name = progress.name;
  const long = Array.from(name).length > 12;
  return (
    <>
      <div class="cert-controls no-print">
        <p>
          <label for="cert-name">你的姓名（显示在证书上，最多 {LIMITS.name} 个字符）</label>
          <br />
          <input id="cert-name" type="text" maxLength={LIMITS.name} autoComplete="name" value={name} onInput={(e) => actions.setName(e.currentTarget.value)} />
        </p>
        <p>
          <button type="button" class="button" onClick={() => window.print()}>
            打印 / 保存为 PDF
          </button>{' '}
          <span class="muted">在打印对话框中选择“另存为 PDF”即可保存；证书占一页 A4 纸。</span>
        </p>
      </div>
      <article class="certificate" aria-labelledby="cert-title" data-certificate>
        <p class="cert-brand">留存学院 · Retention Academy</p>
        <h2 id="cert-title">结业证书</h2>
        <p class="cert-lead">兹证明</p>
        <p class={`cert-name${long ? ' long' : ''}`} data-cert-name>
          {name || '（请在上方填写姓名）'}
        </p>
        <p class="cert-lead">
          在本浏览器中自学完成“留存学院”员工与客户留存课程全部 {modules.length} 个模块（课程时长约 {hours} 小时），并通过结业测评。
        </p>
        <dl class="cert-facts">
          <div>
            <dt>通过日期</dt>
            <dd>{DATE.format(new Date(a.passedAt ?? a.history[0]?.finishedAt ?? Date.now()))}</dd>
          </div>
          <div>
            <dt>测评得分</dt>
            <dd data-cert-score>{percentOf(a.passedScore ?? a.best)}%</dd>
          </div>
          <div>
            <dt>课程时长</dt>
            <dd data-cert-hours>约 {hours} 小时</dd>
          </div>
          <div>
            <dt>证书编号</dt>
            <dd data-cert-number>{number}</dd>
          </div>
        </dl>
        <ul class="cert-modules">
          {modules.map((m) => (
            <li key={m.slug}>{m.title}</li>
          ))}
        </ul>
        <p class="cert-disclaimer">
          说明：这是一份保存在学员本人浏览器中的自学记录。姓名由学员自行填写，学习与测评记录只存在本浏览器里，未经任何机构核验，不是经过验证的资格证书；证书编号由这些记录计算得出，用于核对记录是否一致。
        </p>
      </article>
    </>
  );
}
