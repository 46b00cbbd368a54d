/**
 * The simulator's state for one island, as small nanostores atoms around the pure pieces of
 * src/lib/simulator: the scenario (mirrored to the URL when asked), the upload settings that
 * never enter the URL, and the run state (run-state.ts reducer). This file only does I/O: it
 * owns the Worker (create, post, terminate and restart), the delay timer, the files, the URL and
 * the clipboard; every decision is the reducer's or `scenarioToRequest`'s.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { reduce, initialRunState, type Effect, type RunEvent, type RunState, type Target, type WorkerReply } from '../lib/simulator/run-state';
import { scenarioToRequest, type ImportedModel, type UploadSettings } from '../lib/simulator/scenario-input';
import type { FittedModel } from '../lib/simulator/fitted-model';
import { defaultScenario, scenarioFromParams, scenarioToParams, type Scenario, type ScenarioReading } from '../lib/simulator/scenario';
import { DEFAULT_COSTS } from '../lib/simulator/interventions';
import { validateTierConfig } from '../lib/simulator/tiers';
import type { Population } from '../lib/simulator/samples';
import type { ToWorker } from '../components/simulator/protocol';

/** What the store needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface NewDataSettings {
  version: number;
  name: string;
}

export interface SimulatorStore {
  $scenario: ReadableAtom<Scenario>;
  $upload: ReadableAtom<UploadSettings | null>;
  $newData: ReadableAtom<NewDataSettings | null>;
  $run: ReadableAtom<RunState>;
  $notices: ReadableAtom<ScenarioReading | null>;
  /** A model file the learner imported (scores new data without fitting), or null. */
  $imported: ReadableAtom<ImportedModel | null>;
  /** Read the URL (when syncing) and start the first run. */
  start(): void;
  setScenario(patch: Partial<Scenario>): void;
  setUpload(patch: Partial<Omit<UploadSettings, 'version' | 'name'>>): void;
  chooseFile(file: Blob | null, name?: string): void;
  chooseNewData(file: Blob | null, name?: string): void;
  rerun(): void;
  cancel(): void;
  exportCsv(): Promise<string | null>;
  /** The fitted model of the last result (for the SQL, model-file and card downloads). */
  exportModel(): Promise<FittedModel | null>;
  /** Score with a model read from a model file (validated by model-file.ts); its tiers become the scenario's. */
  importModel(model: FittedModel, name: string): void;
  /** Leave the imported model: back to fitting on the chosen data. */
  clearImport(): void;
  /** The scenario's URL (for 复制链接). */
  link(): string;
  dispose(): void;
}

export interface StoreOptions {
  sample: Population;
  syncUrl: boolean;
  createWorker: () => WorkerLike;
  /** For tests: where the URL lives. */
  location?: { search: string; pathname: string; hash: string; origin: string };
  history?: { replaceState(data: unknown, unused: string, url: string): void; state: unknown };
}

/** Whether a scenario can be computed as it stands (tier settings valid). */
export function scenarioProblem(s: Scenario): string | null {
  const v = validateTierConfig(s.tierMode === 'rank' ? { mode: 'rank', shares: s.shares } : { mode: 'cutoff', cutoffs: s.cutoffs });
  return v.ok ? null : v.errors.map((e) => e.message).join(' ');
}

export function createSimulatorStore(options: StoreOptions): SimulatorStore {
  const $scenario = atom<Scenario>(defaultScenario(options.sample));
  const $upload = atom<UploadSettings | null>(null);
  const $newData = atom<NewDataSettings | null>(null);
  const $run = atom<RunState>(initialRunState);
  const $notices = atom<ScenarioReading | null>(null);
  const $imported = atom<ImportedModel | null>(null);
  let importedModel: FittedModel | null = null;
  let worker: WorkerLike | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let trainingFile: Blob | null = null;
  let newDataFile: Blob | null = null;
  let fileVersion = 0;
  let exportId = -1;
  const exports = new Map<number, (reply: Extract<WorkerReply, { type: 'export' }> | null) => void>();
  const loc = () => options.location ?? (typeof location === 'undefined' ? null : location);

  const onReply = (e: MessageEvent<WorkerReply>) => {
    const r = e.data;
    if (r.type === 'export') {
      exports.get(r.id)?.(r);
      exports.delete(r.id);
      return;
    }
    dispatch({ type: 'reply', reply: r });
  };
  const spawn = (): WorkerLike => {
    const w = options.createWorker();
    w.onmessage = onReply;
    w.onerror = (ev) => {
      ev.preventDefault?.();
      dispatch({ type: 'crashed' });
    };
    worker = w;
    return w;
  };
  const restart = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    worker?.terminate();
    for (const resolve of exports.values()) resolve(null);
    exports.clear();
    spawn();
  };
  const send = (effect: Extract<Effect, { type: 'post' }>) => {
    if (effect.restartFirst) restart();
    const m = effect.message;
    const msg: ToWorker = { ...m };
    if (m.type === 'fit' && m.fit.source.kind === 'upload' && trainingFile !== null) msg.training = trainingFile;
    if (m.type === 'fit' && m.fit.source.kind === 'model' && importedModel !== null) msg.imported = importedModel;
    if (m.type !== 'export' && m.target.kind === 'new' && newDataFile !== null) msg.newData = newDataFile;
    (worker ?? spawn()).postMessage(msg);
    if (m.type === 'fit') dispatch({ type: 'sent', id: m.id });
  };
  function dispatch(event: RunEvent) {
    const { state, effects } = reduce($run.get(), event);
    $run.set(state);
    for (const effect of effects) {
      if (effect.type === 'restart') {
        restart();
        continue;
      }
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (effect.delayMs > 0) {
        timer = setTimeout(() => {
          timer = null;
          send(effect);
        }, effect.delayMs);
      } else send(effect);
    }
  }

  const writeUrl = () => {
    const l = loc();
    const h = options.history ?? (typeof history === 'undefined' ? null : history);
    if (!options.syncUrl || l === null || h === null || scenarioProblem($scenario.get()) !== null) return;
    h.replaceState(h.state, '', `${l.pathname}?${scenarioToParams($scenario.get()).toString()}${l.hash}`);
  };

  const request = () => {
    const s = $scenario.get();
    if (scenarioProblem(s) !== null) return;
    const imported = $imported.get();
    const nd = $newData.get();
    // An imported model has nothing of its own to score: it waits for the data file.
    if (imported !== null && nd === null) return;
    const req = scenarioToRequest(s, s.sample === 'upload' ? $upload.get() : null, imported);
    if (req === null) return;
    const target: Target = (s.sample === 'upload' || imported !== null) && nd !== null ? { kind: 'new', version: nd.version, name: nd.name } : { kind: 'training' };
    dispatch({ type: 'request', request: req, target });
  };

  return {
    $scenario,
    $upload,
    $newData,
    $run,
    $notices,
    $imported,
    start() {
      const l = loc();
      if (options.syncUrl && l !== null && l.search.length > 1) {
        const reading = scenarioFromParams(new URLSearchParams(l.search));
        $scenario.set(reading.scenario);
        if (reading.notices.length > 0) $notices.set(reading);
      }
      writeUrl();
      request();
    },
    setScenario(patch) {
      const old = $scenario.get();
      let next = { ...old, ...patch };
      if (patch.sample !== undefined && patch.sample !== old.sample) {
        // A different population has its own costs, weights and value formula.
        const pop: Population = patch.sample === 'customers' ? 'customers' : patch.sample === 'employees' ? 'employees' : ($upload.get()?.population ?? 'employees');
        next = { ...next, costs: [...DEFAULT_COSTS[pop]], weights: {}, factor: null };
      }
      $scenario.set(next);
      writeUrl();
      request();
    },
    setUpload(patch) {
      const u = $upload.get();
      if (u === null) return;
      const next = { ...u, ...patch };
      if (patch.population !== undefined && patch.population !== u.population && patch.population !== null) {
        $scenario.set({ ...$scenario.get(), costs: [...DEFAULT_COSTS[patch.population]] });
      }
      $upload.set(next);
      request();
    },
    chooseFile(file, name = '上传的文件') {
      trainingFile = file;
      newDataFile = null;
      $newData.set(null);
      dispatch({ type: 'file' });
      if (file === null) {
        $upload.set(null);
        return;
      }
      fileVersion++;
      $upload.set({ version: fileVersion, name, overrides: {}, population: null, mapping: [] });
      request();
    },
    chooseNewData(file, name = '新数据') {
      newDataFile = file;
      if (file === null) $newData.set(null);
      else {
        fileVersion++;
        $newData.set({ version: fileVersion, name });
      }
      request();
    },
    rerun() {
      request();
    },
    cancel() {
      dispatch({ type: 'cancel' });
    },
    exportCsv() {
      return new Promise((resolve) => {
        const w = worker;
        if (w === null) return resolve(null);
        const id = exportId--;
        exports.set(id, (r) => resolve(r?.csv ?? null));
        w.postMessage({ type: 'export', id });
      });
    },
    exportModel() {
      return new Promise((resolve) => {
        const w = worker;
        if (w === null) return resolve(null);
        const id = exportId--;
        exports.set(id, (r) => resolve(r?.model ?? null));
        w.postMessage({ type: 'export', id, what: 'model' });
      });
    },
    importModel(model, name) {
      importedModel = model;
      fileVersion++;
      $imported.set({ version: fileVersion, name, kind: model.kind, population: model.population, trainedOn: { name: model.trainedOn.name, rows: model.trainedOn.rows } });
      newDataFile = null;
      $newData.set(null);
      const t = model.tiers;
      const s = $scenario.get();
      $scenario.set({
        ...s,
        tierMode: t.mode,
        ...(t.mode === 'rank' ? { shares: [...t.shares] } : { cutoffs: [...t.cutoffs] }),
        costs: [...DEFAULT_COSTS[model.population ?? 'employees']],
      });
      writeUrl();
      dispatch({ type: 'file' });
    },
    clearImport() {
      importedModel = null;
      $imported.set(null);
      newDataFile = null;
      $newData.set(null);
      dispatch({ type: 'file' });
      request();
    },
    link() {
      const l = loc();
      const q = scenarioToParams($scenario.get()).toString();
      return l === null ? `/simulator/?${q}` : `${l.origin}/simulator/?${q}`;
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
