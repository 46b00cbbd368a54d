/**
 * The one mapping from what the learner set (the URL scenario plus, for an upload, the choices
 * that never enter the URL) to what the Worker computes. The island and the tests both call
 * `scenarioToRequest`, so the code that ships is the code that is tested.
 *
 * A request has two halves: `fit` (data, model, split — a change refits) and `tiering` (tiers,
 * costs, success rates, budget, value per person — a change only re-tiers). `fitKey` is a
 * stable text of the fit half: the store compares it with what the Worker holds.
 */
import type { SignalAudience } from '../metrics/signals';
import type { ModelConfig } from './adapters';
import type { ModelKind } from './fitted-model';
import { overridesKey, type Overrides } from './infer';
import { defaultPlans } from './interventions';
import type { Population } from './samples';
import type { Scenario } from './scenario';
import type { SignalMapping } from './scorecard';
import type { TieringInput } from './tier-run';
import { sampleValueRule, type ValueRule } from './value';

/** The upload's settings that stay out of the URL (they name columns of the learner's file). */
export interface UploadSettings {
  /** Increases whenever a new file is chosen. */
  version: number;
  name: string;
  overrides: Overrides;
  /** Employees or customers (chosen, or guessed from the file). */
  population: Population | null;
  /** Value per person; absent = the suggestion from the file's columns. */
  value?: ValueRule;
  /** Scorecard: the file's columns mapped to the course's signals. */
  mapping: SignalMapping[];
}

export type FitSource =
  | { kind: 'sample'; population: Population; size: number; seed: string }
  | { kind: 'upload'; version: number; name: string; overrides: Overrides; population: Population | null }
  /** A model read from a model file (the store attaches it to the message): nothing is fitted. */
  | { kind: 'model'; version: number; name: string; population: Population | null };

/** A model file the learner imported (model-file.ts validated it). */
export interface ImportedModel {
  version: number;
  name: string;
  kind: ModelKind;
  population: Population | null;
  /** The training file's name and size, as the model file says. */
  trainedOn: { name: string; rows: number };
}

export interface FitRequest {
  source: FitSource;
  model: ModelConfig;
  splitSeed: string;
}

export interface SimulatorRequest {
  fit: FitRequest;
  tiering: TieringInput;
  fitKey: string;
}

function modelOf(s: Scenario, upload: UploadSettings | null): ModelConfig {
  if (s.model === 'logistic') return { kind: 'logistic', lambda: s.lambda };
  if (s.model === 'tree') return { kind: 'tree', maxDepth: s.depth, minLeaf: s.minLeaf };
  const weights = new Map(Object.entries(s.weights).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  if (upload === null) return { kind: 'scorecard', weights };
  const audience: SignalAudience = upload.population === 'customers' ? 'customer' : 'employee';
  return { kind: 'scorecard', weights, mapping: upload.mapping.map((m) => ({ ...m })), audience };
}

/** A stable text of the fit half of a request (Maps sorted, overrides by overridesKey). */
export function fitKeyOf(fit: FitRequest): string {
  const source = fit.source.kind === 'upload' ? { ...fit.source, overrides: overridesKey(fit.source.overrides) } : fit.source;
  const m = fit.model;
  const model = m.kind === 'scorecard' ? { ...m, weights: [...(m.weights ?? new Map()).entries()] } : m;
  return JSON.stringify([source, model, fit.splitSeed]);
}

/**
 * Scenario (+ upload settings when the sample is an upload, or an imported model file) → the
 * Worker's request. An imported model only scores new data: its value per person comes from the
 * scored file's columns, its tiers and costs from the scenario.
 */
export function scenarioToRequest(s: Scenario, upload: UploadSettings | null = null, imported: ImportedModel | null = null): SimulatorRequest | null {
  if (imported === null && s.sample === 'upload' && upload === null) return null;
  const population: Population = imported !== null ? (imported.population ?? 'employees') : s.sample === 'upload' ? (upload?.population ?? 'employees') : s.sample;
  const source: FitSource =
    imported !== null
      ? { kind: 'model', version: imported.version, name: imported.name, population: imported.population }
      : s.sample === 'upload' && upload !== null
        ? { kind: 'upload', version: upload.version, name: upload.name, overrides: upload.overrides, population: upload.population }
        : { kind: 'sample', population, size: s.size, seed: s.seed };
  const model: ModelConfig = imported !== null ? ({ kind: imported.kind } as ModelConfig) : modelOf(s, s.sample === 'upload' ? upload : null);
  const fit: FitRequest = { source, model, splitSeed: s.seed };
  const plans = defaultPlans(population).map((p, t) => ({
    ...p,
    costPerHead: s.costs[t] ?? p.costPerHead,
    successRate: (s.success[t] ?? p.successRate * 100) / 100,
  }));
  const tiering: TieringInput = {
    tiers: s.tierMode === 'rank' ? { mode: 'rank', shares: [...s.shares] } : { mode: 'cutoff', cutoffs: [...s.cutoffs] },
    plans,
    budget: s.budget,
  };
  if (imported !== null) return { fit, tiering, fitKey: fitKeyOf(fit) };
  if (s.sample !== 'upload') tiering.value = sampleValueRule(population, s.factor ?? undefined);
  else if (upload?.value !== undefined) tiering.value = upload.value;
  return { fit, tiering, fitKey: fitKeyOf(fit) };
}
