/**
 * The island's handle on the Worker: start a run (a newer run replaces a running one), cancel,
 * export. A run is synchronous inside the Worker, so replacing or cancelling a run terminates
 * the Worker and starts a fresh one (after posting `cancel`, for the record); the upload's bytes
 * are kept here and sent again to a fresh Worker.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../lib/result';
import type { Progress } from '../../lib/simulator/pipeline';
import type { FromWorker, ResultView, RunRequest, ToWorker, UploadInfo } from './protocol';

export type Status = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface SimState {
  status: Status;
  progress: Progress | null;
  /** The last successful result (kept while a new run is going or after an error). */
  result: ResultView | null;
  errors: FieldError[];
  upload: UploadInfo | null;
  /** Results received so far (lets tests and the live region tell a new result from the last). */
  runs: number;
}

export function useSimulation() {
  const [state, setState] = useState<SimState>({ status: 'idle', progress: null, result: null, errors: [], upload: null, runs: 0 });
  const worker = useRef<Worker | null>(null);
  const hasBytes = useRef(false);
  const bytes = useRef<Uint8Array | null>(null);
  const running = useRef<number | null>(null);
  const nextId = useRef(1);
  const exports = useRef(new Map<number, (csv: string | null) => void>());

  const onMessage = useCallback((e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'export') {
      exports.current.get(m.id)?.(m.csv);
      exports.current.delete(m.id);
      return;
    }
    if (m.id !== running.current) return;
    if (m.type === 'loaded') setState((s) => ({ ...s, upload: m.info }));
    else if (m.type === 'progress') setState((s) => ({ ...s, progress: m.progress }));
    else if (m.type === 'result') {
      running.current = null;
      setState((s) => ({ ...s, status: 'done', progress: null, result: m.result, errors: [], runs: s.runs + 1 }));
    } else {
      running.current = null;
      setState((s) => ({ ...s, status: 'error', progress: null, errors: m.errors }));
    }
  }, []);

  const fresh = useCallback(() => {
    worker.current?.terminate();
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'simulator' });
    w.onmessage = onMessage;
    w.onerror = (ev) => {
      ev.preventDefault();
      running.current = null;
      setState((s) => ({ ...s, status: 'error', progress: null, errors: [{ field: 'internal', message: '计算线程出错,请刷新页面后重试。' }] }));
    };
    worker.current = w;
    hasBytes.current = false;
    return w;
  }, [onMessage]);

  const post = (w: Worker, m: ToWorker) => w.postMessage(m);

  const stopRunning = useCallback(() => {
    if (running.current !== null && worker.current !== null) {
      post(worker.current, { type: 'cancel', id: running.current });
      fresh();
    }
    running.current = null;
  }, [fresh]);

  /** Keep an upload's bytes (sent to the Worker with the next run). */
  const setUpload = useCallback((b: Uint8Array | null) => {
    bytes.current = b;
    hasBytes.current = false;
    setState((s) => ({ ...s, upload: null, result: s.result?.data.source === 'csv' ? null : s.result }));
  }, []);

  const run = useCallback(
    (input: RunRequest) => {
      stopRunning();
      const w = worker.current ?? fresh();
      const id = nextId.current++;
      let req = input;
      if (input.source.kind === 'upload') {
        if (bytes.current === null) {
          setState((s) => ({ ...s, status: 'idle', progress: null, errors: [] }));
          return;
        }
        if (!hasBytes.current) {
          req = { ...input, source: { ...input.source, bytes: bytes.current } };
          hasBytes.current = true;
        }
      }
      running.current = id;
      setState((s) => ({ ...s, status: 'running', progress: { stage: 'read', fraction: 0, message: '正在准备…' }, errors: [] }));
      post(w, { type: 'run', id, input: req });
    },
    [fresh, stopRunning],
  );

  const cancel = useCallback(() => {
    if (running.current === null) return;
    stopRunning();
    setState((s) => ({ ...s, status: 'cancelled', progress: null }));
  }, [stopRunning]);

  const exportCsv = useCallback(
    () =>
      new Promise<string | null>((resolve) => {
        const w = worker.current;
        if (w === null) return resolve(null);
        const id = nextId.current++;
        exports.current.set(id, resolve);
        post(w, { type: 'export', id });
      }),
    [],
  );

  useEffect(() => () => worker.current?.terminate(), []);

  return { state, run, cancel, exportCsv, setUpload };
}
