/**
 * Module 留存与流失 (#explicit-vs-implicit): implicit churn has no leaving day, so it needs a
 * rule. The module's bakery members buy about every 3 weeks; a member is counted as lost after 90
 * days without a purchase. One member's purchases, the last one, and the day the rule counts them.
 * The member is invented for the picture (示例).
 */
import { circle, line, rect, scale, text } from '../draw';
import type { FigureSpec, Mark } from '../types';

const ID = 'implicit-churn-window';
const INTERVAL_DAYS = 21;
const WINDOW_DAYS = 90;
/** The member's purchases (days since the year began): regular, then thinning out, then none. */
const PURCHASES = [0, 21, 40, 63, 84, 110, 150];

export function implicitChurnWindow(): FigureSpec {
  const last = PURCHASES[PURCHASES.length - 1]!;
  const counted = last + WINDOW_DAYS;
  const x = scale(0, 270, 40, 600);
  const ay = 100;
  const marks: Mark[] = [line(30, ay, 610, ay, ['fg-line-ink'])];
  for (const d of [0, 60, 120, 180, 240]) marks.push(line(x(d), ay - 4, x(d), ay + 4, ['fg-line-ink']), text(x(d), ay + 24, `第 ${d} 天`, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }));
  for (const d of PURCHASES) marks.push(circle(x(d), ay, 7, ['fg-fill-s1']));
  marks.push(
    text(x(0), ay - 20, `消费：约每 ${INTERVAL_DAYS / 7} 周一次`, { size: 's', cls: ['fg-ink-s1', 'fg-bold'] }),
    text(x(last), ay - 20, '最后一次消费', { anchor: 'middle', size: 's', cls: ['fg-ink'] }),
    rect(x(last), ay + 52, x(counted) - x(last), 30, ['fg-tint-s3'], 4),
    text((x(last) + x(counted)) / 2, ay + 72, `连续 ${WINDOW_DAYS} 天无消费`, { anchor: 'middle', size: 's' }),
    line(x(counted), ay - 46, x(counted), ay + 86, ['fg-line-s4', 'fg-thick']),
    text(x(counted), ay - 54, '这一天计为流失', { anchor: 'middle', size: 's', cls: ['fg-ink-s4', 'fg-bold'] }),
    text(x(110), ay + 72, '间隔拉长：用量下降是前奏', { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }),
    text(40, ay + 116, `判定窗口取正常购买间隔的若干倍：太短会误判，太长发现得太晚。`, { size: 's', cls: ['fg-ink-muted'] }),
  );
  return {
    id: ID,
    title: '隐性流失的判定窗口',
    caption: `会员平均每 ${INTERVAL_DAYS / 7} 周消费一次，公司约定“连续 ${WINDOW_DAYS} 天无消费即计为流失”。这位会员没有说过“我不来了”，是规则让这次流失出现在报表里。图中的会员是示例。`,
    kind: 'example',
    summary: `一位会员的消费记录：前几次大约每 3 周一次，之后间隔拉长，第 ${last} 天是最后一次消费；从那天起连续 ${WINDOW_DAYS} 天没有消费，到第 ${counted} 天按规则计为流失。`,
    width: 640,
    height: ay + 130,
    marks,
    data: {
      kind: 'list',
      items: [
        `消费日（第几天）：${PURCHASES.join('、')}。`,
        `第 ${last} 天是最后一次消费。`,
        `规则“连续 ${WINDOW_DAYS} 天无消费即计为流失”：第 ${counted} 天计为流失。`,
        '判定窗口参考正常购买间隔：太短会把暂时没来的会员误判为流失，太长则发现得太晚。',
      ],
    },
    mentions: { module: 'retention-basics', strings: ['每 3 周消费一次', '连续 90 天无消费即计为流失'] },
  };
}
