/**
 * A case study's Markdown uses `## 背景` … `## 讨论题` for its five sections. Embedded in a
 * module, those must sit below the case title (an h3) and carry no id: the module's outline and
 * its permanent section ids belong to the module alone.
 */
export function demoteCaseSections(html: string): string {
  return html.replace(/<h2(?:\s[^>]*)?>([\s\S]*?)<\/h2>/g, '<h4 class="case-section">$1</h4>');
}
