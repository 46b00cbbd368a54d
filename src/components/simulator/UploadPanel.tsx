/**
 * Upload controls: the file, how it was read, which column is the label and which of its values
 * mean 流失, employees or customers, the value per person (column and formula), each column's
 * type and use as a feature, the scorecard's signal mapping, and a second file to score with the
 * fitted model. Column names are shown as text only, bounded (echo-text.ts).
 */
import { echoText } from '../../lib/echo-text';
import { formatInteger } from '../../lib/format';
import { MAX_BYTES, MAX_ROWS } from '../../lib/simulator/bounds';
import type { ColumnKind } from '../../lib/simulator/dataset';
import type { Overrides } from '../../lib/simulator/infer';
import type { Population } from '../../lib/simulator/samples';
import type { UploadSettings } from '../../lib/simulator/scenario-input';
import { defaultFactor, suggestValueRule, VALUE_FORMULAS, FIXED_VALUE, type ValueFormula, type ValueRule } from '../../lib/simulator/value';
import type { UploadInfo } from '../../lib/simulator/result-view';
import NumberField from './NumberField';
import SignalMappingPanel from './SignalMappingPanel';

const KINDS: [ColumnKind, string][] = [
  ['numeric', '数值'],
  ['categorical', '类别'],
  ['boolean', '是/否'],
  ['id', '编号（不用）'],
  ['constant', '常数（不用）'],
];

const DELIMS: Record<string, string> = { ',': '逗号', ';': '分号', '\t': '制表符' };
const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

interface Props {
  uid: string;
  upload: UploadSettings | null;
  info: UploadInfo | null;
  setUpload: (p: Partial<Omit<UploadSettings, 'version' | 'name'>>) => void;
  onFile: (f: File | null) => void;
  fileError: string | null;
  scorecard: boolean;
  newData: { name: string; info: UploadInfo | null } | null;
  onNewData: (f: File | null) => void;
  /** The model has been fitted on this upload (new data can be scored). */
  fitted: boolean;
}

function withEntry<V>(m: ReadonlyMap<string, V> | undefined, k: string, v: V): Map<string, V> {
  const out = new Map(m ?? []);
  out.set(k, v);
  return out;
}

export default function UploadPanel({ uid, upload, info, setUpload, onFile, fileError, scorecard, newData, onNewData, fitted }: Props) {
  const inf = info?.inference ?? null;
  const overrides: Overrides = upload?.overrides ?? {};
  const set = (o: Overrides) => setUpload({ overrides: o });
  const label = overrides.label !== undefined ? overrides.label : (inf?.roles.label ?? null);
  const labelColumn = inf?.columns.find((c) => c.name === label) ?? null;
  const positive = label !== null ? (overrides.positive?.get(label) ?? labelColumn?.trueTexts ?? []) : [];
  const population: Population = upload?.population ?? info?.population ?? 'employees';
  const numericColumns = (inf?.columns ?? []).filter((c) => c.kind === 'numeric');
  const value: ValueRule = upload?.value ?? suggestValueRule(inf?.columns ?? [], [label, inf?.roles.id ?? null]);
  const formula = VALUE_FORMULAS.find((f) => value.kind === 'column' && f.id === value.formula);
  return (
    <div class="sim-upload">
      <label class="sim-block" for={`${uid}-file`}>
        选择 CSV 文件（≤ {MAX_BYTES / 1024 / 1024} MB、≤ {formatInteger(MAX_ROWS)} 行；UTF-8、GBK 或 UTF-16；逗号、分号或制表符分隔）
      </label>
      <input id={`${uid}-file`} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)} />
      <p class="sim-hint">
        <strong>数据不会离开你的浏览器：</strong>文件只在本机读取和计算，不上传到任何服务器，也不会写进链接。
      </p>
      {fileError !== null && (
        <p class="sim-error" role="alert">
          {fileError}
        </p>
      )}
      {upload !== null && info !== null && (
        <p data-upload-summary>
          {echoText(upload.name, 60)}：{formatInteger(info.n)} 行可用，编码 {ENCODINGS[info.encoding ?? 'utf-8'] ?? info.encoding}，分隔符 {DELIMS[info.delimiter ?? ','] ?? info.delimiter}
          {info.malformed.length > 0 && (
            <>
              ，<strong data-malformed={info.malformed.length}>{formatInteger(info.malformed.length)} 行格式不正确</strong>（未纳入计算）
            </>
          )}
          。
        </p>
      )}
      {info !== null && info.malformed.length > 0 && (
        <details>
          <summary>格式不正确的行</summary>
          <ul class="sim-plain" data-malformed-list>
            {info.malformed.slice(0, 50).map((m) => (
              <li key={m.row}>
                第 {m.row} 行：{m.reason}
              </li>
            ))}
            {info.malformed.length > 50 && <li>……共 {formatInteger(info.malformed.length)} 行</li>}
          </ul>
        </details>
      )}
      {inf !== null && upload !== null && (
        <>
          <div class="sim-row">
            <label>
              这份数据是
              <select value={population} onChange={(e) => setUpload({ population: e.currentTarget.value as Population })} data-control="population">
                <option value="employees">员工</option>
                <option value="customers">客户</option>
              </select>
            </label>
            <label>
              流失标签列
              <select
                value={label ?? ''}
                onChange={(e) => {
                  const v = e.currentTarget.value === '' ? null : e.currentTarget.value;
                  const next: Overrides = { ...overrides, label: v };
                  if (overrides.positive !== undefined && label !== null) {
                    const p = new Map(overrides.positive);
                    p.delete(label);
                    next.positive = p;
                  }
                  set(next);
                }}
                data-control="label"
              >
                <option value="">（无标签）</option>
                {inf.columns.map((c) => (
                  <option key={c.name} value={c.name}>
                    {echoText(c.name)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p class="sim-hint">
            识别到的标签列：<strong data-detected-label>{inf.roles.label === null ? '无' : echoText(inf.roles.label)}</strong>。
          </p>
          {labelColumn !== null && labelColumn.values.length > 0 && (
            <fieldset class="sim-subfieldset" data-positive-values>
              <legend>“{echoText(labelColumn.name)}”中哪些取值表示流失？</legend>
              {labelColumn.values.map((v) => (
                <label key={v} class="sim-check">
                  <input
                    type="checkbox"
                    checked={positive.includes(v)}
                    onChange={(e) => {
                      const next = e.currentTarget.checked ? [...positive, v] : positive.filter((x) => x !== v);
                      set({ ...overrides, label: labelColumn.name, positive: withEntry(overrides.positive, labelColumn.name, next) });
                    }}
                  />{' '}
                  {echoText(v)}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset class="sim-subfieldset">
            <legend>每人价值（用于测算挽回价值）</legend>
            <div class="sim-row">
              <label>
                价值列
                <select
                  value={value.kind === 'column' ? value.column : ''}
                  data-control="value-column"
                  onChange={(e) => {
                    const col = e.currentTarget.value;
                    if (col === '') setUpload({ value: { kind: 'fixed', amount: value.kind === 'fixed' ? value.amount : FIXED_VALUE } });
                    else {
                      // The formula the column's name suggests (月薪 → × 12 × 150%), else the value as is.
                      const suggested = suggestValueRule([{ name: col, kind: 'numeric' }]);
                      const f: ValueFormula = suggested.kind === 'column' ? suggested.formula : 'as-is';
                      setUpload({ value: { kind: 'column', column: col, formula: f, factor: defaultFactor(f) } });
                    }
                  }}
                >
                  <option value="">（无，按每人固定金额）</option>
                  {numericColumns.map((c) => (
                    <option key={c.name} value={c.name}>
                      {echoText(c.name)}
                    </option>
                  ))}
                </select>
              </label>
              {value.kind === 'column' && (
                <label>
                  公式
                  <select
                    value={value.formula}
                    data-control="value-formula"
                    onChange={(e) => {
                      const f = e.currentTarget.value as ValueFormula;
                      setUpload({ value: { ...value, formula: f, factor: defaultFactor(f) } });
                    }}
                  >
                    {VALUE_FORMULAS.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {value.kind === 'column' && formula?.factor === 'percent' && (
                <NumberField id={`${uid}-vfactor`} label="替换成本比例（%）" visibleLabel value={value.factor} bound="replacementPercent" size={5} data={{ control: 'value-factor' }} onValue={(v) => setUpload({ value: { ...value, factor: v } })} />
              )}
              {value.kind === 'column' && formula?.factor === 'years' && (
                <NumberField id={`${uid}-vyears`} label="预期合作年数" visibleLabel value={value.factor} bound="years" size={4} data={{ control: 'value-factor' }} onValue={(v) => setUpload({ value: { ...value, factor: v } })} />
              )}
              {value.kind === 'fixed' && (
                <NumberField id={`${uid}-vfixed`} label="每人价值（元）" visibleLabel value={value.amount} bound="fixedValue" size={8} data={{ control: 'value-fixed' }} onValue={(v) => setUpload({ value: { kind: 'fixed', amount: v } })} />
              )}
            </div>
            <p class="sim-hint">员工：避免的替换成本，课程参考值约为年薪的 150%（月薪 × 12 × 150%）。客户：毛利 × 预期合作年数（简化的客户生命周期价值）。所用公式会写在“数据概况”里。</p>
          </fieldset>
          <p class="sim-hint">年龄、性别、婚姻状况等敏感属性默认不作为特征：按这些属性给人打分有失公平，且《个人信息保护法》限制仅凭自动化决策对个人作出决定。如确有必要，可勾选纳入。</p>
          <div class="sim-scroll" tabIndex={0} role="region" aria-label="列的识别结果（可修改）">
            <table class="sim-table sim-columns">
              <caption>各列的识别结果（可修改）</caption>
              <thead>
                <tr>
                  <th scope="col">列名</th>
                  <th scope="col">类型</th>
                  <th scope="col">作为特征</th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {inf.columns.map((c, j) => {
                  const isLabel = c.name === inf.roles.label;
                  const usable = c.kind !== 'id' && c.kind !== 'constant' && !isLabel;
                  const name = echoText(c.name);
                  return (
                    <tr key={`${j}:${c.name}`} data-column={c.name}>
                      <th scope="row">{name}</th>
                      <td>
                        <select aria-label={`“${name}”的类型`} value={overrides.kinds?.get(c.name) ?? c.kind} onChange={(e) => set({ ...overrides, kinds: withEntry(overrides.kinds, c.name, e.currentTarget.value as ColumnKind) })}>
                          {KINDS.map(([k, l]) => (
                            <option key={k} value={k}>
                              {l}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {isLabel ? (
                          '标签'
                        ) : (
                          <input
                            type="checkbox"
                            id={`${uid}-inc-${j}`}
                            aria-label={`把“${name}”作为特征`}
                            checked={overrides.include?.get(c.name) ?? inf.roles.features.includes(c.name)}
                            disabled={!usable}
                            onChange={(e) => set({ ...overrides, include: withEntry(overrides.include, c.name, e.currentTarget.checked) })}
                          />
                        )}
                      </td>
                      <td>
                        {c.reason}
                        {c.missing + c.invalid > 0 ? `；${c.missing + c.invalid} 个空白或无法解析` : ''}
                        {c.sensitive !== null && <strong class="sim-sensitive">；敏感属性（{c.sensitive}），默认不纳入</strong>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {scorecard && <SignalMappingPanel uid={uid} population={population} columns={inf.columns} mapping={upload.mapping} setMapping={(mapping) => setUpload({ mapping })} />}
          <fieldset class="sim-subfieldset" data-new-data>
            <legend>用已训练的模型给新数据打分</legend>
            <p class="sim-hint">
              先用有结果的历史数据（例如去年的离职记录）训练模型，再上传一份还没有结果的新名单（例如在职员工或现有客户）：新名单按训练好的模型打分、分层，导出的也是新名单。新文件要有训练时用到的列（列名相同，顺序可以不同），不需要标签列。
            </p>
            <label class="sim-block" for={`${uid}-newfile`}>
              选择要打分的新数据（CSV）
            </label>
            <input id={`${uid}-newfile`} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" disabled={!fitted && newData === null} onChange={(e) => onNewData(e.currentTarget.files?.[0] ?? null)} />
            {newData !== null && (
              <p data-new-data-status>
                正在给“{echoText(newData.name, 60)}”打分{newData.info !== null ? `（${formatInteger(newData.info.n)} 行）` : ''}。
                <button type="button" class="button secondary" onClick={() => onNewData(null)}>
                  回到训练数据
                </button>
              </p>
            )}
          </fieldset>
        </>
      )}
    </div>
  );
}
