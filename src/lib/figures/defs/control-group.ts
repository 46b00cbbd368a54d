/**
 * Module 风险分层与分级干预 (#control-group): what an intervention really added. The module's
 * high-risk tier: 135 customers visited kept 108 (80%), 15 left as a control kept 9 (60%); the
 * intervention's own effect is the difference, 20 points — not the 80%.
 */
import { formatPercent } from '../../format';
import { line, rect, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'control-group';
const TREATED = { n: 135, kept: 108 };
const CONTROL = { n: 15, kept: 9 };

export function controlGroup(): FigureSpec {
  const t = TREATED.kept / TREATED.n;
  const c = CONTROL.kept / CONTROL.n;
  const lift = t - c;
  const y = scale(0, 1, 250, 30);
  const marks: Mark[] = [];
  for (const v of [0, 0.2, 0.4, 0.6, 0.8, 1]) marks.push(line(70, y(v), 420, y(v), ['fg-grid']), text(60, y(v) + 5, formatPercent(v), { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  const bars = [
    { x: 110, v: c, label: '对照组', sub: `${CONTROL.kept} ÷ ${CONTROL.n}`, cls: 'fg-fill-s6' as const },
    { x: 270, v: t, label: '干预组', sub: `${TREATED.kept} ÷ ${TREATED.n}`, cls: 'fg-fill-s1' as const },
  ];
  for (const b of bars) {
    marks.push(rect(b.x, y(b.v), 100, y(0) - y(b.v), [b.cls]), text(b.x + 50, y(b.v) - 8, formatPercent(b.v), { anchor: 'middle', size: 'l', cls: ['fg-ink', 'fg-bold'] }));
    marks.push(text(b.x + 50, 272, b.label, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }), text(b.x + 50, 292, `留下 ${b.sub}`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  }
  marks.push(
    line(210, y(c), 380, y(c), ['fg-line-ink', 'fg-dashed']),
    { kind: 'path', d: `M386 ${y(t)} L394 ${y(t)} L394 ${y(c)} L386 ${y(c)}`, cls: ['fg-line-s4', 'fg-thick'] },
    text(404, (y(t) + y(c)) / 2 - 4, `增量 ${Math.round(lift * 100)} 个百分点`, { size: 'm', cls: ['fg-ink-s4', 'fg-bold'] }),
    text(404, (y(t) + y(c)) / 2 + 16, '才是干预的功劳', { size: 's', cls: ['fg-ink-s4'] }),
    text(430, 150, `只看干预组的 ${formatPercent(t)}，`, { size: 's', cls: ['fg-ink-muted'] }),
    text(430, 170, `会把成功率高估 ${Math.round(t / lift)} 倍`, { size: 's', cls: ['fg-ink-muted'] }),
  );
  return {
    id: ID,
    title: '对照组：分清干预的功劳',
    caption: `高风险层随机留出 ${CONTROL.n} 家只做正常服务：干预组留下 ${formatPercent(t)}，对照组也留下了 ${formatPercent(c)}。本来就会留下的人不能算作干预的功劳。`,
    kind: 'example',
    summary: `三个月后的留存率：对照组 ${CONTROL.n} 家留下 ${CONTROL.kept} 家，${formatPercent(c)}；干预组 ${TREATED.n} 家留下 ${TREATED.kept} 家，${formatPercent(t)}。两者之差 ${Math.round(lift * 100)} 个百分点是干预的增量成功率。`,
    width: 640,
    height: 304,
    marks,
    data: {
      kind: 'table',
      head: ['组别', '人数', '三个月后留下', '留存率'],
      rows: [
        ['干预组（上门拜访）', String(TREATED.n), String(TREATED.kept), formatPercent(t)],
        ['对照组（正常服务）', String(CONTROL.n), String(CONTROL.kept), formatPercent(c)],
        ['增量成功率', '—', '—', `${Math.round(lift * 100)} 个百分点`],
      ],
    },
    mentions: { module: 'risk-tiering', strings: ['108 ÷ 135 = 80%', '9 ÷ 15 = 60%', '80% − 60% = 20 个百分点', '高估 4 倍'] },
  };
}
