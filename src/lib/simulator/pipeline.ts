/**
 * The simulator's orchestration, as explicit stages (each its own file, each with hand-computed
 * tests):
 *
 *   load.ts          data source → typed table, roles, notes
 *   fit-run.ts       label + split → adapter.fit (adapter-*.ts) → adapter.score → evaluate the
 *                    scores on the test rows → per-row drivers           (a model change redoes this)
 *   tier-run.ts      tiers → calibration → tier figures → value → economics → budget → drivers
 *                    per strategy → fairness → charts                    (every other change redoes only this)
 *   export-csv.ts    the tiered list for Excel
 *
 * `runSimulation` runs both halves (tests, benchmarks, the first run); the Worker keeps the
 * `TrainedRun` and calls `tierRun` alone when only tiering inputs change, and `scoreNewData` to
 * tier a second file with the fitted model. Pure: no DOM, no Worker API; timings use an
 * injectable clock.
 */
import { fail, fieldError, type Result } from '../result';
import { driversOf } from './drivers';
import { tieredListCsv } from './export-csv';
import { fitRun, type FitInput, type RunOptions } from './fit-run';
import { tierRun, type SimulationResult, type TieringInput } from './tier-run';
import { TIER_NAMES } from './tiers';

export type SimulationInput = FitInput & TieringInput;

/** Run a whole simulation (fit, then tier). Never throws for bad input: errors come back as a Result. */
export function runSimulation(input: SimulationInput, options: RunOptions = {}): Result<SimulationResult> {
  try {
    const trained = fitRun(input, options);
    if (!trained.ok) return trained;
    return tierRun(trained.value, trained.value.training, input, options.now !== undefined ? { now: options.now } : {});
  } catch (e) {
    // A bug must not freeze the UI: report it as an error result.
    return fail([fieldError('internal', `计算出错：${e instanceof Error ? e.message : String(e)}`)]);
  }
}

/** The tiered list of a run as CSV (UTF-8 with BOM, for Excel). */
export function exportTieredList(result: SimulationResult): string {
  const { rows, budget } = result;
  const atRisk = new Set(result.drivers.tiers);
  const y = rows.y;
  const labelled = rows.labelled;
  return tieredListCsv({
    n: rows.n,
    ids: rows.ids,
    scores: rows.scores,
    probability: rows.probability,
    tiers: rows.tiers,
    tierNames: TIER_NAMES,
    interventions: result.plans.map((p) => p.intervention),
    value: rows.value,
    net: rows.net,
    label: y === null ? null : (i) => (labelled !== null && labelled[i] !== 1 ? null : (y[i] as number)),
    // Main drivers, for the people of the at-risk tiers (tiers 1–2).
    drivers: (i) => (atRisk.has(rows.tiers[i] as number) ? driversOf(result.rowDrivers, i).map((d) => d.label).join('、') : ''),
    selected: budget?.selected ?? null,
  });
}

export type { SimulationResult, TieringInput } from './tier-run';
export type { FitInput, Progress, ProgressCallback, RunOptions, Stage, TrainedRun, ScoredTarget } from './fit-run';
export type { DataSource, LoadedData } from './load';
export type { ModelConfig } from './adapters';
export { loadCsv } from './load';
export { fitRun, importedRun, scoreNewData } from './fit-run';
export { tierRun } from './tier-run';
export { TIER_NAMES };
