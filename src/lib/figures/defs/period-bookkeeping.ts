/**
 * Module 留存与流失 (#consistency-check): one quarter of the store example as bookkeeping — the
 * starting staff split into those who stayed and those who left, the ending staff into the same
 * stayers and the new hires still there, and the three who came and went in between.
 * Numbers: the module's 连锁门店 example (120 at the start, 118 at the end, 12 new hires still
 * there, 17 leavers of whom 3 joined in the quarter); rates by the retention and churn metrics.
 */
import { churnRate, retentionRate } from '../../metrics';
import { formatPercent } from '../../format';
import { arrow, box, line, text, textBlock } from '../draw';
import type { FigureSpec, Mark } from '../types';
import { valueOf } from '../util';

const ID = 'period-bookkeeping';
const START = 120;
const END = 118;
const ADDED = 12;
const LEAVERS = 17;
const CAME_AND_WENT = 3;

export function periodBookkeeping(): FigureSpec {
  const kept = valueOf(ID, retentionRate({ start: START, end: END, added: ADDED }, 'employee'));
  const lostFromStart = kept.lost; // 14
  const churn = valueOf(ID, churnRate({ start: START, lost: lostFromStart }));
  const u = 2; // canvas units per person
  const top = 56;
  const keptH = kept.retained * u;
  const lx = 40;
  const rx = 440;
  const w = 160;
  const marks: Mark[] = [
    text(lx + w / 2, 36, `期初 ${START} 人`, { anchor: 'middle', size: 'l', cls: ['fg-ink', 'fg-bold'] }),
    text(rx + w / 2, 36, `期末 ${END} 人`, { anchor: 'middle', size: 'l', cls: ['fg-ink', 'fg-bold'] }),
    // The stayers, the same people on both sides, joined by a band.
    line(lx + w, top + 1, rx, top + 1, ['fg-line-s1', 'fg-dashed']),
    line(lx + w, top + keptH - 1, rx, top + keptH - 1, ['fg-line-s1', 'fg-dashed']),
    ...arrow(lx + w + 30, top + keptH / 2 + 34, rx - 30, top + keptH / 2 + 34, { cls: ['fg-line-s1'] }),
    ...box(lx, top, w, keptH, ['留下', `${kept.retained} 人`], { paint: 's1', size: 'l', bold: true }),
    ...box(rx, top, w, keptH, ['留下', `${kept.retained} 人`], { paint: 's1', size: 'l', bold: true }),
    ...textBlock(320, top + keptH / 2 - 12, ['从期初一直留到期末', `${START} − ${lostFromStart} = ${END} − ${ADDED} = ${kept.retained}`], { anchor: 'middle', size: 'm' }),
    ...box(lx, top + keptH, w, lostFromStart * u, `流失 ${lostFromStart} 人`, { paint: 's4', size: 's' }),
    ...box(rx, top + keptH, w, ADDED * u, `新增 ${ADDED} 人`, { paint: 's2', size: 's' }),
  ];
  const noteY = top + keptH + 40;
  marks.push(
    { kind: 'rect', x: 200, y: noteY, w: 240, h: 52, rx: 6, cls: ['fg-line-s3', 'fg-dashed'] },
    ...textBlock(320, noteY + 26, [`期内入职又离开：${CAME_AND_WENT} 人`, `流失数 ${LEAVERS} = ${lostFromStart} + ${CAME_AND_WENT}`], { anchor: 'middle', size: 's' }),
  );
  const fy = noteY + 84;
  marks.push(
    text(40, fy, `留存率 = ${kept.retained} ÷ ${START} ≈ ${formatPercent(kept.rate)}`, { size: 'm' }),
    text(40, fy + 26, `流失率（只看期初那批人）= ${lostFromStart} ÷ ${START} ≈ ${formatPercent(churn.rate)}`, { size: 'm' }),
    text(40, fy + 52, `${formatPercent(kept.rate)} + ${formatPercent(churn.rate)} = 100%`, { size: 'm', cls: ['fg-ink-s1', 'fg-bold'] }),
  );
  return {
    id: ID,
    title: '一个统计期的账',
    caption: `门店第二季度：期初的人要么留下、要么流失；期末的人是同一批留下的人加上仍在岗的新员工。期内入职又离开的 ${CAME_AND_WENT} 人两头都不在，只出现在流失数里。`,
    kind: 'example',
    summary: `期初 ${START} 人分成留下 ${kept.retained} 人和流失 ${lostFromStart} 人；期末 ${END} 人分成同样的 ${kept.retained} 人和新增 ${ADDED} 人；另有 ${CAME_AND_WENT} 人期内入职又离开。留存率约 ${formatPercent(kept.rate)}，只看期初那批人的流失率约 ${formatPercent(churn.rate)}，两者相加为 100%。`,
    width: 640,
    height: fy + 70,
    marks,
    data: {
      kind: 'table',
      head: ['项目', '人数', '说明'],
      rows: [
        ['期初', `${START}`, '第二季度第一天在岗'],
        ['留下', `${kept.retained}`, '期初在岗、期末仍在岗'],
        ['流失（期初那批人）', `${lostFromStart}`, `${START} − ${kept.retained}`],
        ['新增（期末仍在）', `${ADDED}`, '本季度入职且季末仍在岗'],
        ['期末', `${END}`, `${kept.retained} + ${ADDED}`],
        ['期内入职又离开', `${CAME_AND_WENT}`, `计入流失数 ${LEAVERS}，不在期初和期末名单里`],
      ],
    },
    mentions: { module: 'retention-basics', strings: ['120 − 14 = 106', '118 − 12 = 106', '88.3%', '11.7%'] },
  };
}
