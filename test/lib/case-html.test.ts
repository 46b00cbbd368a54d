import { describe, expect, it } from 'vitest';
import { caseSourceNote, demoteCaseSections } from '../../src/lib/case-html';

describe('demoteCaseSections', () => {
  it('turns every h2 into an id-less h4 and keeps the text and inline markup', () => {
    const html = '<h2 id="背景">背景</h2><p>正文</p><h2 id="讨论题">讨论<em>题</em></h2><ol><li>问</li></ol>';
    expect(demoteCaseSections(html)).toBe(
      '<h4 class="case-section">背景</h4><p>正文</p><h4 class="case-section">讨论<em>题</em></h4><ol><li>问</li></ol>',
    );
  });

  it('leaves other headings and text alone', () => {
    expect(demoteCaseSections('<h3 id="x">x</h3><p>h2 不是标题</p>')).toBe('<h3 id="x">x</h3><p>h2 不是标题</p>');
    expect(demoteCaseSections('')).toBe('');
  });
});

describe('caseSourceNote', () => {
  it('labels a constructed case as ours, with example numbers', () => {
    expect(caseSourceNote({ constructed: true })).toBe('本案例为教学而构造，其中的数字均为示例。');
  });

  it('names the seed of a source case and adds its provenance note', () => {
    expect(caseSourceNote({ constructed: false, source: 'seed-003' })).toBe('资料来源：课程参考资料（种子文档 003），按原资料整理改写。');
    expect(caseSourceNote({ constructed: false, source: 'seed-004', provenance: '原资料只写了做法和结果。' })).toBe(
      '资料来源：课程参考资料（种子文档 004），按原资料整理改写。原资料只写了做法和结果。',
    );
  });
});
