/**
 * /progress/: export the progress as a JSON file, import it on another device, and reset.
 *
 * An import is checked before anything changes (size before reading, format, unknown modules
 * dropped and named, claims backed by records: src/lib/progress-import.ts). A bad file is
 * refused with the reason and nothing is overwritten. Replacing non-empty progress asks first,
 * showing both records side by side (with their dates, and a warning when the current one is
 * newer), offers to export the current progress first, and can be undone while the page is open.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportFileName, exportText, previewReplace, readImportFile, type ImportOk, type ReplacePreview } from '../../lib/progress-import';
import { isEmpty, type Progress } from '../../lib/progress';
import type { CourseModule } from '../../lib/certificate';
import { actions } from '../../stores/progress';
import { useProgress } from './use-progress';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const DATE = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null) => (iso ? DATE.format(new Date(iso)) : '未知');

function download(progress: Progress): void {
  const now = new Date().toISOString();
  const blob = new Blob([exportText(progress, now)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(now);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function droppedText(d: ImportOk['dropped']): string {
  if (d.shown.length === 0) return '';
  return `文件中有 ${d.shown.length + d.omitted} 个本课程没有的模块，已忽略：${d.shown.join('、')}${d.omitted ? ` 等` : ''}。`;
}

function Summary({ title, s }: { title: string; s: ReplacePreview['current'] }) {
  return (
    <div class="import-side">
      <h4>{title}</h4>
      <ul>
        <li>最近更新：{when(s.updatedAt)}</li>
        <li>
          已完成 {s.completed} 个模块（共有 {s.modules} 个模块的记录）
        </li>
        <li>结业测评：{s.assessment === 'passed' ? '已通过' : s.assessment === 'taken' ? '已参加，未通过' : '未参加'}</li>
        <li>复习队列：{s.review} 题</li>
        <li>证书姓名：{s.name || '（未填写）'}</li>
      </ul>
    </div>
  );
}

export default function ProgressPanel({ modules }: { modules: CourseModule[] }) {
  const { progress, storage, loaded } = useProgress();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<{ incoming: ImportOk; preview: ReplacePreview } | null>(null);
  const [undo, setUndo] = useState<Progress | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const importRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (pending) importRef.current?.focus();
  }, [pending]);

  const doExport = () => {
    download(progress);
    setMessage({ kind: 'ok', text: '已导出学习进度文件。在另一台设备上打开本页，选择“导入进度”即可恢复。' });
  };

  const apply = (incoming: ImportOk) => {
    const before = actions.replace(incoming.progress);
    setPending(null);
    setUndo(isEmpty(before) ? null : before);
    const done = Object.values(incoming.progress.modules).filter((m) => m.completedAt).length;
    setMessage({ kind: 'ok', text: `导入成功：共 ${Object.keys(incoming.progress.modules).length} 个模块的记录，其中 ${done} 个已完成。${droppedText(incoming.dropped)}` });
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    const result = await readImportFile(file, new Date().toISOString(), modules);
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: `导入失败：${result.errors[0]!.message}当前进度未作任何改动。` });
      return;
    }
    const preview = previewReplace(progress, result.value.progress, result.value.exportedAt);
    if (preview.silent && storage !== 'unreadable') return apply(result.value);
    setPending({ incoming: result.value, preview });
  };

  const doReset = () => {
    actions.reset();
    setConfirming(false);
    setUndo(null);
    setMessage({ kind: 'ok', text: '已清除本浏览器中的全部学习进度。' });
    requestAnimationFrame(() => document.getElementById('progress-reset')?.focus());
  };

  return (
    <div class="progress-panel">
      <div class="panel-row">
        <button type="button" class="button" onClick={doExport}>
          导出进度（JSON 文件）
        </button>
        <span class="import-field">
          <label for="progress-import">导入进度文件：</label>
          <input ref={fileRef} id="progress-import" class="import-input" type="file" accept="application/json,.json" onChange={(e) => void doImport(e.currentTarget.files?.[0])} />
        </span>
        {!confirming && (
          <button type="button" id="progress-reset" class="button secondary danger" onClick={() => setConfirming(true)} disabled={!loaded || (isEmpty(progress) && storage === 'ok')}>
            重置学习进度
          </button>
        )}
      </div>
      {pending && (
        <div class="import-confirm" role="group" aria-labelledby="import-q" data-import-confirm>
          <h3 id="import-q" tabIndex={-1} ref={importRef}>
            用文件中的进度替换当前进度？
          </h3>
          {storage === 'unreadable' && <p>本浏览器中保存的进度无法读取（已损坏或来自更新版本的课程）；确认后，它会被文件中的进度覆盖。</p>}
          {pending.preview.currentIsNewer && (
            <p class="import-warning" data-import-newer>
              注意：当前进度（更新于 {when(pending.preview.current.updatedAt)}）比文件中的进度（更新于 {when(pending.preview.incoming.updatedAt)}）更新，替换后较新的记录会丢失。
            </p>
          )}
          <div class="import-compare">
            <Summary title="当前进度（将被替换）" s={pending.preview.current} />
            <Summary title="文件中的进度" s={pending.preview.incoming} />
          </div>
          {droppedText(pending.incoming.dropped) && <p>{droppedText(pending.incoming.dropped)}</p>}
          <p>
            <button type="button" class="button secondary" onClick={() => download(progress)}>
              先导出当前进度
            </button>{' '}
            <button type="button" class="button danger" onClick={() => apply(pending.incoming)}>
              确认替换
            </button>{' '}
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setPending(null);
                setMessage({ kind: 'ok', text: '已取消导入，当前进度未作任何改动。' });
              }}
            >
              取消
            </button>
          </p>
        </div>
      )}
      {confirming && (
        <div class="reset-confirm" role="group" aria-labelledby="reset-q">
          <p id="reset-q">确定要清除本浏览器中的全部学习进度吗？此操作无法撤销。建议先导出进度文件。</p>
          <button type="button" class="button danger" onClick={doReset} ref={confirmRef}>
            确认重置
          </button>{' '}
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => document.getElementById('progress-reset')?.focus());
            }}
          >
            取消
          </button>
        </div>
      )}
      <p class="panel-message" role="status">
        {message?.kind === 'ok' ? message.text : ''}
        {message?.kind === 'ok' && undo && (
          <>
            {' '}
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                actions.replace(undo);
                setUndo(null);
                setMessage({ kind: 'ok', text: '已撤销导入，恢复为导入前的进度。' });
              }}
            >
              撤销导入
            </button>
          </>
        )}
      </p>
      <p class="panel-message error" role="alert">
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </div>
  );
}
