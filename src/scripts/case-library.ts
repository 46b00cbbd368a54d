/**
 * The case library's filter (/cases/): the page lists every case without JavaScript; this script
 * shows the filter form, applies the filter of the URL (src/lib/case-filter.ts reads it and
 * reports what it ignored), hides the cases that do not match, and keeps the URL current with
 * history.replaceState as the learner changes a filter, so a trainer can bookmark or share
 * “the retail cases about 职业发展”. Everything from the URL is rendered as text.
 */
import {
  caseCountLine,
  describeCaseFilterIgnored,
  matchesCase,
  readCaseFilter,
  writeCaseFilter,
  CASE_FILTER_PARAMS,
  type CaseFacets,
  type CaseFilter,
  type CaseVocabulary,
} from '../lib/case-filter';

const form = document.querySelector<HTMLFormElement>('[data-case-filter]');
const list = document.querySelector<HTMLElement>('[data-case-list]');

if (form && list) {
  const items = [...list.querySelectorAll<HTMLElement>('[data-case]')].map((el) => ({
    el,
    facets: {
      industry: el.dataset['industry'] ?? '',
      themes: JSON.parse(el.dataset['themes'] ?? '[]') as string[],
      subject: el.dataset['subject'],
      origin: el.dataset['origin'],
    } as CaseFacets,
  }));
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const optionValues = (name: string) => [...select(name).options].map((o) => o.value).filter(Boolean);
  const vocab: CaseVocabulary = { industries: optionValues('industry'), themes: optionValues('theme') };
  const count = form.querySelector<HTMLElement>('[data-case-count]')!;
  const empty = document.querySelector<HTMLElement>('[data-case-empty]');

  const apply = (filter: CaseFilter) => {
    let shown = 0;
    for (const { el, facets } of items) {
      const match = matchesCase(facets, filter);
      el.hidden = !match;
      if (match) shown++;
    }
    count.textContent = caseCountLine(shown, items.length);
    if (empty) empty.hidden = shown > 0;
  };

  const fromForm = (): CaseFilter => {
    const filter: Record<string, string> = {};
    for (const name of CASE_FILTER_PARAMS) if (select(name).value) filter[name] = select(name).value;
    return filter as CaseFilter;
  };

  const writeUrl = (filter: CaseFilter) => {
    const query = writeCaseFilter(filter).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  // The filter of the URL, and a notice for what it could not use.
  const { filter, ignored } = readCaseFilter(new URLSearchParams(location.search), vocab);
  for (const name of CASE_FILTER_PARAMS) select(name).value = filter[name] ?? '';
  const notice = form.querySelector<HTMLElement>('[data-case-notice]');
  const lines = describeCaseFilterIgnored(ignored);
  if (notice && lines.length) {
    const ul = notice.querySelector('[data-case-notice-list]')!;
    ul.replaceChildren(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
    notice.hidden = false;
  }
  form.hidden = false;
  apply(filter);

  form.addEventListener('change', () => {
    const next = fromForm();
    apply(next);
    writeUrl(next);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => {
    // After the form has reset its selects to “全部”.
    setTimeout(() => {
      apply({});
      writeUrl({});
      if (notice) notice.hidden = true;
    });
  });
}
