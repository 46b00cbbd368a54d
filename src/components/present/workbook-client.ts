/**
 * /workbook/?m=…: keep only the selected modules (the planner's selection rules, invalid parts
 * ignored with a notice shown as text) and number them in that order.
 */
import { parseSelection, type PlannerModule } from '../../lib/present/planner';
import { echoList, omittedLine } from '../../lib/echo-text';
import './print-button';

const data = document.getElementById('planner-catalogue');
const params = new URLSearchParams(window.location.search);
if (data && [...params.keys()].length > 0) {
  const catalogue = JSON.parse(data.textContent ?? '[]') as PlannerModule[];
  // Only modules matter here; activities, start and break are the planner's and pass silently.
  const { selection, ignored } = parseSelection(params, catalogue);
  const relevant = ignored.filter((i) => i.param.startsWith('m=') || !/^(a|start|break)=/.test(i.param));
  const notice = document.querySelector<HTMLElement>('[data-workbook-notice]');
  if (notice && relevant.length > 0) {
    const list = echoList(relevant.map((i) => `${i.param}（${i.reason}）`), 10, 48);
    const p = document.createElement('p');
    p.textContent = '链接中有部分内容无法使用，已忽略：';
    const ul = document.createElement('ul');
    for (const line of [...list.shown, omittedLine(list)].filter((l): l is string => !!l)) {
      const li = document.createElement('li');
      li.textContent = line;
      ul.appendChild(li);
    }
    notice.replaceChildren(p, ul);
    notice.hidden = false;
  }
  if (selection.modules.length > 0) {
    const chosen = new Set(selection.modules);
    let n = 0;
    for (const article of document.querySelectorAll<HTMLElement>('[data-workbook-module]')) {
      const keep = chosen.has(article.dataset['workbookModule'] ?? '');
      article.hidden = !keep;
      if (keep) {
        n += 1;
        const kicker = article.querySelector('.handout-kicker');
        if (kicker) kicker.textContent = kicker.textContent?.replace(/^第 \d+ 单元/, `第 ${n} 单元`) ?? '';
      }
    }
    for (const li of document.querySelectorAll<HTMLElement>('[data-toc]')) li.hidden = !chosen.has(li.dataset['toc'] ?? '');
    const scope = document.querySelector('[data-workbook-scope]');
    if (scope) scope.textContent = `讲师选定的 ${selection.modules.length} 个模块（完整手册见 /workbook/）。`;
  }
}
