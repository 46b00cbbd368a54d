/**
 * The scorecard on an upload: for each of the course's warning signals (the one list), which
 * column of the file shows it and between which two values it goes from “no warning” to “full
 * warning”. Unmapped signals are not scored.
 */
import { echoText } from '../../lib/echo-text';
import { SIGNALS } from '../../lib/metrics/signals';
import type { ColumnInference } from '../../lib/simulator/infer';
import type { Population } from '../../lib/simulator/samples';
import { AUDIENCE_OF, type SignalMapping } from '../../lib/simulator/scorecard';
import NumberField from './NumberField';

interface Props {
  uid: string;
  population: Population;
  columns: readonly ColumnInference[];
  mapping: SignalMapping[];
  setMapping: (m: SignalMapping[]) => void;
}

export default function SignalMappingPanel({ uid, population, columns, mapping, setMapping }: Props) {
  const usable = columns.filter((c) => c.kind === 'numeric' || c.kind === 'boolean');
  const signals = SIGNALS[AUDIENCE_OF[population]];
  const update = (id: string, m: Omit<SignalMapping, 'id'> | null) => {
    const rest = mapping.filter((x) => x.id !== id);
    setMapping(m === null ? rest : [...rest, { id, ...m }].sort((a, b) => signals.findIndex((s) => s.id === a.id) - signals.findIndex((s) => s.id === b.id)));
  };
  return (
    <fieldset class="sim-subfieldset" data-signal-mapping>
      <legend>评分卡的信号：把数据中的列对应到课程的预警信号</legend>
      <p class="sim-hint">为每个信号选一列，并填两个阈值：“起点”是还不算预警的值，“满分”是完全预警的值（例如满意度从 3 降到 1，就填 3 和 1；是/否列填 0 和 1）。没有对应列的信号不计分。</p>
      <div class="sim-scroll" tabIndex={0} role="region" aria-label="信号与数据列的对应">
      <table class="sim-table sim-mapping">
        <thead>
          <tr>
            <th scope="col">预警信号</th>
            <th scope="col">数据列</th>
            <th scope="col">起点</th>
            <th scope="col">满分</th>
          </tr>
        </thead>
        <tbody>
          {signals.map((s) => {
            const m = mapping.find((x) => x.id === s.id);
            return (
              <tr key={s.id} data-signal={s.id}>
                <th scope="row">{s.label}</th>
                <td>
                  <select
                    aria-label={`“${s.label}”对应的列`}
                    value={m?.column ?? ''}
                    onChange={(e) => {
                      const col = e.currentTarget.value;
                      update(s.id, col === '' ? null : { column: col, from: m?.from ?? 0, to: m?.to ?? 1 });
                    }}
                  >
                    <option value="">（不使用）</option>
                    {usable.map((c) => (
                      <option key={c.name} value={c.name}>
                        {echoText(c.name)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{m !== undefined && <NumberField id={`${uid}-map-${s.id}-from`} label={`“${s.label}”的起点`} value={m.from} bound="threshold" size={6} onValue={(v) => update(s.id, { column: m.column, from: v, to: m.to })} />}</td>
                <td>{m !== undefined && <NumberField id={`${uid}-map-${s.id}-to`} label={`“${s.label}”的满分`} value={m.to} bound="threshold" size={6} onValue={(v) => update(s.id, { column: m.column, from: m.from, to: v })} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </fieldset>
  );
}
