import { describe, expect, it, vi } from 'vitest';
import { createSimulatorStore, scenarioProblem, type WorkerLike } from '../../src/stores/simulator';
import type { ToWorker } from '../../src/components/simulator/protocol';
import { defaultScenario } from '../../src/lib/simulator/scenario';
import { fitRun, tierRun } from '../../src/lib/simulator/pipeline';

class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: ToWorker) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function setup(search = '') {
  FakeWorker.all = [];
  const urls: string[] = [];
  const store = createSimulatorStore({
    sample: 'employees',
    syncUrl: true,
    createWorker: () => new FakeWorker(),
    location: { search, pathname: '/simulator/', hash: '', origin: 'http://127.0.0.1' },
    history: { state: null, replaceState: (_d, _u, url) => urls.push(url) },
  });
  return { store, urls };
}

describe('simulator store (I/O around the run reducer)', () => {
  it('reads the URL, starts the first fit at once and mirrors changes to the URL', () => {
    const { store, urls } = setup('?sample=customers&w.complaints=0&bogus=1');
    store.start();
    expect(store.$scenario.get().sample).toBe('customers');
    expect(store.$notices.get()?.notices.map((n) => n.field)).toEqual(['bogus']);
    // The old id is read as its alias and written with the one list's id.
    expect(urls.at(-1)).toBe('/simulator/?sample=customers&w.complaints-rise=0');
    const w = FakeWorker.all[0] as FakeWorker;
    expect(w.posted[0]).toMatchObject({ type: 'fit', id: 1, fit: { source: { kind: 'sample', population: 'customers' } } });
    store.setScenario({ costs: [1, 2, 3, 4, 5] });
    expect(w.posted[1]).toMatchObject({ type: 'tier', id: 2 });
    expect(urls.at(-1)).toMatch(/cost=1%2C2%2C3%2C4%2C5/);
    expect(store.link()).toMatch(/^http:\/\/127\.0\.0\.1\/simulator\/\?sample=customers/);
  });

  it('does not run or write the URL while the tier shares do not sum to 100', () => {
    const { store, urls } = setup();
    store.start();
    const before = urls.length;
    const w = FakeWorker.all[0] as FakeWorker;
    store.setScenario({ shares: [10, 15, 25, 35, 20] });
    expect(scenarioProblem(store.$scenario.get())).toMatch(/之和须为 100%/);
    expect(w.posted).toHaveLength(1);
    expect(urls).toHaveLength(before);
  });

  it('cancel terminates the Worker and starts a fresh one; the next change refits on it', () => {
    const { store } = setup();
    store.start();
    const first = FakeWorker.all[0] as FakeWorker;
    store.cancel();
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    expect(store.$run.get().status).toBe('cancelled');
    vi.useFakeTimers();
    store.setScenario({ costs: [1, 2, 3, 4, 5] });
    vi.advanceTimersByTime(300);
    vi.useRealTimers();
    expect((FakeWorker.all[1] as FakeWorker).posted[0]).toMatchObject({ type: 'fit' });
  });

  it('hands the upload to the Worker as the File handle (read there), never as copied bytes', () => {
    const { store } = setup('?sample=upload');
    store.start();
    const file = new Blob(['a,churn\n1,yes\n2,no\n'], { type: 'text/csv' });
    store.chooseFile(file, 'a.csv');
    const w = FakeWorker.all[0] as FakeWorker;
    const msg = w.posted.find((m) => m.type === 'fit');
    expect(msg?.training).toBe(file);
    expect(msg?.type === 'fit' && msg.fit.source).toMatchObject({ kind: 'upload', name: 'a.csv', version: 1 });
    // A reply from the Worker reaches the state.
    w.reply({ type: 'loaded', id: msg?.id, info: { name: 'a.csv', inference: null, encoding: 'utf-8', delimiter: ',', malformed: [], notes: [], population: null, n: 2 }, target: 'training' });
    expect(store.$run.get().upload?.n).toBe(2);
    expect(defaultScenario('upload').sample).toBe('upload');
  });

  it('restarts the Worker when it crashes', () => {
    const { store } = setup();
    store.start();
    (FakeWorker.all[0] as FakeWorker).onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(FakeWorker.all).toHaveLength(2);
    expect(store.$run.get().status).toBe('error');
  });

  it('an imported model waits for the data to score, then fits nothing: the model rides along to the Worker; its tiers become the scenario’s', async () => {
    const trained = fitRun({ source: { kind: 'sample', population: 'customers', size: 300, seed: 2 }, model: { kind: 'tree' } });
    if (!trained.ok) throw new Error('fit');
    const r = tierRun(trained.value, trained.value.training, { tiers: { mode: 'cutoff', cutoffs: [70, 50, 30, 10] } });
    if (!r.ok) throw new Error('tier');
    const { store } = setup();
    store.start();
    const w = FakeWorker.all[0] as FakeWorker;
    w.reply({ type: 'result', id: 1, result: { importedFrom: null } });
    const posted = w.posted.length;
    store.importModel(r.value.fitted, 'model.json');
    expect(store.$imported.get()).toMatchObject({ name: 'model.json', kind: 'tree', population: 'customers', trainedOn: { rows: 300 } });
    expect(store.$scenario.get()).toMatchObject({ tierMode: 'cutoff', cutoffs: [70, 50, 30, 10], costs: [2000, 800, 300, 50, 20] });
    expect(w.posted).toHaveLength(posted);
    store.chooseNewData(new Blob(['a,b\n1,2']), 'staff.csv');
    await new Promise((res) => setTimeout(res, 300));
    const fit = w.posted.at(-1);
    expect(fit).toMatchObject({ type: 'fit', fit: { source: { kind: 'model', name: 'model.json' } }, target: { kind: 'new', name: 'staff.csv' } });
    expect(fit?.imported).toBe(r.value.fitted);
    expect(fit?.newData).toBeInstanceOf(Blob);
    // The model export asks the Worker for the fitted model.
    const exported = store.exportModel();
    const ask = w.posted.at(-1);
    expect(ask).toMatchObject({ type: 'export', what: 'model' });
    w.reply({ type: 'export', id: ask?.id, csv: null, model: r.value.fitted });
    expect(await exported).toBe(r.value.fitted);
    store.clearImport();
    expect(store.$imported.get()).toBeNull();
    await new Promise((res) => setTimeout(res, 300));
    // The unanswered fit of the imported model was still running: the Worker was restarted for the sample's.
    expect((FakeWorker.all.at(-1) as FakeWorker).posted.at(-1)).toMatchObject({ type: 'fit', fit: { source: { kind: 'sample' } }, target: { kind: 'training' } });
  });
});
