/**
 * What the Worker posts to the page after a run: the result without its per-row arrays (they
 * stay in the Worker for the export) and with the at-risk people cut to the riskiest few, plus
 * what the Worker learnt while reading an upload. Plain data only (structured-clone friendly).
 */
import type { BudgetResult } from './budget';
import type { LoadedData } from './load';
import type { SimulationResult } from './tier-run';

/** How many at-risk people the driver view lists. */
export const LISTED_PEOPLE = 30;

export type ResultView = Omit<SimulationResult, 'rows' | 'budget' | 'fitted' | 'rowDrivers'> & {
  budget: Omit<BudgetResult, 'selected'> | null;
  /** Total people with a driver breakdown (the list is cut to the riskiest few). */
  atRiskCount: number;
  /** Id and score of each listed at-risk person, same order as drivers.people. */
  people: { id: string; score: number }[];
  elapsedMs: number;
  /** Identity of the fit behind this result: parts that only a refit changes (the model view, ROC, gains) are not redrawn while it stays the same. */
  fitKey: string;
};

/** What the Worker learnt while reading an upload (shown and editable before any result). */
export type UploadInfo = Pick<LoadedData, 'name' | 'inference' | 'encoding' | 'delimiter' | 'malformed' | 'notes' | 'population'> & { n: number };

export function uploadInfo(l: LoadedData): UploadInfo {
  return { name: l.name, inference: l.inference, encoding: l.encoding, delimiter: l.delimiter, malformed: l.malformed, notes: l.notes, population: l.population, n: l.table.n };
}

export function toView(r: SimulationResult, elapsedMs: number, fitKey = ''): ResultView {
  const { rows, budget, drivers, fitted, rowDrivers, ...rest } = r;
  void fitted;
  void rowDrivers;
  // drivers.people are the riskiest at-risk people already (tier-run lists LISTED_PEOPLE).
  const people = drivers.people.slice(0, LISTED_PEOPLE);
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
    atRiskCount: drivers.count,
    people: people.map((p) => ({ id: rows.ids[p.row] ?? String(p.row + 1), score: rows.scores[p.row] as number })),
    elapsedMs,
    fitKey,
  };
}
