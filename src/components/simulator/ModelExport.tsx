/**
 * 导出模型: after a fit, the fitted model as a SQL statement (dialect and table name chosen here),
 * a model file (.json, for 导入模型) and a model card (.md). The generators load on first use
 * (src/lib/simulator/model-downloads.ts); the model comes from the Worker.
 */
import { useState } from 'preact/hooks';
import type { FittedModel } from '../../lib/simulator/fitted-model';
import { DIALECTS, SQL_DIALECTS, type SqlDialect } from '../../lib/simulator/sql-dialect';

interface Props {
  uid: string;
  canExport: boolean;
  getModel: () => Promise<FittedModel | null>;
}

export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const KIND_FILE = { logistic: '逻辑回归', tree: '决策树', scorecard: '评分卡' } as const;

export default function ModelExport({ uid, canExport, getModel }: Props) {
  const [dialect, setDialect] = useState<SqlDialect>('duckdb');
  const [table, setTable] = useState('churn_input');
  const [msg, setMsg] = useState('');
  const run = async (what: 'sql' | 'model' | 'card') => {
    setMsg('正在生成…');
    try {
      const [model, lib] = await Promise.all([getModel(), import('../../lib/simulator/model-downloads')]);
      if (model === null) return setMsg('没有可导出的模型，请先完成一次计算。');
      const base = `留存学院-流失模型-${KIND_FILE[model.kind]}`;
      if (what === 'sql') {
        const sql = lib.exportSql(model, { dialect, table: table.split('.') });
        if (!sql.ok) return setMsg(sql.errors.map((e) => e.message).join(' '));
        download(sql.value, `${base}-${dialect}.sql`, 'application/sql;charset=utf-8');
        setMsg(`已生成 ${DIALECTS[dialect].label} 的 SQL：一条 SELECT，读取表 ${table}。`);
      } else if (what === 'model') {
        download(lib.writeModelFile(model), `${base}.json`, 'application/json;charset=utf-8');
        setMsg('已生成模型文件（.json）：可在“导入模型”中读回，给新数据打分。');
      } else {
        download(lib.modelCard(model), `${base}-模型卡.md`, 'text/markdown;charset=utf-8');
        setMsg('已生成模型卡（Markdown）。');
      }
    } catch {
      setMsg('导出失败，请重新计算后再试。');
    }
  };
  return (
    <div class="sim-export" data-model-export>
      <p>
        把模型带到数据所在的地方：下载的 SQL 是一条 <code>SELECT</code>，在数据仓库里读取一张与训练文件列名相同的表，给每一行算出风险分、流失概率、层级和建议干预，与模拟器的结果一致。模型文件可以用“导入模型”读回；模型卡说明模型的来历、表现和使用规则。三个文件都只含模型参数，不含任何一行数据。
      </p>
      <div class="sim-row">
        <label>
          SQL 方言
          <select value={dialect} onChange={(e) => setDialect(e.currentTarget.value as SqlDialect)} data-control="sql-dialect">
            {SQL_DIALECTS.map((d) => (
              <option key={d} value={d}>
                {DIALECTS[d].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          表名
          <input type="text" value={table} size={16} maxLength={200} spellcheck={false} onInput={(e) => setTable(e.currentTarget.value)} data-control="sql-table" aria-describedby={`${uid}-table-hint`} />
        </label>
      </div>
      <p class="sim-hint" id={`${uid}-table-hint`}>
        表名可写成“库名.表名”。使用方法见 README 的“在数据仓库中打分”。
      </p>
      <div class="sim-actions">
        <button type="button" class="button secondary" disabled={!canExport} onClick={() => void run('sql')} data-export-sql>
          下载 SQL
        </button>
        <button type="button" class="button secondary" disabled={!canExport} onClick={() => void run('model')} data-export-model>
          下载模型文件
        </button>
        <button type="button" class="button secondary" disabled={!canExport} onClick={() => void run('card')} data-export-card>
          下载模型卡
        </button>
      </div>
      <p class="sim-muted" role="status">
        {msg}
      </p>
    </div>
  );
}
