/**
 * Every Markdown table sits in its own sideways-scrolling box, so a wide table never widens a
 * phone page (module risk-tiering's example table was 552 px at 360 px).
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { tableScroll, TABLE_SCROLL_CLASS } from '../../src/plugins/table-scroll.mjs';

const TABLE = '| 层级 | 人数 |\n| --- | --- |\n| 极高 | 50 |\n';

describe('tableScroll', () => {
  it('wraps a Markdown table in div.table-scroll', () => {
    const { html } = markdownToHtml(TABLE, { hastPlugins: [tableScroll()] });
    expect(html.trim()).toMatch(new RegExp(`^<div class="${TABLE_SCROLL_CLASS}"><table>[\\s\\S]*</table></div>$`));
  });

  it('wraps each of several tables once, and leaves other content alone', () => {
    const { html } = markdownToHtml(`${TABLE}\n段落\n\n${TABLE}`, { hastPlugins: [tableScroll()] });
    expect(html.match(/<div class="table-scroll">/g)).toHaveLength(2);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<p>段落</p>');
  });
});
