/// <reference lib="webworker" />
/**
 * The simulator's Worker: runs the pure pipeline off the main thread (see protocol.ts).
 * It keeps the last upload (bytes) so changing a parameter does not resend the file, and the
 * last full result so the export needs no second run.
 */
import { exportTieredList, loadCsv, runSimulation, type LoadedData, type SimulationResult } from '../../lib/simulator/pipeline';
import type { FromWorker, ResultView, ToWorker } from './protocol';
import { LISTED_PEOPLE } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let uploadBytes: Uint8Array | null = null;
let loadedKey = '';
let loaded: LoadedData | null = null;
let last: SimulationResult | null = null;
let cancelledId = -1;

const post = (m: FromWorker) => self.postMessage(m);

function toView(r: SimulationResult, elapsedMs: number): ResultView {
  const { rows, budget, drivers, ...rest } = r;
  const people = [...drivers.people].sort((a, b) => (rows.scores[b.row] as number) - (rows.scores[a.row] as number)).slice(0, LISTED_PEOPLE);
  let budgetView: ResultView['budget'] = null;
  if (budget !== null) {
    const { selected, ...b } = budget;
    void selected;
    budgetView = b;
  }
  return {
    ...rest,
    budget: budgetView,
    drivers: { ...drivers, people },
    atRiskCount: drivers.people.length,
    people: people.map((p) => ({ id: rows.ids[p.row] ?? String(p.row + 1), score: rows.scores[p.row] as number })),
    elapsedMs,
  };
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    cancelledId = msg.id;
    return;
  }
  if (msg.type === 'export') {
    post({ type: 'export', id: msg.id, csv: last !== null ? exportTieredList(last) : null });
    return;
  }
  const start = performance.now();
  const { source, ...rest } = msg.input;
  let input;
  if (source.kind === 'upload') {
    if (source.bytes !== undefined) {
      uploadBytes = source.bytes;
      loaded = null;
    }
    if (uploadBytes === null) {
      post({ type: 'error', id: msg.id, errors: [{ field: 'file', message: '请先选择要上传的 CSV 文件。' }] });
      return;
    }
    const key = JSON.stringify(source.overrides);
    if (loaded === null || key !== loadedKey) {
      post({ type: 'progress', id: msg.id, progress: { stage: 'read', fraction: 0.02, message: '正在读取文件…' } });
      const l = loadCsv(uploadBytes, source.overrides);
      if (!l.ok) {
        loaded = null;
        post({ type: 'error', id: msg.id, errors: l.errors });
        return;
      }
      loaded = l.value;
      loadedKey = key;
      const { inference, encoding, delimiter, malformed, notes, population, table } = loaded;
      post({ type: 'loaded', id: msg.id, info: { inference, encoding, delimiter, malformed, notes, population, n: table.n } });
    }
    input = { ...rest, source: { kind: 'loaded' as const, data: loaded } };
  } else input = { ...rest, source };
  const result = runSimulation(input, (progress) => post({ type: 'progress', id: msg.id, progress }), {
    isCancelled: () => cancelledId === msg.id,
  });
  if (!result.ok) {
    post({ type: 'error', id: msg.id, errors: result.errors });
    return;
  }
  last = result.value;
  post({ type: 'result', id: msg.id, result: toView(result.value, performance.now() - start) });
};
