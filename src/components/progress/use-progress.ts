/**
 * The hook every progress-aware island uses: reads the saved progress once per page (after
 * hydration, so server HTML and the first client render agree), follows the shared atom, and
 * shows the one "无法保存学习进度" notice when storage is unavailable or unreadable.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $loaded, $progress, $storage, $unreadableFrom, initProgress, type StorageState } from '../../stores/progress';
import { syncStorageNotice } from './storage-notice';
import type { Progress } from '../../lib/progress';
import './progress.css';

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
    if (loaded && hydrated) syncStorageNotice();
  }, [storage, loaded, from, hydrated]);
  return { progress, loaded: loaded && hydrated, storage };
}
