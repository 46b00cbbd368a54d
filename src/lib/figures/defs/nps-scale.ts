/**
 * Module 忠诚度测量 (#nps-groups): the 0–10 answer scale and its three groups, each score
 * coloured by the NPS metric's own rule (npsCategory: 9–10 推荐者, 7–8 被动者, 0–6 贬损者).
 */
import { npsCategory } from '../../metrics';
import { rect, text } from '../draw';
import { bracket } from '../shapes';
import type { FigureSpec, Mark, Paint } from '../types';

const ID = 'nps-scale';
const GROUP: Record<ReturnType<typeof npsCategory>, { label: string; paint: Paint; note: string }> = {
  detractor: { label: '贬损者', paint: 'r1', note: '不满意，可能说坏话' },
  passive: { label: '被动者', paint: 'r3', note: '还行，不热情' },
  promoter: { label: '推荐者', paint: 'r4', note: '会主动推荐' },
};

export function npsScale(): FigureSpec {
  const cw = 52;
  const x0 = 34;
  const marks: Mark[] = [text(x0, 24, '“您有多大可能把我们推荐给朋友或同事？”', { size: 'm', cls: ['fg-ink', 'fg-bold'] })];
  const spans = new Map<string, [number, number]>();
  for (let s = 0; s <= 10; s++) {
    const g = npsCategory(s);
    const x = x0 + s * cw;
    marks.push(rect(x + 2, 44, cw - 4, 44, [`fg-tint-${GROUP[g].paint}`], 4), text(x + cw / 2, 72, String(s), { anchor: 'middle', size: 'l', cls: ['fg-ink', 'fg-bold'] }));
    const span = spans.get(g);
    spans.set(g, span ? [span[0], s] : [s, s]);
  }
  const rows: string[][] = [];
  for (const [g, [lo, hi]] of spans) {
    const grp = GROUP[g as keyof typeof GROUP];
    const x1 = x0 + lo * cw + 4;
    const x2 = x0 + (hi + 1) * cw - 4;
    marks.push(
      bracket(x1, x2, 100, [`fg-line-${grp.paint}`], true),
      text((x1 + x2) / 2, 126, grp.label, { anchor: 'middle', size: 'm', cls: [`fg-ink-${grp.paint}`, 'fg-bold'] }),
      text((x1 + x2) / 2, 145, `${lo}–${hi} 分`, { anchor: 'middle', size: 's', cls: ['fg-ink'] }),
      text((x1 + x2) / 2, 164, grp.note, { anchor: 'middle', size: 's', cls: ['fg-ink-muted'] }),
    );
    rows.push([grp.label, `${lo}–${hi} 分`, grp.note]);
  }
  marks.push(text(x0, 200, 'NPS = 推荐者占比 − 贬损者占比；分母是全部有效答卷，被动者也在内', { size: 'm' }));
  return {
    id: ID,
    title: 'NPS 的三类客户',
    caption: '分界线是偏“严格”的：打 7 分或 8 分的客户只算被动者，只有 9 分和 10 分才算推荐者。被动者不进入减法，却留在分母里。',
    kind: 'concept',
    summary: '0 到 10 分的推荐意愿量表：0–6 分是贬损者，7–8 分是被动者，9–10 分是推荐者。NPS 等于推荐者占比减去贬损者占比，分母是全部有效答卷。',
    width: 640,
    height: 212,
    marks,
    data: { kind: 'table', head: ['类别', '分数', '含义'], rows: rows.reverse() },
  };
}
