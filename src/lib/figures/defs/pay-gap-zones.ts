/**
 * Module 员工流失成因 (#pay-competitiveness): the course's two warning lines for pay against the
 * market, with the module's three grades placed on them (专员 −8.3%, 主管 −17.0%, 经理 −22.9%).
 * Thresholds and the status of each grade come from the pay-gap metric (PAY_GAP_THRESHOLDS).
 */
import { PAY_GAP_THRESHOLDS, payGap, type PayStatus } from '../../metrics';
import { formatPercent } from '../../format';
import { circle, line, rect, scale, text } from '../draw';
import type { FigureSpec, Mark, Paint } from '../types';
import { valueOf } from '../util';

const ID = 'pay-gap-zones';
const LEVELS = [
  { label: '专员', market: 12, ours: 11 },
  { label: '主管', market: 20, ours: 16.6 },
  { label: '经理', market: 35, ours: 27 },
];

const ZONE_PAINT: Record<PayStatus, Paint> = { competitive: 'r5', acceptable: 'r4', warning: 'r2', danger: 'r1' };
/** The zones as the module's table names them. */
const ZONE_LABEL: Record<PayStatus, string> = { competitive: '具竞争力', acceptable: '可接受', warning: '预警', danger: '危险' };
/** A signed percentage with a real minus sign, as the module writes it: −17.0%. */
const gapText = (g: number, digits = 1) => formatPercent(g, { digits, minDigits: digits, signed: true }).replace('-', '\u2212');

export function payGapZones(): FigureSpec {
  const v = valueOf(ID, payGap({ levels: LEVELS }));
  const { warning, danger } = PAY_GAP_THRESHOLDS;
  const x = scale(-0.3, 0.12, 30, 610);
  const zy = 96;
  const zh = 44;
  const marks: Mark[] = [
    rect(x(-0.3), zy, x(-danger) - x(-0.3), zh, [`fg-tint-${ZONE_PAINT.danger}`]),
    rect(x(-danger), zy, x(-warning) - x(-danger), zh, [`fg-tint-${ZONE_PAINT.warning}`]),
    rect(x(-warning), zy, x(0) - x(-warning), zh, [`fg-tint-${ZONE_PAINT.acceptable}`]),
    rect(x(0), zy, x(0.12) - x(0), zh, [`fg-tint-${ZONE_PAINT.competitive}`]),
    text((x(-0.3) + x(-danger)) / 2, zy + 32, ZONE_LABEL.danger, { anchor: 'middle', size: 'm', cls: [`fg-ink-${ZONE_PAINT.danger}`, 'fg-bold'] }),
    text((x(-danger) + x(-warning)) / 2, zy + 32, ZONE_LABEL.warning, { anchor: 'middle', size: 'm', cls: [`fg-ink-${ZONE_PAINT.warning}`, 'fg-bold'] }),
    text((x(-warning) + x(0)) / 2, zy + 32, ZONE_LABEL.acceptable, { anchor: 'middle', size: 'm', cls: [`fg-ink-${ZONE_PAINT.acceptable}`, 'fg-bold'] }),
    text((x(0) + x(0.12)) / 2, zy + 32, ZONE_LABEL.competitive, { anchor: 'middle', size: 'm', cls: [`fg-ink-${ZONE_PAINT.competitive}`, 'fg-bold'] }),
    line(x(-0.3), zy + zh, x(0.12), zy + zh, ['fg-line-ink']),
  ];
  for (const t of [-0.3, -danger, -warning, -0.1, 0]) {
    marks.push(line(x(t), zy + zh, x(t), zy + zh + 6, ['fg-line-ink']), text(x(t), zy + zh + 22, t === 0 ? '0（与市场持平）' : gapText(t, 0), { anchor: t === 0 ? 'start' : 'middle', size: 's' }));
  }
  marks.push(text(610, zy + zh + 44, '薪酬差距 =（本企业 − 市场）÷ 市场', { anchor: 'end', size: 's', cls: ['fg-ink-muted'] }));
  v.levels.forEach((l, i) => {
    const cx = x(l.gap);
    const ly = 26 + (i % 2) * 30;
    marks.push(
      line(cx, ly + 6, cx, zy, ['fg-line-ink', 'fg-thin']),
      circle(cx, zy, 6, ['fg-fill-s6']),
      text(cx, ly, `${l.label} ${gapText(l.gap)}`, { anchor: 'middle', size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    );
  });
  return {
    id: ID,
    title: '薪酬差距的两条判断线',
    caption: `不低于市场中位数才算具竞争力；低于市场不超过 ${formatPercent(warning)} 可以接受，超过 ${formatPercent(warning)} 进入预警，超过 ${formatPercent(danger)} 就是危险区。示例公司的主管一级已在预警区，经理一级进入了危险区。`,
    kind: 'example',
    summary: `一条从 −30% 到 +12% 的薪酬差距数轴，分成四段：低于 ${gapText(-danger, 0)} 为危险，${gapText(-danger, 0)} 到 ${gapText(-warning, 0)} 为预警，${gapText(-warning, 0)} 到 0 为可接受，0 及以上（不低于市场中位数）为具竞争力。${v.levels.map((l) => `${l.label} ${gapText(l.gap)}（${ZONE_LABEL[l.status]}）`).join('，')}。`,
    width: 640,
    height: zy + zh + 56,
    marks,
    data: {
      kind: 'table',
      head: ['职级', '市场中位数（万元/年）', '本企业（万元/年）', '差距', '判断'],
      rows: v.levels.map((l) => [l.label, l.market.toFixed(1), l.ours.toFixed(1), gapText(l.gap), ZONE_LABEL[l.status]]),
    },
    mentions: { module: 'employee-churn-causes', strings: ['−8.3%', '−17.0%', '−22.9%', '12.0', '16.6', '27.0'] },
  };
}
