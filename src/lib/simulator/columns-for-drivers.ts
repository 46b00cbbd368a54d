/**
 * The driver columns of a model: each feature column with its display name and the course's
 * retention strategy it points to. A sample's signal columns take their signal's strategy; any
 * other column is matched by name (drivers.ts `groupForColumn`).
 */
import type { ContributionSource } from './drivers';
import { groupForColumn } from './drivers';
import type { Population } from './samples';
import { SAMPLE_SIGNAL_COLUMNS, SIGNAL_GROUPS } from './scorecard';

export function columnsForDrivers(features: readonly string[], labels: ReadonlyMap<string, string>, population: Population | null, sample: boolean): ContributionSource['columns'] {
  const signalGroup = new Map<string, string>();
  if (sample && population !== null) {
    for (const [id, m] of Object.entries(SAMPLE_SIGNAL_COLUMNS[population])) signalGroup.set(m.column, SIGNAL_GROUPS[id] ?? 'other');
  }
  return features.map((name) => ({ name, label: labels.get(name) ?? name, group: signalGroup.get(name) ?? groupForColumn(name) }));
}
