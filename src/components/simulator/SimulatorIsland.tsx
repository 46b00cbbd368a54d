/**
 * The churn risk-tiering simulator (issue 7): controls | results. All computation runs in a Web
 * Worker (use-simulation.ts); this island only holds the scenario, mirrors it to the URL
 * (never uploaded data) and shows the state. `compact` is for embedding in a module page: one
 * column, samples only, no URL sync, fewer sections.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber, formatPercent } from '../../lib/format';
import type { FieldError } from '../../lib/result';
import type { Overrides } from '../../lib/simulator/infer';
import { defaultPlans } from '../../lib/simulator/interventions';
import type { Population } from '../../lib/simulator/samples';
import { defaultScenario, scenarioFromParams, scenarioToParams, type Scenario } from '../../lib/simulator/scenario';
import { CUSTOMER_SIGNALS, EMPLOYEE_SIGNALS } from '../../lib/simulator/scorecard';
import { validateCutoffs, validateShares } from '../../lib/simulator/tiers';
import Charts from './Charts';
import DataPanel from './DataPanel';
import DriverView from './DriverView';
import MetricsView from './MetricsView';
import ModelPanel from './ModelPanel';
import type { ResultView, RunRequest } from './protocol';
import TierPanel from './TierPanel';
import TierTable from './TierTable';
import ModelView from './ModelView';
import { useSimulation } from './use-simulation';
import './simulator.css';

/** Upload limit (as MAX_BYTES in lib/simulator/csv.ts, not imported so papaparse stays out of this chunk). */
const MAX_BYTES = 50 * 1024 * 1024;

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

function toRequest(s: Scenario, overrides: Overrides, fileName: string, population: Population | null): RunRequest {
  const pop: Population = s.sample === 'upload' ? (population ?? 'employees') : s.sample;
  const plans = defaultPlans(pop).map((p, t) => ({ ...p, costPerHead: s.costs[t] ?? p.costPerHead, successRate: (s.success[t] ?? 47) / 100 }));
  return {
    source: s.sample === 'upload' ? { kind: 'upload', name: fileName, overrides } : { kind: 'sample', population: s.sample, size: s.size, seed: s.seed },
    model: s.model === 'logistic' ? { kind: 'logistic', lambda: s.lambda } : s.model === 'tree' ? { kind: 'tree', maxDepth: s.depth, minLeaf: s.minLeaf } : { kind: 'scorecard', weights: { ...s.weights } },
    tiers: s.tierMode === 'rank' ? { mode: 'rank', shares: [...s.shares] } : { mode: 'cutoff', cutoffs: [...s.cutoffs] },
    splitSeed: s.seed,
    plans,
    budget: s.budget,
  };
}

function announcement(r: ResultView): string {
  const parts = [`计算完成:${formatNumber(r.data.n, { digits: 0 })} 人,${r.model.name}`];
  if (r.evaluation !== null) parts.push(`AUC ${formatNumber(r.evaluation.auc, { digits: 3 })}`);
  const top = r.tiers.summary[0];
  if (top !== undefined && top.actualRate !== null) parts.push(`极高层 ${top.count} 人,实际流失率 ${formatPercent(top.actualRate)}`);
  parts.push(`用时 ${formatNumber(r.elapsedMs / 1000, { digits: 1 })} 秒`);
  return parts.join(',') + '。';
}

export default function SimulatorIsland({ compact = false, sample = 'employees', syncUrl, headingLevel }: SimulatorProps) {
  const uid = `sim${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const sync = syncUrl ?? !compact;
  const [scenario, setScenario] = useState<Scenario>(() => defaultScenario(sample));
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<FieldError[]>([]);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [file, setFile] = useState<{ name: string; version: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [exportMsg, setExportMsg] = useState('');
  const { state, run, cancel, exportCsv, setUpload } = useSimulation();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const set = (p: Partial<Scenario>) => setScenario((s) => ({ ...s, ...p }));
  const setSample = (p: Partial<Scenario>) => {
    if (p.sample !== undefined && p.sample !== scenario.sample) {
      const d = defaultScenario(p.sample);
      setScenario((s) => ({ ...s, ...p, costs: d.costs, weights: {}, model: p.sample === 'upload' && s.model === 'scorecard' ? 'logistic' : s.model }));
    } else set(p);
  };

  // Read the scenario from the URL after hydration (the server rendered the defaults).
  useEffect(() => {
    if (sync && location.search.length > 1) {
      const { scenario: s, notices: n } = scenarioFromParams(new URLSearchParams(location.search));
      setScenario(s);
      setNotices(n);
    }
    setReady(true);
  }, []);

  const sharesCheck = scenario.tierMode === 'rank' ? validateShares(scenario.shares) : null;
  const cutoffsCheck = scenario.tierMode === 'cutoff' ? validateCutoffs(scenario.cutoffs) : null;
  const sharesError = sharesCheck !== null && !sharesCheck.ok ? sharesCheck.errors.map((e) => e.message).join(' ') : null;
  const cutoffsError = cutoffsCheck !== null && !cutoffsCheck.ok ? cutoffsCheck.errors.map((e) => e.message).join(' ') : null;
  const valid = sharesError === null && cutoffsError === null;

  const start = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setPending(false);
    if (!valid) return;
    if (scenario.sample === 'upload' && file === null) return;
    run(toRequest(scenario, overrides, file?.name ?? '', state.upload?.population ?? null));
  };

  // Any change: mirror to the URL and recompute shortly after (typing or dragging a slider
  // does not start a run per keystroke).
  useEffect(() => {
    if (!ready) return;
    if (sync && valid) {
      const q = scenarioToParams(scenario).toString();
      history.replaceState(history.state, '', `${location.pathname}?${q}${location.hash}`);
    }
    if (!valid || (scenario.sample === 'upload' && file === null)) return;
    setPending(true);
    if (timer.current !== null) clearTimeout(timer.current);
    // The first run starts at once; later ones wait for the learner to pause.
    timer.current = setTimeout(start, state.runs === 0 && state.status === 'idle' ? 0 : 250);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [ready, scenario, overrides, file]);

  const onFile = async (f: File | null) => {
    setFileError(null);
    setOverrides({});
    if (f === null) {
      setUpload(null);
      setFile(null);
      return;
    }
    if (f.size > MAX_BYTES) {
      setUpload(null);
      setFile(null);
      setFileError(`文件约 ${Math.ceil(f.size / 1024 / 1024)} MB,超过 50 MB 上限。请先删去不需要的列或抽样后再上传。`);
      return;
    }
    const bytes = new Uint8Array(await f.arrayBuffer());
    setUpload(bytes);
    setFile((old) => ({ name: f.name, version: (old?.version ?? 0) + 1 }));
  };

  const doExport = async () => {
    setExportMsg('正在生成 CSV…');
    const csv = await exportCsv();
    if (csv === null) {
      setExportMsg('没有可导出的结果,请先完成一次计算。');
      return;
    }
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `留存学院-风险分层名单-${scenario.sample === 'upload' ? '上传数据' : scenario.sample === 'customers' ? '客户样本' : '员工样本'}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setExportMsg('已生成 CSV 文件(UTF-8,可直接用 Excel 打开)。');
  };

  const signals = useMemo(() => (scenario.sample === 'customers' ? CUSTOMER_SIGNALS : EMPLOYEE_SIGNALS), [scenario.sample]);
  const r = state.result;
  const running = state.status === 'running';
  const status = pending || running ? 'running' : state.status;
  const lastAnnounced = state.status === 'done' && r !== null ? announcement(r) : state.status === 'cancelled' ? '计算已取消,可以修改设置后重新计算。' : state.status === 'error' ? '计算未完成,请查看错误说明。' : '';

  return (
    <div class={`sim ${compact ? 'sim-compact' : ''}`} data-simulator data-status={ready ? status : 'loading'} data-runs={state.runs}>
      {notices.length > 0 && (
        <div class="sim-notice" role="status" data-url-notices>
          <p>链接中有参数无法使用,已忽略:</p>
          <ul>
            {notices.map((n) => (
              <li key={n.field}>
                <code>{n.field}</code>:{n.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="sim-grid">
        <form
          class="sim-controls"
          aria-label="模拟器设置"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <DataPanel
            uid={uid}
            scenario={scenario}
            set={setSample}
            onFile={(f) => void onFile(f)}
            fileName={file?.name ?? null}
            fileError={fileError}
            upload={scenario.sample === 'upload' ? state.upload : null}
            overrides={overrides}
            setOverrides={setOverrides}
            compact={compact}
          />
          <ModelPanel uid={uid} scenario={scenario} set={set} signals={signals} />
          <TierPanel uid={uid} scenario={scenario} set={set} sharesError={sharesError} cutoffsError={cutoffsError} />
          <div class="sim-actions">
            <button type="submit" class="button" disabled={!valid || (scenario.sample === 'upload' && file === null)}>
              {r === null ? '开始计算' : '重新计算'}
            </button>
            {running && (
              <button type="button" class="button secondary" onClick={cancel}>
                取消计算
              </button>
            )}
          </div>
          {running && (
            <div class="sim-progress">
              <label for={`${uid}-progress`}>计算进度:{state.progress?.message ?? '正在准备…'}</label>
              <progress id={`${uid}-progress`} max={1} value={state.progress?.fraction ?? 0} />
            </div>
          )}
        </form>
        <div class="sim-results" aria-busy={running ? 'true' : 'false'}>
          <p class="sim-status" role="status" aria-live="polite" data-sim-announce>
            {ready ? lastAnnounced : ''}
          </p>
          {state.status === 'error' && (
            <div class="sim-error-box" role="alert" data-sim-error>
              {state.errors.map((e) => (
                <p key={e.field + e.message}>{e.message}</p>
              ))}
            </div>
          )}
          {scenario.sample === 'upload' && file === null && <p class="sim-muted">请在左侧选择一个 CSV 文件。带有流失标签列(如 Attrition、churn、是否流失)的文件会直接用逻辑回归给出第一版结果。</p>}
          {r === null && !(scenario.sample === 'upload' && file === null) && <p class="sim-muted">{ready ? '正在计算第一版结果…' : '模拟器需要 JavaScript;加载后会自动用员工样本算出第一版结果。'}</p>}
          {r !== null && !(scenario.sample === 'upload' && file === null) && (
            <Results uid={uid} level={headingLevel ?? (compact ? 3 : 2)} r={r} compact={compact} onExport={() => void doExport()} exportMsg={exportMsg} canExport={state.status === 'done'} />
          )}
        </div>
      </div>
    </div>
  );
}

function Results({ uid, level, r, compact, onExport, exportMsg, canExport }: { uid: string; level: 2 | 3; r: ResultView; compact: boolean; onExport: () => void; exportMsg: string; canExport: boolean }) {
  const d = r.data;
  const H = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <section aria-labelledby={`${uid}-h-data`}>
        <H class="sim-h" id={`${uid}-h-data`}>数据概况</H>
        <p>
          {d.source === 'sample' ? (d.population === 'customers' ? '客户样本' : '员工样本') : '上传数据'}共 <strong>{formatNumber(d.n, { digits: 0 })}</strong> 人
          {d.baseRate !== null ? `,有标签 ${formatNumber(d.labelled, { digits: 0 })} 人,其中流失 ${formatNumber(d.churners, { digits: 0 })} 人(整体流失率 ${formatPercent(d.baseRate)})` : ',没有流失标签'}
          。{r.model.signals !== undefined ? `评分卡使用 ${r.model.signals.length} 个预警信号` : `模型使用 ${d.features.length} 个特征(分类列按取值展开)`}。用时 {formatNumber(r.elapsedMs / 1000, { digits: 2 })} 秒。
        </p>
        <output data-metric="base-rate" data-value={String(d.baseRate ?? '')} hidden>
          {formatPercent(d.baseRate)}
        </output>
        {d.notes.length > 0 && (
          <ul class="sim-notes">
            {d.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${uid}-h-tiers`}>
        <H class="sim-h" id={`${uid}-h-tiers`}>风险分层与干预测算</H>
        <TierTable r={r} sub={sub} />
        <div class="sim-actions">
          <button type="button" class="button secondary" onClick={onExport} disabled={!canExport} data-export>
            导出分层名单(CSV)
          </button>
          <span class="sim-muted" role="status">
            {exportMsg}
          </span>
        </div>
      </section>
      <section aria-labelledby={`${uid}-h-metrics`}>
        <H class="sim-h" id={`${uid}-h-metrics`}>模型表现(测试集)</H>
        <MetricsView r={r} />
      </section>
      <section aria-labelledby={`${uid}-h-charts`}>
        <H class="sim-h" id={`${uid}-h-charts`}>图表</H>
        <Charts r={r} />
      </section>
      <section aria-labelledby={`${uid}-h-model`}>
        <H class="sim-h" id={`${uid}-h-model`}>模型学到了什么</H>
        <ModelView r={r} compact={compact} sub={sub} />
      </section>
      <section aria-labelledby={`${uid}-h-drivers`}>
        <H class="sim-h" id={`${uid}-h-drivers`}>高风险人群的驱动因素与对策</H>
        <DriverView r={r} compact={compact} />
      </section>
    </>
  );
}
