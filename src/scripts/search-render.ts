/**
 * Renders search results with DOM APIs only (never innerHTML): Pagefind's excerpts are turned
 * into text nodes, with its <mark> highlights rebuilt as elements, so nothing from the index or
 * the query can inject markup.
 */
export interface SearchSection {
  url: string;
  title: string;
  excerpt: string;
}
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  sections: SearchSection[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/** Build a fragment from a Pagefind excerpt: text plus <mark> around the matched words. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

export interface RenderedPage {
  /** Number of pages found. */
  total: number;
  hits: SearchHit[];
}

/** “找到 N 个页面”: the same sentence, with the same N, in the dropdown and on the results page. */
export function statusLine(term: string, total: number): string {
  return total ? `“${term}”找到 ${total} 个页面` : `没有找到与“${term}”相关的内容，换个说法试试，例如“留存率”“流失成本”。`;
}

function resultItem(hit: SearchHit, compact: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement(compact ? 'p' : 'h2');
  heading.className = 'search-title';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(excerptFragment(hit.excerpt));
  item.append(heading, excerpt);
  if (hit.sections.length) {
    const sections = document.createElement('ul');
    sections.className = 'search-sections';
    sections.setAttribute('aria-label', `${hit.title} 中的相关小节`);
    for (const s of hit.sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      li.append(a);
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}

/**
 * Render a search result list into `target`. `more` (results page) adds a button that loads
 * the next results into the same list; the compact dropdown links to the results page instead
 * when it shows fewer than all.
 */
export function renderResults(
  target: HTMLElement,
  term: string,
  page: RenderedPage | undefined,
  { compact = false, more }: { compact?: boolean; more?: (offset: number) => Promise<SearchHit[] | null> } = {},
): void {
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  if (page === undefined) {
    status.textContent = '搜索暂时不可用：搜索索引没有加载成功。请刷新页面后再试。';
    target.replaceChildren(status);
    return;
  }
  status.textContent = statusLine(term, page.total);
  const list = document.createElement('ol');
  list.className = compact ? 'search-results compact' : 'search-results';
  for (const hit of page.hits) list.append(resultItem(hit, compact));
  const parts: HTMLElement[] = [status, list];
  if (page.hits.length < page.total) {
    if (compact) {
      const all = document.createElement('p');
      all.className = 'search-all';
      const a = document.createElement('a');
      a.href = `/search/?q=${encodeURIComponent(term)}`;
      a.textContent = `查看全部 ${page.total} 个结果`;
      all.append(a);
      parts.push(all);
    } else if (more) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button secondary search-more';
      button.textContent = '显示更多结果';
      button.addEventListener('click', async () => {
        button.disabled = true;
        const next = await more(list.childElementCount);
        if (!next) return;
        const firstNew = list.childElementCount;
        for (const hit of next) list.append(resultItem(hit, false));
        button.disabled = false;
        if (list.childElementCount >= page.total || next.length === 0) button.remove();
        // Keyboard users continue at the first new result.
        list.children[firstNew]?.querySelector('a')?.focus();
      });
      parts.push(button);
    }
  }
  target.replaceChildren(...parts);
}
