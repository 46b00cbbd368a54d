import { describe, expect, it } from 'vitest';
import { blockIndexFor, formatElapsed, pace, paceText } from '../../../src/lib/present/timing';

const blocks = [
  { id: 'opening', title: '开场', minutes: 3, sections: [] },
  { id: 'a', title: 'A', minutes: 10, sections: ['definition', 'retention-rate'] },
  { id: 'b', title: 'B', minutes: 7, sections: ['churn-rate'] },
];
const order = ['definition', 'retention-rate', 'churn-rate', 'in-practice'];

describe('block of a slide', () => {
  it('is the block that lists the slide’s section', () => {
    expect(blockIndexFor(blocks, 'retention-rate', order)).toBe(1);
    expect(blockIndexFor(blocks, 'churn-rate', order)).toBe(2);
  });
  it('is the first block for the title and agenda', () => {
    expect(blockIndexFor(blocks, null, order)).toBe(0);
  });
  it('is the block of the nearest earlier section for an unlisted section, the quiz and takeaways', () => {
    expect(blockIndexFor(blocks, 'in-practice', order)).toBe(2);
    expect(blockIndexFor(blocks, 'quiz', order)).toBe(2);
    expect(blockIndexFor(blocks, 'takeaways', order)).toBe(2);
  });
  it('falls back to the first block before any listed section, and −1 without blocks', () => {
    expect(blockIndexFor([blocks[0]!, blocks[2]!], 'definition', order)).toBe(0);
    expect(blockIndexFor([{ ...blocks[0]!, sections: [] }], 'quiz', order)).toBe(0);
    expect(blockIndexFor([], 'definition', order)).toBe(-1);
  });
});

describe('clock', () => {
  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_600_000 + 61_000)).toBe('1:01:01');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
  });
  it('says whether a block is on time, nearly over, or over', () => {
    expect(pace(0, 10)).toBe('on-time');
    expect(pace(8 * 60_000, 10)).toBe('on-time');
    expect(pace(9 * 60_000, 10)).toBe('nearly');
    expect(pace(10 * 60_000, 10)).toBe('nearly');
    expect(pace(10 * 60_000 + 1, 10)).toBe('over');
    expect(pace(2 * 60_000 + 1, 3)).toBe('nearly');
  });
  it('writes the clock line in Chinese', () => {
    expect(paceText(65_000, 9)).toBe('已用 1:05 / 计划 9 分钟');
    expect(paceText(8.5 * 60_000, 9)).toBe('已用 8:30 / 计划 9 分钟（即将到时）');
    expect(paceText(10 * 60_000, 9)).toBe('已用 10:00 / 计划 9 分钟（超时）');
  });
});
