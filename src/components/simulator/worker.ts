/// <reference lib="webworker" />
/**
 * The simulator's Worker: runs the pure pipeline off the main thread (messages: run-state.ts).
 * Uploaded files arrive as `Blob` handles and are read here (`arrayBuffer()`), so the page never
 * copies their bytes; the parsed table, the fitted run and the last result stay here, so a
 * `tier` message re-tiers the kept scores without refitting and the export needs no second run.
 * Messages are handled one at a time, in order (reading a file is asynchronous).
 */
import { exportTieredList, fitRun, importedRun, loadCsv, scoreNewData, tierRun, type LoadedData, type ScoredTarget, type SimulationResult, type TrainedRun } from '../../lib/simulator/pipeline';
import { overridesKey } from '../../lib/simulator/infer';
import { toView, uploadInfo } from '../../lib/simulator/result-view';
import type { Target, WorkerReply } from '../../lib/simulator/run-state';
import type { ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let trainingBytes: { version: number; bytes: Uint8Array } | null = null;
let loaded: { version: number; key: string; data: LoadedData } | null = null;
let trained: { fitKey: string; run: TrainedRun } | null = null;
let scoredNew: { version: number; fitKey: string; target: ScoredTarget } | null = null;
let newBytes: { version: number; bytes: Uint8Array } | null = null;
let last: SimulationResult | null = null;

const post = (m: WorkerReply) => self.postMessage(m);

async function bytesOf(blob: Blob | undefined, version: number, held: { version: number; bytes: Uint8Array } | null): Promise<{ version: number; bytes: Uint8Array } | null> {
  if (held !== null && held.version === version) return held;
  if (blob === undefined) return null;
  return { version, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

async function targetOf(id: number, target: Target, blob: Blob | undefined, run: TrainedRun, fitKey: string): Promise<ScoredTarget | null> {
  if (target.kind === 'training') return run.training;
  if (scoredNew !== null && scoredNew.version === target.version && scoredNew.fitKey === fitKey) return scoredNew.target;
  newBytes = await bytesOf(blob, target.version, newBytes);
  if (newBytes === null) {
    post({ type: 'error', id, errors: [{ field: 'file', message: '请重新选择要打分的新数据文件。' }] });
    return null;
  }
  post({ type: 'progress', id, progress: { stage: 'score', fraction: 0.5, message: '正在用已训练的模型给新数据打分…' } });
  const scored = scoreNewData(run, newBytes.bytes, target.name);
  if (!scored.ok) {
    post({ type: 'error', id, errors: scored.errors });
    return null;
  }
  scoredNew = { version: target.version, fitKey, target: scored.value };
  post({ type: 'loaded', id, info: uploadInfo(scored.value.loaded), target: 'new' });
  return scored.value;
}

function finish(id: number, run: TrainedRun, target: ScoredTarget, msg: Extract<ToWorker, { type: 'fit' | 'tier' }>, start: number) {
  const fitKey = `${msg.fitKey}|${target.kind === 'new' ? target.loaded.name : ''}`;
  const result = tierRun(run, target, msg.tiering);
  if (!result.ok) {
    post({ type: 'error', id, errors: result.errors });
    return;
  }
  last = result.value;
  post({ type: 'result', id, result: toView(result.value, performance.now() - start, fitKey) });
}

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'export') {
    if (msg.what === 'model') post({ type: 'export', id: msg.id, csv: null, model: last?.fitted ?? null });
    else post({ type: 'export', id: msg.id, csv: last !== null ? exportTieredList(last) : null });
    return;
  }
  const start = performance.now();
  const id = msg.id;
  if (msg.type === 'tier') {
    if (trained === null || trained.fitKey !== msg.fitKey) {
      post({ type: 'needs-fit', id });
      return;
    }
    const target = await targetOf(id, msg.target, msg.newData, trained.run, trained.fitKey);
    if (target !== null) finish(id, trained.run, target, msg, start);
    return;
  }
  trained = null;
  const src = msg.fit.source;
  if (src.kind === 'model') {
    // An imported model file: nothing to fit; it scores the new data the learner chose.
    if (msg.imported === undefined || msg.target.kind !== 'new') {
      post({ type: 'error', id, errors: [{ field: 'file', message: '请选择要用导入的模型打分的数据文件（CSV）。' }] });
      return;
    }
    const run = importedRun(msg.imported, src.name);
    trained = { fitKey: msg.fitKey, run };
    const target = await targetOf(id, msg.target, msg.newData, run, msg.fitKey);
    if (target !== null) finish(id, run, target, msg, start);
    return;
  }
  let source;
  if (src.kind === 'upload') {
    post({ type: 'progress', id, progress: { stage: 'read', fraction: 0.02, message: '正在读取文件…' } });
    trainingBytes = await bytesOf(msg.training, src.version, trainingBytes);
    if (trainingBytes === null) {
      post({ type: 'error', id, errors: [{ field: 'file', message: '请先选择要上传的 CSV 文件。' }] });
      return;
    }
    const key = overridesKey(src.overrides);
    if (loaded === null || loaded.version !== src.version || loaded.key !== key) {
      const l = loadCsv(trainingBytes.bytes, src.overrides, src.name);
      if (!l.ok) {
        loaded = null;
        post({ type: 'error', id, errors: l.errors });
        return;
      }
      loaded = { version: src.version, key, data: l.value };
    }
    const data = src.population !== null ? { ...loaded.data, population: src.population } : loaded.data;
    post({ type: 'loaded', id, info: uploadInfo(data), target: 'training' });
    source = { kind: 'loaded' as const, data };
  } else source = src;
  const run = fitRun({ source, model: msg.fit.model, splitSeed: msg.fit.splitSeed }, { onProgress: (progress) => post({ type: 'progress', id, progress }) });
  if (!run.ok) {
    post({ type: 'error', id, errors: run.errors });
    return;
  }
  trained = { fitKey: msg.fitKey, run: run.value };
  const target = await targetOf(id, msg.target, msg.newData, run.value, msg.fitKey);
  if (target !== null) finish(id, run.value, target, msg, start);
}

let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  queue = queue
    .then(() => handle(msg))
    .catch((err: unknown) => {
      // A bug must not leave the page waiting: report it, and forget the possibly broken state.
      trained = null;
      post({ type: 'error', id: msg.id, errors: [{ field: 'internal', message: `计算出错：${err instanceof Error ? err.message : String(err)}` }] });
    });
};
