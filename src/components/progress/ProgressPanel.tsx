/**
 * /progress/: export the progress as a JSON file, import it on another device (validated: a bad
 * file is refused with the reason and nothing is overwritten), and reset after confirmation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportFileName, isEmpty, parseImport, toExport } from '../../lib/progress';
import { actions } from '../../stores/progress';
import { useProgress } from './use-progress';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export default function ProgressPanel() {
  const { progress, storage } = useProgress();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const doExport = () => {
    const now = new Date().toISOString();
    const blob = new Blob([JSON.stringify(toExport(progress, now), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(now);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'ok', text: '已导出学习进度文件。在另一台设备上打开本页,选择「导入进度」即可恢复。' });
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: '无法读取该文件,当前进度未作任何改动。' });
      return;
    }
    const result = parseImport(text, new Date().toISOString());
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: `导入失败:${result.errors[0]!.message}当前进度未作任何改动。` });
      return;
    }
    actions.replace(result.value);
    const done = Object.values(result.value.modules).filter((m) => m.completedAt).length;
    setMessage({ kind: 'ok', text: `导入成功:共 ${Object.keys(result.value.modules).length} 个模块的记录,其中 ${done} 个已完成。` });
  };

  const doReset = () => {
    actions.reset();
    setConfirming(false);
    setMessage({ kind: 'ok', text: '已清除本浏览器中的全部学习进度。' });
    requestAnimationFrame(() => document.getElementById('progress-reset')?.focus());
  };

  return (
    <div class="progress-panel">
      <div class="panel-row">
        <button type="button" class="button" onClick={doExport}>
          导出进度(JSON 文件)
        </button>
        <span class="import-field">
          <label for="progress-import">导入进度文件:</label>
          <input
            ref={fileRef}
            id="progress-import"
            class="import-input"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void doImport(e.currentTarget.files?.[0])}
          />
        </span>
        {!confirming && (
          <button type="button" id="progress-reset" class="button secondary danger" onClick={() => setConfirming(true)} disabled={isEmpty(progress) && storage === 'ok'}>
            重置学习进度
          </button>
        )}
      </div>
      {confirming && (
        <div class="reset-confirm" role="group" aria-labelledby="reset-q">
          <p id="reset-q">确定要清除本浏览器中的全部学习进度吗?此操作无法撤销。建议先导出进度文件。</p>
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
      </p>
      <p class="panel-message error" role="alert">
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </div>
  );
}
