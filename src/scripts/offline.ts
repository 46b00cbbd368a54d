/**
 * The service worker (offline after one visit), registered after the page has loaded, and the
 * "new version" notice. workbox-window and this code load only then, in their own chunk.
 *
 * A deploy installs a new worker that waits. The page then says so; the new version takes
 * over on the next page load (the first page of a visit that finds a waiting worker activates
 * it and reloads at once, before the learner starts), or at once with 立即更新. A page is
 * never left running on old HTML with the new worker's assets: if another tab activated the
 * new version, this page asks to be reloaded.
 */
import { Workbox } from 'workbox-window';

const NOTICE_ID = 'update-notice';

function notice(text: string, action?: { label: string; run: () => void }): void {
  let box = document.getElementById(NOTICE_ID);
  if (!box) {
    box = document.createElement('div');
    box.id = NOTICE_ID;
    box.className = 'update-notice';
    box.setAttribute('role', 'status');
    const main = document.querySelector('main');
    if (main) main.before(box);
    else document.body.prepend(box);
  }
  const p = document.createElement('p');
  p.textContent = text;
  box.replaceChildren(p);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run, { once: true });
    box.append(button);
  }
}

export function registerOffline(): void {
  const wb = new Workbox('/sw.js', { scope: '/' });
  let asked = false;
  const activateAndReload = () => {
    asked = true;
    wb.messageSkipWaiting();
  };
  wb.addEventListener('controlling', (event) => {
    if (!event.isUpdate) return; // the first install: nothing to reload
    if (asked) location.reload();
    else notice('课程已在另一个标签页更新到新版本，请重新载入本页。', { label: '重新载入', run: () => location.reload() });
  });
  wb.addEventListener('waiting', (event) => {
    if (event.wasWaitingBeforeRegister) activateAndReload();
    else notice('课程有新版本：下次打开页面时自动更新。', { label: '立即更新', run: activateAndReload });
  });
  wb.register().catch(() => undefined); // no worker (private mode, storage off): the site works online as before
}
