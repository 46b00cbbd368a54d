/**
 * Module 数据驱动的流失预测 (#how-trees-split): the module's gym decision tree — 3,000 members,
 * 450 leavers; split on a halved visit count, then on a complaint or on a card expiring within 60
 * days; four leaves with their churn shares (59%, 26%, 18%, 5%). Leaves coloured on the risk scale.
 */
import { formatInteger, formatPercent } from '../../format';
import { box, line, text } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'decision-tree';

interface Leaf {
  name: string;
  n: number;
  churned: number;
}
const A: Leaf = { name: 'A', n: 200, churned: 118 };
const B: Leaf = { name: 'B', n: 600, churned: 154 };
const C: Leaf = { name: 'C', n: 500, churned: 90 };
const D: Leaf = { name: 'D', n: 1700, churned: 88 };

const sum = (...l: Leaf[]) => ({ n: l.reduce((a, x) => a + x.n, 0), churned: l.reduce((a, x) => a + x.churned, 0) });
const share = (g: { n: number; churned: number }) => g.churned / g.n;
const paintFor = (s: number): Paint => (s >= 0.5 ? 'r1' : s >= 0.25 ? 'r2' : s >= 0.15 ? 'r3' : 'r5');

export function decisionTree(): FigureSpec {
  const all = sum(A, B, C, D);
  const yes = sum(A, B);
  const no = sum(C, D);
  const pct = (g: { n: number; churned: number }) => formatPercent(share(g), { digits: 0 });
  const stat = (g: { n: number; churned: number }) => `${formatInteger(g.n)} 人，流失 ${pct(g)}`;
  const marks: Mark[] = [];
  const edge = (x1: number, y1: number, x2: number, y2: number, label: string) => {
    marks.push(line(x1, y1, x2, y2, ['fg-line-muted']));
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    marks.push({ kind: 'rect', x: mx - 12, y: my - 12, w: 24, h: 22, rx: 4, cls: ['fg-bg'] }, text(mx, my + 5, label, { anchor: 'middle', size: 's', cls: ['fg-ink', 'fg-bold'] }));
  };
  // Edges first, so the boxes sit on top.
  edge(320, 76, 170, 122, '是');
  edge(320, 76, 470, 122, '否');
  edge(170, 196, 90, 252, '是');
  edge(170, 196, 250, 252, '否');
  edge(470, 196, 390, 252, '是');
  edge(470, 196, 550, 252, '否');
  marks.push(...box(170, 14, 300, 62, [`全部会员：${stat(all)}`, '近 60 天到店次数下降超过一半？'], { paint: 's6', size: 's' }));
  marks.push(...box(40, 122, 260, 74, ['到店骤减', stat(yes), '近 90 天有过投诉？'], { paint: 's6', size: 's' }));
  marks.push(...box(340, 122, 260, 74, ['到店稳定', stat(no), '会员卡 60 天内到期？'], { paint: 's6', size: 's' }));
  const leaves: [Leaf, number][] = [
    [A, 90],
    [B, 250],
    [C, 390],
    [D, 550],
  ];
  for (const [l, cx] of leaves) {
    marks.push(...box(cx - 68, 252, 136, 70, [`叶节点 ${l.name}`, `${formatInteger(l.n)} 人`, `流失 ${pct(l)}`], { paint: paintFor(share(l)), size: 's', bold: true }));
  }
  marks.push(text(320, 348, `叶节点 A 的风险约是整体 ${pct(all)} 的 ${Math.round(share(A) / share(all))} 倍；四个叶节点合计 ${formatInteger(all.n)} 人、流失 ${all.churned} 人`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  return {
    id: ID,
    title: '健身会员的流失决策树',
    caption: '决策树是一连串“是或否”的提问：先按最能分开流失者和留下者的问题分组，再在每组里继续问。落到哪个叶节点，那里的历史流失比例就是风险分。',
    kind: 'example',
    summary: `根节点 ${formatInteger(all.n)} 名会员，流失 ${pct(all)}。第一问：近 60 天到店次数是否下降超过一半。是（${stat(yes)}）再问近 90 天是否投诉：是为叶节点 A（${stat(A)}），否为叶节点 B（${stat(B)}）。否（${stat(no)}）再问会员卡是否 60 天内到期：是为叶节点 C（${stat(C)}），否为叶节点 D（${stat(D)}）。`,
    width: 640,
    height: 360,
    marks,
    data: {
      kind: 'table',
      head: ['节点', '路径', '人数', '流失人数', '流失比例'],
      rows: [
        ['全部会员', '—', formatInteger(all.n), String(all.churned), pct(all)],
        ['到店骤减', '第一问：是', formatInteger(yes.n), String(yes.churned), pct(yes)],
        ['到店稳定', '第一问：否', formatInteger(no.n), String(no.churned), pct(no)],
        ['叶节点 A', '到店骤减，有投诉', formatInteger(A.n), String(A.churned), pct(A)],
        ['叶节点 B', '到店骤减，无投诉', formatInteger(B.n), String(B.churned), pct(B)],
        ['叶节点 C', '到店稳定，卡 60 天内到期', formatInteger(C.n), String(C.churned), pct(C)],
        ['叶节点 D', '到店稳定，卡不急着到期', formatInteger(D.n), String(D.churned), pct(D)],
      ],
    },
    mentions: { module: 'churn-prediction', strings: ['200 人，流失 118 人', '600 人，流失 154 人', '500 人，流失 90 人', '1,700 人，流失 88 人'] },
  };
}
