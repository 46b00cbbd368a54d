/**
 * The hook every progress-aware island uses: reads the saved progress once per page (after
 * hydration, so server HTML and the first client render agree), follows the shared atom, and
 * shows the one "无法保存学习进度" notice when storage is unavailable or unreadable.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $loaded, $progress, $storage, $unreadableFrom, STORAGE_MESSAGES, initProgress, type StorageState } from '../../stores/progress';
import type { Progress } from '../../lib/progress';
import './progress.css';

const NOTICE_ID = 'progress-storage-notice';

/** One notice per page, however many islands ask for it; placed at the top of <main>. */
function showNotice(message: string): void {
  let el = document.getElementById(NOTICE_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = NOTICE_ID;
    el.className = 'storage-notice';
    el.setAttribute('role', 'status');
    const main = document.getElementById('main') ?? document.body;
    main.prepend(el);
  }
  el.textContent = message;
}

function hideNotice(): void {
  document.getElementById(NOTICE_ID)?.remove();
}

export function useProgress(): { progress: Progress; loaded: boolean; storage: StorageState } {
  const progress = useStore($progress);
  const loaded = useStore($loaded);
  const storage = useStore($storage);
  const from = useStore($unreadableFrom);
  // The first client render must match the server's (nothing loaded): reading a store can
  // load it at once, and Preact's hydration does not patch attributes that differ.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    initProgress();
    setHydrated(true);
  }, []);
  useEffect(() => {
    if (!loaded || !hydrated) return;
    if (storage === 'ok') hideNotice();
    else showNotice(STORAGE_MESSAGES[storage === 'unreadable' && from === 'other-tab' ? 'other-tab' : storage]);
  }, [storage, loaded, from, hydrated]);
  return { progress, loaded: loaded && hydrated, storage };
}
