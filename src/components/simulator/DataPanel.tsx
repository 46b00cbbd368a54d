/** Data controls: a built-in sample (population, size, seed, value formula) or a CSV upload (UploadPanel). */
import { BOUNDS, SEED_PATTERN } from '../../lib/simulator/bounds';
import type { Scenario } from '../../lib/simulator/scenario';
import { CLV_YEARS, REPLACEMENT_PERCENT } from '../../lib/simulator/value';
import NumberField from './NumberField';

interface Props {
  uid: string;
  scenario: Scenario;
  set: (p: Partial<Scenario>) => void;
  compact: boolean;
}

export default function DataPanel({ uid, scenario, set, compact }: Props) {
  const isUpload = scenario.sample === 'upload';
  const employees = scenario.sample === 'employees';
  return (
    <>
      <div class="sim-radios" role="radiogroup" aria-label="数据来源">
        {(
          [
            ['employees', '员工样本'],
            ['customers', '客户样本'],
            ...(compact ? [] : [['upload', '上传 CSV']]),
          ] as [Scenario['sample'], string][]
        ).map(([v, l]) => (
          <label key={v}>
            <input type="radio" name={`${uid}-sample`} value={v} checked={scenario.sample === v} onChange={() => set({ sample: v })} /> {l}
          </label>
        ))}
      </div>
      {!isUpload && (
        <>
          <div class="sim-row">
            <label>
              样本量
              <select value={String(scenario.size)} onChange={(e) => set({ size: Number(e.currentTarget.value) as Scenario['size'] })}>
                <option value="1000">1,000 人</option>
                <option value="10000">10,000 人</option>
                <option value="100000">100,000 人</option>
              </select>
            </label>
            <label>
              随机种子
              <input
                type="text"
                value={scenario.seed}
                maxLength={32}
                pattern="[A-Za-z0-9_\-]{1,32}"
                size={8}
                onInput={(e) => {
                  const v = e.currentTarget.value.trim();
                  if (SEED_PATTERN.test(v)) set({ seed: v });
                }}
              />
            </label>
          </div>
          <NumberField
            id={`${uid}-factor`}
            label={employees ? '每人价值 = 年薪 × 替换成本比例（%）' : '每人价值 = 年度毛利 × 预期合作年数（年）'}
            visibleLabel
            value={scenario.factor ?? (employees ? REPLACEMENT_PERCENT : CLV_YEARS)}
            bound={employees ? 'replacementPercent' : 'years'}
            size={5}
            data={{ control: 'factor' }}
            onValue={(v) => set({ factor: v === (employees ? REPLACEMENT_PERCENT : CLV_YEARS) ? null : v })}
          />
          <p class="sim-hint">
            {employees
              ? `留住一名员工的价值按避免的替换成本估算：课程参考值为年薪的 ${REPLACEMENT_PERCENT}%（可改为 ${BOUNDS.replacementPercent.min}–${BOUNDS.replacementPercent.max}%）。`
              : `留住一位客户的价值按简化的客户生命周期价值估算：年度毛利 × 预期合作年数（默认 ${CLV_YEARS} 年，示例假设）。`}
            样本是按课程预警信号随机生成的虚构人群（示例数据）；同一种子总是生成同一批人，方便课堂上大家对照。
          </p>
        </>
      )}
    </>
  );
}
