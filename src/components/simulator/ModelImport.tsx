/**
 * 导入模型: read a model file (validated by src/lib/simulator/model-file.ts, loaded on first use)
 * and score a CSV with it, without fitting. While a model is imported, this panel replaces the
 * data controls: it says which file the model came from and asks for the data to score.
 */
import { useState } from 'preact/hooks';
import { echoText } from '../../lib/echo-text';
import { formatInteger } from '../../lib/format';
import { MAX_BYTES, MAX_MODEL_FILE_BYTES } from '../../lib/simulator/bounds';
import type { FittedModel } from '../../lib/simulator/fitted-model';
import type { ImportedModel } from '../../lib/simulator/scenario-input';
import type { UploadInfo } from '../../lib/simulator/result-view';

const KIND_NAMES = { logistic: '逻辑回归', tree: '决策树', scorecard: '透明评分卡' } as const;

interface Props {
  uid: string;
  imported: ImportedModel | null;
  onImport: (model: FittedModel, name: string) => void;
  onClear: () => void;
  newData: { name: string; info: UploadInfo | null } | null;
  onNewData: (f: File | null) => void;
}

export default function ModelImport({ uid, imported, onImport, onClear, newData, onNewData }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const choose = async (f: File | null) => {
    setErrors([]);
    if (f === null) return;
    if (f.size > MAX_MODEL_FILE_BYTES) return setErrors([`模型文件超过 ${MAX_MODEL_FILE_BYTES / 1024 / 1024} MB，不像是留存学院导出的模型。`]);
    try {
      const [text, lib] = await Promise.all([f.text(), import('../../lib/simulator/model-downloads')]);
      const r = lib.readModelFile(text);
      if (!r.ok) return setErrors(r.errors.map((e) => e.message));
      onImport(r.value, f.name);
    } catch {
      setErrors(['无法读取这个文件，请重新选择。']);
    }
  };
  return (
    <div class="sim-import" data-model-import>
      {imported === null ? (
        <>
          <label class="sim-block" for={`${uid}-model-file`}>
            导入模型（用“导出模型”下载的 .json 文件）
          </label>
          <input id={`${uid}-model-file`} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)} />
        </>
      ) : (
        <fieldset class="sim-subfieldset" data-imported>
          <legend>导入的模型</legend>
          <p>
            模型文件“{echoText(imported.name, 60)}”：{KIND_NAMES[imported.kind]}，训练自“{echoText(imported.trainedOn.name, 60)}”（{formatInteger(imported.trainedOn.rows)} 行）。导入的模型不重新训练，只给你选择的数据打分。
          </p>
          <label class="sim-block" for={`${uid}-score-file`}>
            选择要打分的数据（CSV，≤ {MAX_BYTES / 1024 / 1024} MB；列名与训练文件相同，不需要标签列）
          </label>
          <input id={`${uid}-score-file`} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(e) => onNewData(e.currentTarget.files?.[0] ?? null)} />
          {newData !== null && (
            <p data-new-data-status>
              正在给“{echoText(newData.name, 60)}”打分{newData.info !== null ? `（${formatInteger(newData.info.n)} 行）` : ''}。
            </p>
          )}
          <button type="button" class="button secondary" onClick={onClear}>
            取消导入，回到样本或上传的数据
          </button>
        </fieldset>
      )}
      {errors.length > 0 && (
        <div class="sim-error" role="alert" data-import-error>
          {errors.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
      )}
    </div>
  );
}
