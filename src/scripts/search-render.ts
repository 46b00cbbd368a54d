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

export function renderResults(
  target: HTMLElement,
  term: string,
  hits: SearchHit[] | undefined,
  { compact = false }: { compact?: boolean } = {},
): void {
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  if (hits === undefined) {
    status.textContent = '搜索暂时不可用：搜索索引没有加载成功。请刷新页面后再试。';
    target.replaceChildren(status);
    return;
  }
  status.textContent = hits.length ? `“${term}”找到 ${hits.length} 个页面` : `没有找到与“${term}”相关的内容，换个说法试试，例如“留存率”“流失成本”。`;
  const list = document.createElement('ol');
  list.className = compact ? 'search-results compact' : 'search-results';
  for (const hit of hits) {
    const item = document.createElement('li');
    const heading = document.createElement(compact ? 'p' : 'h2');
    heading.className = 'search-title';
    const link = document.createElement('a');
    link.href = hit.sections[0]?.url ?? hit.url;
    link.textContent = hit.title;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(excerptFragment(hit.sections[0]?.excerpt ?? hit.excerpt));
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
    list.append(item);
  }
  target.replaceChildren(status, list);
}
