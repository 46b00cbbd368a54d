/** The decision tree's top levels as nested boxes (readable rules), and its riskiest leaves as if-then rules. */
import { formatInteger, formatPercent } from '../../lib/format';
import type { RuleView } from '../../lib/simulator/adapters';
import { SMALL_LEAF } from '../../lib/simulator/explain';
import type { TreeNodeView } from '../../lib/simulator/tree';

function Node({ n, hot }: { n: TreeNodeView; hot: number }) {
  return (
    <li>
      <div class={`sim-node ${n.rate >= hot && n.rule !== undefined ? 'sim-node-hot' : ''}`}>
        {n.rule !== undefined && <span class="sim-node-rule">如果 {n.rule}</span>}
        <span>
          {formatInteger(n.count)} 人，流失率 <strong>{formatPercent(n.rate)}</strong>
        </span>
        {n.splitLabel !== undefined && <span class="sim-muted">{n.truncated === true ? `下面还按“${n.splitLabel}”等继续细分` : `再按“${n.splitLabel}”分`}</span>}
      </div>
      {n.children !== undefined && (
        <ul>
          {n.children.map((c) => (
            <Node key={c.id} n={c} hot={hot} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default function TreeView({ tree, rules, sub: Sub }: { tree: TreeNodeView; rules: RuleView[]; sub: 'h3' | 'h4' }) {
  return (
    <section>
      <Sub>决策树的前三层（训练集）</Sub>
      <p class="sim-muted">从上往下读：每个方框是一群人，方框里的条件决定一个人往哪边走。流失率达到整体 1.5 倍以上的方框加了红色边框。</p>
      <div class="sim-scroll" tabIndex={0} role="region" aria-label="决策树（可横向滚动）">
        <ul class="sim-tree">
          <Node n={tree} hot={Math.min(1, tree.rate * 1.5)} />
        </ul>
      </div>
      <Sub>流失率最高的规则</Sub>
      <ol class="sim-rules">
        {rules.slice(0, 5).map((r) => (
          <li key={r.leaf} data-small={r.small ? 'true' : undefined}>
            {r.conditions.length > 0 ? `如果 ${r.conditions.join(' 且 ')}` : '所有人'} → 流失率 {formatPercent(r.rate)}（训练集 {formatInteger(r.count)} 人，其中流失 {formatInteger(r.positives)} 人）
            {r.small && <strong class="sim-caution">：只有 {formatInteger(r.count)} 人，这条规则可能只是巧合</strong>}
          </li>
        ))}
      </ol>
      <p class="sim-muted">
        规则是从训练数据里找出来的：叶子里的人越少（少于 {SMALL_LEAF} 人），越可能只是碰巧，换一批人就不成立（过拟合）；用到日薪、编号这类和离职没有道理联系的列时，也要存疑。先看“模型表现（测试集）”，再决定是否相信某条规则。
      </p>
    </section>
  );
}
