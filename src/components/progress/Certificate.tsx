/**
 * /certificate/ (client:load): unlocked by passing the final assessment. The learner types
 * their name; the certificate shows name, date, score and modules completed, and prints on one
 * A4 page. It is a self-study record kept in this browser, not a verified credential.
 */
import { actions } from '../../stores/progress';
import { useProgress } from './use-progress';

const DATE = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' });

export default function Certificate({ modules }: { modules: { slug: string; title: string }[] }) {
  const { progress, loaded } = useProgress();
  if (!loaded) return <p class="muted">正在读取你的学习记录……</p>;
  const a = progress.assessment;
  if (!a?.passed || !a.passedAt) {
    return (
      <div class="cert-locked" data-certificate-locked>
        <p>通过结业测评(答对 80% 及以上)后,这里会生成你的结业证书。{a ? `你目前的最高分是 ${Math.floor(a.best * 100)}%。` : '你还没有参加结业测评。'}</p>
        <p>
          <a class="button" href="/assessment/">
            去参加结业测评
          </a>
        </p>
      </div>
    );
  }
  const done = modules.filter((m) => progress.modules[m.slug]?.completedAt);
  const score = Math.floor((a.passedScore ?? a.best) * 100);
  return (
    <>
      <div class="cert-controls no-print">
        <p>
          <label for="cert-name">你的姓名(显示在证书上)</label>
          <br />
          <input id="cert-name" type="text" maxLength={60} autoComplete="name" value={progress.name} onInput={(e) => actions.setName(e.currentTarget.value)} />
        </p>
        <p>
          <button type="button" class="button" onClick={() => window.print()}>
            打印 / 保存为 PDF
          </button>{' '}
          <span class="muted">在打印对话框中选择“另存为 PDF”即可保存;证书占一页 A4 纸。</span>
        </p>
      </div>
      <article class="certificate" aria-labelledby="cert-title" data-certificate>
        <p class="cert-brand">留存学院 · Retention Academy</p>
        <h2 id="cert-title">结业证书</h2>
        <p class="cert-lead">兹证明</p>
        <p class="cert-name" data-cert-name>
          {progress.name || '(请在上方填写姓名)'}
        </p>
        <p class="cert-lead">已完成「留存学院」员工与客户留存课程,并通过结业测评。</p>
        <dl class="cert-facts">
          <div>
            <dt>通过日期</dt>
            <dd>{DATE.format(new Date(a.passedAt))}</dd>
          </div>
          <div>
            <dt>测评得分</dt>
            <dd data-cert-score>{score}%</dd>
          </div>
          <div>
            <dt>已完成模块</dt>
            <dd>
              {done.length} / {modules.length}
            </dd>
          </div>
        </dl>
        {done.length > 0 && (
          <ul class="cert-modules">
            {done.map((m) => (
              <li key={m.slug}>{m.title}</li>
            ))}
          </ul>
        )}
        <p class="cert-disclaimer">说明:本证书是保存在学员本人浏览器中的自学记录,姓名由学员自行填写,成绩未经任何机构核验,不是经过验证的资格证书。</p>
      </article>
    </>
  );
}
