/**
 * The one "无法保存学习进度" notice a page shows when progress cannot be saved, however many
 * progress views (Preact islands through use-progress.ts, or the plain scripts of the module
 * and home pages) ask for it. Placed at the top of <main>, as a polite status.
 */
import { $loaded, $storage, $unreadableFrom } from '../../stores/progress';
// The notice's text is a chunk of its own, loaded when a notice is shown (src/integrations/page-weight.mjs).
import messagesUrl from 'lazy-chunk:./storage-messages';

const NOTICE_ID = 'progress-storage-notice';

/** The notice element, created at once (hidden until its text has loaded). */
function noticeElement(): HTMLElement {
  let el = document.getElementById(NOTICE_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = NOTICE_ID;
    el.className = 'storage-notice';
    el.setAttribute('role', 'status');
    el.hidden = true;
    const main = document.getElementById('main') ?? document.body;
    main.prepend(el);
  }
  return el;
}

function hideNotice(): void {
  document.getElementById(NOTICE_ID)?.remove();
}

let messages: Promise<typeof import('./storage-messages')> | undefined;

/** Show or remove the notice for the store's current state (nothing before it has loaded). */
export function syncStorageNotice(): void {
  if (!$loaded.get()) return;
  if ($storage.get() === 'ok') return hideNotice();
  // The element at once (hidden): the page has its notice from the moment the store is read.
  noticeElement();
  messages ??= import(/* @vite-ignore */ messagesUrl) as Promise<typeof import('./storage-messages')>;
  messages.then(
    ({ STORAGE_MESSAGES }) => {
      // The state may have changed while the text loaded: show what is true now.
      const storage = $storage.get();
      if (storage === 'ok') return hideNotice();
      const el = noticeElement();
      el.textContent = STORAGE_MESSAGES[storage === 'unreadable' && $unreadableFrom.get() === 'other-tab' ? 'other-tab' : storage];
      el.hidden = false;
    },
    // Not loaded (the site itself unreachable): the page works on without the notice.
    () => undefined,
  );
}

/** Keep the notice in step with the store from now on (for the plain scripts). */
export function followStorageNotice(): void {
  for (const store of [$loaded, $storage, $unreadableFrom]) store.listen(syncStorageNotice);
  syncStorageNotice();
}
