/**
 * Module 流失的代价 (#word-of-mouth): what the company hears of 100 dissatisfied customers.
 * Course reference figures (seed 002, no source given): 96% of dissatisfied customers never
 * complain, and each tells 9–15 people. Drawn as 100 dots, 4 of them complaints.
 */
import { circle, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'silent-majority';
const SILENT_SHARE = 0.96;
const TELLS = { low: 9, high: 15 };
const N = 100;

export function silentMajority(): FigureSpec {
  const complain = Math.round(N * (1 - SILENT_SHARE));
  const marks: Mark[] = [];
  const gx = 52;
  const gy = 40;
  const step = 24;
  for (let i = 0; i < N; i++) {
    const cx = gx + (i % 10) * step;
    const cy = gy + Math.floor(i / 10) * step;
    marks.push(i < complain ? circle(cx, cy, 8, ['fg-fill-s4']) : circle(cx, cy, 7, ['fg-line-s6', 'fg-thin']));
  }
  const tx = 320;
  marks.push(
    circle(tx + 8, 52, 8, ['fg-fill-s4']),
    text(tx + 26, 58, `${complain} 位投诉：企业听得到`, { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    circle(tx + 8, 96, 7, ['fg-line-s6', 'fg-thin']),
    text(tx + 26, 102, `${N - complain} 位不投诉，直接转向对手`, { size: 'm', cls: ['fg-ink', 'fg-bold'] }),
    ...textBlock(tx, 170, [`每位不满的客户平均告诉 ${TELLS.low}–${TELLS.high} 人：`, `${N} 位不满客户，约 ${(N * TELLS.low).toLocaleString('zh-CN')}–${(N * TELLS.high).toLocaleString('zh-CN')} 人`, '听到了这个品牌的坏话'], { size: 'm' }),
    text(tx, 248, '“投诉少”不等于“客户满意”', { size: 'm', cls: ['fg-ink-s4', 'fg-bold'] }),
  );
  return {
    id: ID,
    title: '投诉只是冰山一角',
    caption: `${N} 位不满意的客户里，按课程参考值只有约 ${complain} 位会投诉；其余的人一声不吭地离开，却在别处讲述了自己的经历。`,
    kind: 'reference',
    summary: `${N} 个圆点代表 ${N} 位不满意的客户，其中 ${complain} 个实心点是会投诉的客户，${N - complain} 个空心点是不投诉、直接转向竞争对手的客户。按每人告诉 ${TELLS.low}–${TELLS.high} 人估算，约 ${N * TELLS.low} 到 ${N * TELLS.high} 人听到负面经历。`,
    width: 640,
    height: 280,
    marks,
    data: {
      kind: 'table',
      head: ['课程参考值', '100 位不满客户中'],
      rows: [
        ['不投诉、直接转向竞争对手：96%', `${N - complain} 位`],
        ['会投诉：4%', `${complain} 位`],
        [`每人平均告诉 ${TELLS.low}–${TELLS.high} 人`, `约 ${(N * TELLS.low).toLocaleString('zh-CN')}–${(N * TELLS.high).toLocaleString('zh-CN')} 人听到`],
      ],
    },
    mentions: { module: 'cost-of-churn', strings: ['96%', '9–15', '900', '1,500'] },
  };
}
