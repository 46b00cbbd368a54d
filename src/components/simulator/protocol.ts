/**
 * The typed message protocol between the simulator island and its Worker.
 *
 * main → worker: `run` (a simulation input; an upload travels as bytes once and is then kept in
 * the Worker), `export` (the tiered list of the last result as CSV), `cancel` (checked between
 * stages; the island also terminates a Worker that does not answer, since a stage is synchronous).
 * worker → main: `progress`, `result` (a light view: everything but the per-row arrays, which
 * stay in the Worker for the export), `error`, `export`.
 * Uploaded rows never leave the Worker except as the CSV the learner asks to download.
 */
import type { FieldError } from '../../lib/result';
import type { LoadedData, Progress, SimulationInput, SimulationResult } from '../../lib/simulator/pipeline';
import type { Overrides } from '../../lib/simulator/infer';

/** Where the data comes from: a sample, a new upload (bytes), or the upload the Worker already holds. */
export type WorkerSource =
  | Extract<SimulationInput['source'], { kind: 'sample' }>
  | { kind: 'upload'; bytes?: Uint8Array; name: string; overrides: Overrides };

export type RunRequest = Omit<SimulationInput, 'source'> & { source: WorkerSource };

export type ToWorker =
  | { type: 'run'; id: number; input: RunRequest }
  | { type: 'export'; id: number }
  | { type: 'cancel'; id: number };

/** The result as the UI shows it: no per-row arrays, at most a few at-risk people listed. */
export type ResultView = Omit<SimulationResult, 'rows' | 'budget'> & {
  budget: Omit<NonNullable<SimulationResult['budget']>, 'selected'> | null;
  /** Total people with a driver breakdown (the list is cut to the riskiest few). */
  atRiskCount: number;
  /** Id and score of each listed at-risk person, same order as drivers.people. */
  people: { id: string; score: number }[];
  elapsedMs: number;
};

/** What the Worker learnt while reading an upload (shown and editable before any result). */
export type UploadInfo = Pick<LoadedData, 'inference' | 'encoding' | 'delimiter' | 'malformed' | 'notes' | 'population'> & { n: number };

export type FromWorker =
  | { type: 'loaded'; id: number; info: UploadInfo }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'result'; id: number; result: ResultView }
  | { type: 'error'; id: number; errors: FieldError[] }
  | { type: 'export'; id: number; csv: string | null };

/** How many at-risk people the driver view lists. */
export const LISTED_PEOPLE = 30;
