/** Data controls: built-in sample (population, size, seed) or a CSV upload, with its inferred columns editable. */
import type { ColumnKind } from '../../lib/simulator/dataset';
import type { Overrides } from '../../lib/simulator/infer';
import type { Scenario } from '../../lib/simulator/scenario';
import { formatInteger } from '../../lib/format';
import type { UploadInfo } from './protocol';

const KINDS: [ColumnKind, string][] = [
  ['numeric', '数值'],
  ['categorical', '类别'],
  ['boolean', '是/否'],
  ['id', '编号(不用)'],
  ['constant', '常数(不用)'],
];

const DELIMS: Record<string, string> = { ',': '逗号', ';': '分号', '\t': '制表符' };

interface Props {
  uid: string;
  scenario: Scenario;
  set: (p: Partial<Scenario>) => void;
  onFile: (f: File | null) => void;
  fileName: string | null;
  fileError: string | null;
  upload: UploadInfo | null;
  overrides: Overrides;
  setOverrides: (o: Overrides) => void;
  compact: boolean;
}

export default function DataPanel({ uid, scenario, set, onFile, fileName, fileError, upload, overrides, setOverrides, compact }: Props) {
  const inf = upload?.inference ?? null;
  const isUpload = scenario.sample === 'upload';
  return (
    <fieldset class="sim-fieldset">
      <legend>1. 数据</legend>
      <div class="sim-radios" role="radiogroup" aria-label="数据来源">
        {(
          [
            ['employees', '员工样本'],
            ['customers', '客户样本'],
            ...(compact ? [] : [['upload', '上传 CSV']]),
          ] as [Scenario['sample'], string][]
        ).map(([v, l]) => (
          <label key={v}>
            <input type="radio" name={`${uid}-sample`} value={v} checked={scenario.sample === v} onChange={() => set({ sample: v, weights: {} })} /> {l}
          </label>
        ))}
      </div>
      {!isUpload && (
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
                if (/^[A-Za-z0-9_-]{1,32}$/.test(v)) set({ seed: v });
              }}
            />
          </label>
        </div>
      )}
      {!isUpload && <p class="sim-hint">样本是按课程中的预警信号随机生成的虚构人群;同一种子总是生成同一批人,方便课堂上大家对照。</p>}
      {isUpload && (
        <div>
          <label class="sim-block" for={`${uid}-file`}>
            选择 CSV 文件(≤ 50 MB、≤ 20 万行;UTF-8 或 GBK;逗号、分号或制表符分隔)
          </label>
          <input id={`${uid}-file`} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)} />
          <p class="sim-hint">
            <strong>数据不会离开你的浏览器:</strong>文件只在本机读取和计算,不上传到任何服务器,也不会写进链接。
          </p>
          {fileError !== null && (
            <p class="sim-error" role="alert">
              {fileError}
            </p>
          )}
          {fileName !== null && upload !== null && (
            <p>
              {fileName}:{formatInteger(upload.n)} 行可用,编码 {upload.encoding === 'gb18030' ? 'GBK/GB18030' : 'UTF-8'},分隔符 {DELIMS[upload.delimiter ?? ','] ?? upload.delimiter}
              {upload.malformed.length > 0 && (
                <>
                  ,<strong data-malformed={upload.malformed.length}>{formatInteger(upload.malformed.length)} 行格式不正确</strong>(未纳入计算)
                </>
              )}
              。
            </p>
          )}
          {upload !== null && upload.malformed.length > 0 && (
            <details>
              <summary>格式不正确的行</summary>
              <ul class="sim-plain" data-malformed-list>
                {upload.malformed.slice(0, 50).map((m) => (
                  <li key={m.row}>
                    第 {m.row} 行:{m.reason}
                  </li>
                ))}
                {upload.malformed.length > 50 && <li>……共 {upload.malformed.length} 行</li>}
              </ul>
            </details>
          )}
          {inf !== null && (
            <>
              <div class="sim-row">
                <label>
                  流失标签列
                  <select
                    value={(overrides.label !== undefined ? overrides.label : inf.roles.label) ?? ''}
                    onChange={(e) => setOverrides({ ...overrides, label: e.currentTarget.value === '' ? null : e.currentTarget.value })}
                    data-control="label"
                  >
                    <option value="">(无标签)</option>
                    {inf.columns.map((c) => (
                      <option key={c.name} value={c.name}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  价值列
                  <select value={(overrides.value !== undefined ? overrides.value : inf.roles.value) ?? ''} onChange={(e) => setOverrides({ ...overrides, value: e.currentTarget.value === '' ? null : e.currentTarget.value })}>
                    <option value="">(无,按每人 1 万元估算)</option>
                    {inf.columns
                      .filter((c) => c.kind === 'numeric')
                      .map((c) => (
                        <option key={c.name} value={c.name}>
                          {c.name}
                        </option>
                      ))}
                  </select>
                </label>
              </div>
              <p class="sim-hint">
                识别到的标签列:<strong data-detected-label>{inf.roles.label ?? '无'}</strong>。年龄、性别、婚姻状况等敏感属性默认不作为特征:按这些属性给人打分有失公平,且《个人信息保护法》限制仅凭自动化决策对个人作出决定。如确有必要,可勾选纳入。
              </p>
              <div class="sim-scroll" tabIndex={0} role="region" aria-label="列的识别结果(可修改)">
                <table class="sim-table sim-columns">
                  <caption>各列的识别结果(可修改)</caption>
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
                      return (
                        <tr key={c.name} data-column={c.name}>
                          <th scope="row">{c.name}</th>
                          <td>
                            <select
                              aria-label={`“${c.name}”的类型`}
                              value={overrides.kinds?.[c.name] ?? c.kind}
                              onChange={(e) => setOverrides({ ...overrides, kinds: { ...overrides.kinds, [c.name]: e.currentTarget.value as ColumnKind } })}
                            >
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
                                aria-label={`把“${c.name}”作为特征`}
                                checked={overrides.include?.[c.name] ?? inf.roles.features.includes(c.name)}
                                disabled={!usable}
                                onChange={(e) => setOverrides({ ...overrides, include: { ...overrides.include, [c.name]: e.currentTarget.checked } })}
                              />
                            )}
                          </td>
                          <td>
                            {c.reason}
                            {c.missing + c.invalid > 0 ? `;${c.missing + c.invalid} 个空白或无法解析` : ''}
                            {c.sensitive !== null && <strong class="sim-sensitive">;敏感属性({c.sensitive}),默认不纳入</strong>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
