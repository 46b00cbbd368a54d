/**
 * The churn risk-tiering simulator: controls | results. The state lives in a store made for
 * this island (src/stores/simulator.ts: scenario, upload settings, the run reducer and the
 * Worker); this component renders it and forwards what the learner does. `compact` is for
 * embedding in a module page: one column, samples only, no URL sync, fewer sections.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { echoText, omittedLine } from '../../lib/echo-text';
import { formatInteger, formatNumber, formatPercent } from '../../lib/format';
import { SIGNALS } from '../../lib/metrics/signals';
import { MAX_BYTES } from '../../lib/simulator/bounds';
import type { ResultView } from '../../lib/simulator/result-view';
import type { Population } from '../../lib/simulator/samples';
import { AUDIENCE_OF, sampleSignals } from '../../lib/simulator/scorecard';
import { createSimulatorStore, scenarioProblem, type WorkerLike } from '../../stores/simulator';
import Charts from './Charts';
import DataPanel from './DataPanel';
import DriverView from './DriverView';
import FairnessView from './FairnessView';
import MetricsView from './MetricsView';
import ModelPanel from './ModelPanel';
import Keep from './Keep';
import ModelView from './ModelView';
import ModelExport from './ModelExport';
import ModelImport from './ModelImport';
import type { FittedModel } from '../../lib/simulator/fitted-model';
import TierPanel from './TierPanel';
import TierTable from './TierTable';
import UploadPanel from './UploadPanel';
import './simulator.css';

export interface SimulatorProps {
  /** Compact embed: one column, samples only, no URL sync. */
  compact?: boolean;
  /** Initial population (overridden by the URL on the standalone page). */
  sample?: Population;
  /** Mirror the scenario to the URL (default: on unless compact). */
  syncUrl?: boolean;
  /** Level of the result section headings: 2 on a page of its own, 3 (default when compact) inside a module section. */
  headingLevel?: 2 | 3;
}

function announcement(r: ResultView): string {
  const parts = [`计算完成：${r.target === 'new' ? '新数据 ' : ''}${formatInteger(r.data.n)} 人，${r.model.name}`];
  if (r.evaluation !== null && r.target === 'training') parts.push(`AUC ${formatNumber(r.evaluation.auc, { digits: 3 })}`);
  const top = r.tiers.summary[0];
  if (top !== undefined) parts.push(`极高层 ${formatInteger(top.count)} 人${top.actualRate !== null ? `，实际流失率 ${formatPercent(top.actualRate)}` : ''}`);
  parts.push(`用时 ${formatNumber(r.elapsedMs / 1000, { digits: 2 })} 秒`);
  return parts.join('，') + '。';
}

const createWorker = (): WorkerLike => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'simulator' }) as unknown as WorkerLike;

export default function SimulatorIsland({ compact = false, sample = 'employees', syncUrl, headingLevel }: SimulatorProps) {
  const uid = `sim${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  // One store for the island's life: its props are fixed where the page places it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose: made once
  const store = useMemo(() => createSimulatorStore({ sample, syncUrl: syncUrl ?? !compact, createWorker }), []);
  const scenario = useStore(store.$scenario);
  const upload = useStore(store.$upload);
  const newData = useStore(store.$newData);
  const run = useStore(store.$run);
  const notices = useStore(store.$notices);
  const imported = useStore(store.$imported);
  const [ready, setReady] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [exportMsg, setExportMsg] = useState('');
  const [copyMsg, setCopyMsg] = useState<{ kind: 'copied' } | { kind: 'fallback'; url: string } | null>(null);

  useEffect(() => {
    store.start();
    setReady(true);
    return () => store.dispose();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose: started once, with the store made once above
  }, []);

  const problem = scenarioProblem(scenario);
  const isUpload = scenario.sample === 'upload';
  const r = run.result;
  const busy = run.busy;
  const status = busy !== null ? 'running' : run.status;
  // An imported model's result only (not the sample's it replaced); an upload's only once chosen.
  const showResult = r !== null && (imported !== null ? r.importedFrom !== null : !(isUpload && upload === null));

  const chooseFile = (f: File | null) => {
    setFileError(null);
    if (f !== null && f.size > MAX_BYTES) {
      store.chooseFile(null);
      setFileError(`文件约 ${Math.ceil(f.size / 1024 / 1024)} MB，超过 ${MAX_BYTES / 1024 / 1024} MB 上限。请先删去不需要的列或抽样后再上传。`);
      return;
    }
    store.chooseFile(f, f?.name);
  };
  const chooseNewData = (f: File | null) => {
    setFileError(null);
    if (f !== null && f.size > MAX_BYTES) {
      setFileError(`文件约 ${Math.ceil(f.size / 1024 / 1024)} MB，超过 ${MAX_BYTES / 1024 / 1024} MB 上限。`);
      return;
    }
    store.chooseNewData(f, f?.name);
  };

  const doExport = async () => {
    setExportMsg('正在生成 CSV…');
    try {
      const csv = await store.exportCsv();
      if (csv === null) {
        setExportMsg('没有可导出的结果，请先完成一次计算。');
        return;
      }
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `留存学院-风险分层名单-${isUpload ? (r?.target === 'new' ? '新数据' : '上传数据') : scenario.sample === 'customers' ? '客户样本' : '员工样本'}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setExportMsg('已生成 CSV 文件（UTF-8，可直接用 Excel 打开）。');
    } catch {
      setExportMsg('导出失败，请重新计算后再试。');
    }
  };

  const copyLink = async () => {
    const url = store.link();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopyMsg({ kind: 'copied' });
    } catch {
      setCopyMsg({ kind: 'fallback', url });
    }
  };

  const population: Population = isUpload ? (upload?.population ?? run.upload?.population ?? 'employees') : scenario.sample === 'customers' ? 'customers' : 'employees';
  const signals = useMemo(() => {
    if (!isUpload) return sampleSignals(population);
    const mapped = new Set((upload?.mapping ?? []).map((m) => m.id));
    return SIGNALS[AUDIENCE_OF[population]].filter((s) => mapped.has(s.id));
  }, [isUpload, population, upload?.mapping]);
  const scorecardHint = isUpload && scenario.model === 'scorecard' && signals.length === 0 ? '先在“1. 数据”里把数据中的列对应到课程的预警信号，评分卡才能打分。' : null;
  const working =
    busy === null
      ? ''
      : busy.kind === 'tier'
        ? '正在重新分层和测算…'
        : (busy.progress?.message ?? (isUpload ? '正在读取文件…' : '正在准备…'));
  const announce =
    !ready ? '' : busy !== null ? working : run.status === 'done' && r !== null ? announcement(r) : run.status === 'cancelled' ? '计算已取消，可以修改设置后重新计算。' : run.status === 'error' ? '计算未完成，请查看错误说明。' : '';

  return (
    <div class={`sim ${compact ? 'sim-compact' : ''}`} data-simulator data-status={ready ? status : 'loading'} data-runs={run.runs}>
      {notices !== null && (
        <div class="sim-notice" role="status" data-url-notices>
          <p>链接中有参数无法使用，已忽略：</p>
          <ul>
            {notices.notices.map((n, i) => (
              <li key={`${i}:${n.field}`}>
                <code>{n.field}</code>：{n.message}
              </li>
            ))}
          </ul>
          {omittedLine({ shown: [], omitted: notices.omitted }) !== null && <p>{omittedLine({ shown: [], omitted: notices.omitted })}</p>}
        </div>
      )}
      <div class="sim-grid">
        <form
          class="sim-controls"
          aria-label="模拟器设置"
          onSubmit={(e) => {
            e.preventDefault();
            store.rerun();
          }}
        >
          <fieldset class="sim-fieldset">
            <legend>1. 数据</legend>
            {imported === null && <DataPanel uid={uid} scenario={scenario} set={store.setScenario} compact={compact} />}
            {imported === null && isUpload && (
              <UploadPanel
                uid={uid}
                upload={upload}
                info={run.upload}
                setUpload={store.setUpload}
                onFile={chooseFile}
                fileError={fileError}
                scorecard={scenario.model === 'scorecard'}
                newData={newData === null ? null : { name: newData.name, info: run.newData }}
                onNewData={chooseNewData}
                fitted={r !== null && r.data.source === 'csv'}
              />
            )}
            {!compact && (
              <ModelImport
                uid={uid}
                imported={imported}
                onImport={(m: FittedModel, name: string) => store.importModel(m, name)}
                onClear={() => store.clearImport()}
                newData={newData === null ? null : { name: newData.name, info: run.newData }}
                onNewData={chooseNewData}
              />
            )}
          </fieldset>
          {imported === null && <ModelPanel uid={uid} scenario={scenario} set={store.setScenario} signals={signals} scorecardHint={scorecardHint} />}
          <TierPanel uid={uid} scenario={scenario} set={store.setScenario} problem={problem} warnings={r?.tiers.warnings ?? []} />
          <div class="sim-actions">
            <button type="submit" class="button" disabled={problem !== null || (imported === null ? isUpload && upload === null : newData === null)}>
              {r === null ? '开始计算' : '重新计算'}
            </button>
            {busy !== null && (
              <button type="button" class="button secondary" onClick={() => store.cancel()}>
                取消计算
              </button>
            )}
            {!compact && (
              <button type="button" class="button secondary" onClick={() => void copyLink()} data-copy-link>
                复制链接
              </button>
            )}
          </div>
          {copyMsg !== null && (
            <p class="sim-muted" role="status">
              {copyMsg.kind === 'copied' ? '已复制本页设置的链接（不含上传的数据）。' : '无法访问剪贴板，请手动复制下面的链接：'}
            </p>
          )}
          {copyMsg?.kind === 'fallback' && (
            <p>
              <label for={`${uid}-link`}>模拟器设置的链接</label>
              <input id={`${uid}-link`} type="text" readOnly value={copyMsg.url} data-sim-link onFocus={(e) => e.currentTarget.select()} />
            </p>
          )}
          {busy !== null && busy.kind === 'fit' && (
            <div class="sim-progress">
              <label for={`${uid}-progress`}>计算进度：{working}</label>
              <progress id={`${uid}-progress`} max={1} value={busy.progress?.fraction ?? 0} />
            </div>
          )}
        </form>
        <div class={`sim-results ${busy !== null && showResult ? 'sim-stale' : ''}`} aria-busy={busy !== null ? 'true' : 'false'}>
          <p class="sim-status" role="status" aria-live="polite" data-sim-announce>
            {announce}
          </p>
          {run.status === 'error' && busy === null && (
            <div class="sim-error-box" role="alert" data-sim-error>
              {run.errors.map((e, i) => (
                <p key={`${i}:${e.field}`}>{e.message}</p>
              ))}
            </div>
          )}
          {imported !== null && newData === null && <p class="sim-muted">已导入模型。请在左侧选择要打分的数据文件（CSV）。</p>}
          {imported === null && isUpload && upload === null && <p class="sim-muted">请在左侧选择一个 CSV 文件。带有流失标签列（如 Attrition、churn、是否流失）的文件会直接用逻辑回归给出第一版结果。</p>}
          {r === null && imported === null && !(isUpload && upload === null) && run.status !== 'error' && (
            <p class="sim-muted">{ready ? '正在计算第一版结果…' : '模拟器需要 JavaScript；加载后会自动用样本算出第一版结果。'}</p>
          )}
          {showResult && r !== null && (
            <Results uid={uid} level={headingLevel ?? (compact ? 3 : 2)} r={r} compact={compact} onExport={() => void doExport()} exportMsg={exportMsg} canExport={busy === null && run.status === 'done'} getModel={() => store.exportModel()} />
          )}
        </div>
      </div>
    </div>
  );
}

function Results({
  uid,
  level,
  r,
  compact,
  onExport,
  exportMsg,
  canExport,
  getModel,
}: {
  uid: string;
  level: 2 | 3;
  r: ResultView;
  compact: boolean;
  onExport: () => void;
  exportMsg: string;
  canExport: boolean;
  getModel: () => Promise<FittedModel | null>;
}) {
  const d = r.data;
  const H = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  const what = d.source === 'sample' ? (d.population === 'customers' ? '客户样本' : '员工样本') : r.target === 'new' ? `新数据“${echoText(d.name, 60)}”` : `上传数据“${echoText(d.name, 60)}”`;
  return (
    <>
      <section aria-labelledby={`${uid}-h-data`}>
        <H class="sim-h" id={`${uid}-h-data`}>
          数据概况
        </H>
        <p>
          {what}共 <strong>{formatInteger(d.n)}</strong> 人
          {d.baseRate !== null ? `，有标签 ${formatInteger(d.labelled)} 人，其中流失 ${formatInteger(d.churners)} 人（整体流失率 ${formatPercent(d.baseRate)}）` : r.target === 'new' ? `，用训练自“${echoText(r.trainedOn.name, 60)}”的模型打分` : '，没有流失标签'}
          。{r.model.signals !== undefined ? `评分卡使用 ${r.model.signals.length} 个预警信号` : `模型使用 ${d.features.length} 个特征（分类列按取值展开）`}。
        </p>
        <p data-value-rule>{r.value.description}。</p>
        <output data-metric="base-rate" data-value={String(d.baseRate ?? '')} hidden>
          {formatPercent(d.baseRate)}
        </output>
        {d.notes.length > 0 && (
          <ul class="sim-notes">
            {d.notes.map((n, i) => (
              <li key={`${i}`}>{n}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${uid}-h-tiers`}>
        <H class="sim-h" id={`${uid}-h-tiers`}>
          风险分层与干预测算
        </H>
        <TierTable r={r} sub={sub} />
        <div class="sim-actions">
          <button type="button" class="button secondary" onClick={onExport} disabled={!canExport} data-export>
            导出分层名单（CSV）
          </button>
          <span class="sim-muted" role="status">
            {exportMsg}
          </span>
        </div>
      </section>
      <section aria-labelledby={`${uid}-h-metrics`}>
        <H class="sim-h" id={`${uid}-h-metrics`}>
          模型表现（测试集）
        </H>
        <MetricsView r={r} />
      </section>
      <section aria-labelledby={`${uid}-h-charts`}>
        <H class="sim-h" id={`${uid}-h-charts`}>
          图表
        </H>
        <Charts r={r} />
      </section>
      <section aria-labelledby={`${uid}-h-model`}>
        <H class="sim-h" id={`${uid}-h-model`}>
          模型学到了什么
        </H>
        <Keep k={r.fitKey}>
          <ModelView r={r} compact={compact} sub={sub} />
        </Keep>
      </section>
      {!compact && (
        <section aria-labelledby={`${uid}-h-export`}>
          <H class="sim-h" id={`${uid}-h-export`}>
            导出模型
          </H>
          <ModelExport uid={uid} canExport={canExport} getModel={getModel} />
        </section>
      )}
      <section aria-labelledby={`${uid}-h-drivers`}>
        <H class="sim-h" id={`${uid}-h-drivers`}>
          高风险人群的驱动因素与对策
        </H>
        <DriverView r={r} compact={compact} />
      </section>
      {!compact && (
        <section aria-labelledby={`${uid}-h-fairness`}>
          <H class="sim-h" id={`${uid}-h-fairness`}>
            公平性核对（五分之四规则）
          </H>
          <FairnessView r={r} />
        </section>
      )}
    </>
  );
}
