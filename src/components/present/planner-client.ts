/**
 * The planner page: reads the selection from the URL (ignoring invalid parts, with a notice
 * listing them as text), mirrors it in the form, and renders the agenda; every change rewrites
 * the URL with history.replaceState. All text is set with textContent: nothing from the URL is
 * ever inserted as HTML.
 */
import { buildAgenda, formatClock, formatDuration, parseSelection, writeSelection, type PlannerModule, type Selection } from '../../lib/present/planner';
import { echoList, omittedLine } from '../../lib/echo-text';

const form = document.querySelector<HTMLFormElement>('[data-planner-form]');
const data = document.getElementById('planner-catalogue');
if (form && data) start(form, JSON.parse(data.textContent ?? '[]') as PlannerModule[]);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function start(form: HTMLFormElement, catalogue: PlannerModule[]): void {
  const bySlug = new Map(catalogue.map((m) => [m.slug, m]));
  const q = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
  const notice = q('[data-planner-notice]');
  const startInput = q<HTMLInputElement>('#planner-start');
  const breakInput = q<HTMLInputElement>('#planner-break');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  const parsed = parseSelection(new URLSearchParams(window.location.search), catalogue);
  if (parsed.ignored.length > 0) {
    const list = echoList(parsed.ignored.map((i) => `${i.param}（${i.reason}）`), 10, 48);
    notice.replaceChildren(el('p', '链接中有部分内容无法使用，已忽略：'), el('ul'));
    const ul = notice.querySelector('ul')!;
    for (const line of list.shown) ul.appendChild(el('li', line));
    const more = omittedLine(list);
    if (more) ul.appendChild(el('li', more));
    notice.hidden = false;
  }
  fill(parsed.selection);
  render(parsed.selection);
  // The URL is rewritten without the ignored parts.
  replaceUrl(parsed.selection);

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });

  function fill(selection: Selection): void {
    for (const box of boxes) box.checked = box.name === 'm' ? selection.modules.includes(box.value) : selection.activities.includes(box.value);
    startInput.value = formatClock(selection.start).slice(0, 5);
    breakInput.value = String(selection.breakMinutes);
  }

  function fromForm(): Selection {
    // Reuse the URL parser: the form is read as the query string it would submit.
    const params = new URLSearchParams();
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    if (startInput.value) params.set('start', startInput.value);
    if (breakInput.value !== '') params.set('break', breakInput.value);
    return parseSelection(params, catalogue).selection;
  }

  function replaceUrl(selection: Selection): void {
    const query = writeSelection(selection).toString();
    history.replaceState(history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }

  function update(): void {
    const selection = fromForm();
    replaceUrl(selection);
    render(selection);
  }

  function render(selection: Selection): void {
    const agenda = buildAgenda(selection, catalogue);
    const table = q<HTMLTableElement>('[data-planner-table]');
    const rows = q('[data-planner-rows]');
    const total = q('[data-planner-total]');
    const links = q('[data-planner-links]');
    rows.replaceChildren();
    links.replaceChildren();
    const has = agenda.rows.length > 0;
    table.hidden = !has;
    q('[data-planner-links-title]').hidden = !has;
    q('[data-planner-actions]').hidden = !has;
    total.textContent = has
      ? `${formatClock(agenda.start)}–${formatClock(agenda.end)}，共 ${formatDuration(agenda.totalMinutes)}（含休息 ${agenda.breakMinutes} 分钟），${selection.modules.length} 个模块。`
      : '还没有选择模块。';
    total.dataset['minutes'] = String(agenda.totalMinutes);
    for (const row of agenda.rows) {
      const tr = el('tr', undefined, { 'data-kind': row.kind });
      tr.appendChild(el('td', formatClock(row.start)));
      if (row.kind === 'break') {
        tr.appendChild(el('td', '休息', { colspan: '2' }));
      } else {
        tr.appendChild(el('td', bySlug.get(row.module)?.title ?? ''));
        tr.appendChild(el('td', row.kind === 'activity' ? `可选${row.activityKind}：${row.title}` : row.title));
      }
      tr.appendChild(el('td', String(row.minutes)));
      rows.appendChild(tr);
    }
    for (const slug of selection.modules) {
      const m = bySlug.get(slug)!;
      const li = el('li');
      li.appendChild(el('strong', m.title));
      li.append('：');
      const targets: [string, string][] = [
        [`/present/${slug}/`, '幻灯片'],
        [`/present/${slug}/speaker/`, '讲者视图'],
        [`/trainer/${slug}/`, '引导手册'],
        [`/modules/${slug}/`, '学员讲义'],
        [`/trainer/${slug}/key/`, '测验答案'],
      ];
      targets.forEach(([href, label], i) => {
        if (i > 0) li.append(' · ');
        li.appendChild(el('a', label, { href }));
      });
      links.appendChild(li);
    }
    const workbook = q<HTMLAnchorElement>('[data-planner-workbook]');
    const params = new URLSearchParams(selection.modules.map((m) => ['m', m]));
    workbook.href = `/workbook/${selection.modules.length ? `?${params.toString()}` : ''}`;
  }
}
