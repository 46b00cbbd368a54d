/**
 * A case study's Markdown uses `## 背景` … `## 讨论题` for its five sections. Embedded in a
 * module, those must sit below the case title (an h3) and carry no id: the module's outline and
 * its permanent section ids belong to the module alone.
 */
export function demoteCaseSections(html: string): string {
  return html.replace(/<h2(?:\s[^>]*)?>([\s\S]*?)<\/h2>/g, '<h4 class="case-section">$1</h4>');
}

/** What a case says about where it comes from, shown under it wherever it appears. */
export function caseSourceNote(c: { constructed: boolean; source?: string | undefined; provenance?: string | undefined }): string {
  if (c.constructed) return '本案例为教学而构造，其中的数字均为示例。';
  const seed = c.source ? `（${c.source.replace('seed-', '种子文档 ')}）` : '';
  return `资料来源：课程参考资料${seed}，按原资料整理改写。${c.provenance ?? ''}`;
}
