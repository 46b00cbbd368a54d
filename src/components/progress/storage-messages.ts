/**
 * The text of the one notice a page shows when progress cannot be saved (why: the store's
 * `$storage` and `$unreadableFrom`). Loaded only when a notice is shown (storage-notice.ts), so
 * the pages that save normally never download it.
 */
export const STORAGE_MESSAGES: Readonly<Record<'unavailable' | 'unreadable' | 'other-tab', string>> = {
  unavailable: '无法保存学习进度：浏览器禁用了本地存储（例如隐私模式）或空间已满。课程可以照常学习，但关闭页面后进度不会保留。',
  unreadable: '无法保存学习进度：本浏览器中保存的进度已损坏，或来自更新版本的课程，无法读取。为了不覆盖它，本页不会改动它；课程可以照常学习。如需重新开始记录，可在“学习进度”页重置或导入进度文件。',
  'other-tab': '已停止保存学习进度：另一个标签页刚刚保存了本页无法读取的进度（可能来自更新版本的课程）。为了不覆盖它，本页不再写入；请刷新页面后继续。',
};
