/**
 * The speaker view: shows the current and next slide (static previews rendered at build time),
 * the notes and the clock; drives the audience window and follows it, over a BroadcastChannel.
 * Either window may be opened first and either may be reloaded: each says `hello` when it
 * opens, the other answers with its position, and the newer position wins (deck-state.ts).
 * The speaker view's own URL keeps `#/<n>` too, so reloading it alone returns to the slide.
 */
import { deckReducer, initialState, parseSlideHash, positionOf, slideHash, type DeckAction, type DeckState } from '../../lib/present/deck-state';
import { channelName, parseSyncMessage, SYNC_VERSION, type SyncMessage } from '../../lib/present/sync-message';
import { paceText, pace } from '../../lib/present/timing';

const root = document.querySelector<HTMLElement>('[data-speaker]');
if (root) start(root);

function start(root: HTMLElement): void {
  const slug = root.dataset['speaker'] ?? '';
  const moduleMinutes = Number(root.dataset['minutes']) || 0;
  const previews = [...root.querySelectorAll<HTMLElement>('[data-preview]')];
  const notes = [...root.querySelectorAll<HTMLElement>('[data-notes]')];
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-blocks] > li')].map((li) => ({ title: li.textContent?.trim() ?? '', minutes: Number(li.dataset['minutes']) || 0 }));
  const store = root.querySelector<HTMLElement>('.speaker-store')!;
  const frames = {
    current: root.querySelector<HTMLElement>('[data-frame="current"]')!,
    next: root.querySelector<HTMLElement>('[data-frame="next"]')!,
    notes: root.querySelector<HTMLElement>('[data-frame="notes"]')!,
  };
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const shape = { fragments: previews.map((p) => Number(p.dataset['fragments']) || 0) };
  const reduce = deckReducer(shape);
  let state: DeckState = initialState(shape, parseSlideHash(window.location.hash, previews.length) ?? 0);
  let deckSeen = false;
  let startedAt: number | null = null;
  let blockEnteredAt = Date.now();
  let shownBlock = -1;

  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(slug)) : null;
  const send = (message: SyncMessage) => channel?.postMessage(message);
  const publish = () => send({ v: SYNC_VERSION, kind: 'state', from: 'speaker', position: positionOf(state) });
  const sendTimer = () => send({ v: SYNC_VERSION, kind: 'timer', from: 'speaker', startedAt });

  function place(frame: HTMLElement, el: HTMLElement | undefined): void {
    for (const child of [...frame.children]) store.appendChild(child);
    if (el) frame.appendChild(el);
  }

  function render(): void {
    const i = state.index;
    const current = previews[i];
    place(frames.current, current);
    place(frames.next, previews[i + 1]);
    place(frames.notes, notes[i]);
    if (!previews[i + 1]) frames.next.dataset['empty'] = '已是最后一张';
    else delete frames.next.dataset['empty'];
    if (current) current.dataset['revealed'] = String(state.fragment >= 0);
    q('[data-speaker-position]')!.textContent = `第 ${i + 1} / ${previews.length} 张${state.blank ? '（黑屏中）' : ''}${state.jump ? `，跳到第 ${state.jump} 张？按 Enter` : ''}`;
    q('[data-speaker-current-title]')!.textContent = current?.dataset['title'] ?? '';
    q('[data-speaker-next-title]')!.textContent = previews[i + 1]?.dataset['title'] ?? '';
    q('[data-speaker-blank]')!.setAttribute('aria-pressed', String(state.blank));
    const block = Number(current?.dataset['block'] ?? -1);
    if (block !== shownBlock) {
      shownBlock = block;
      blockEnteredAt = Date.now();
      q('[data-block-title]')!.textContent = blocks[block]?.title ?? '';
    }
    const hash = slideHash(i);
    if (window.location.hash !== hash) history.replaceState(history.state, '', hash);
    tick();
  }

  function tick(): void {
    const now = Date.now();
    const clock = new Date(now);
    q('[data-clock-now]')!.textContent = `${String(clock.getHours()).padStart(2, '0')}:${String(clock.getMinutes()).padStart(2, '0')}`;
    const block = blocks[shownBlock];
    const blockElapsed = startedAt === null ? 0 : now - Math.max(blockEnteredAt, startedAt);
    const totalElapsed = startedAt === null ? 0 : now - startedAt;
    const blockLine = q('[data-block-pace]')!;
    blockLine.textContent = paceText(blockElapsed, block?.minutes ?? moduleMinutes);
    blockLine.dataset['pace'] = pace(blockElapsed, block?.minutes ?? moduleMinutes);
    const totalLine = q('[data-total-pace]')!;
    totalLine.textContent = paceText(totalElapsed, moduleMinutes);
    totalLine.dataset['pace'] = pace(totalElapsed, moduleMinutes);
    const startButton = q<HTMLButtonElement>('[data-clock-start]')!;
    startButton.disabled = startedAt !== null;
    startButton.textContent = startedAt === null ? '开始计时' : '计时中';
  }

  function startClock(at: number): void {
    startedAt = at;
    blockEnteredAt = at;
    sendTimer();
    tick();
  }

  function dispatch(action: DeckAction): void {
    const next = reduce(state, action);
    if (next === state) return;
    const moved = next.changedAt !== state.changedAt;
    state = next;
    if (moved && action.type !== 'remote') {
      publish();
      // The clock starts with the first move, unless the presenter started it already.
      if (startedAt === null) startClock(Date.now());
    }
    render();
  }

  const now = () => Date.now();
  q('[data-speaker-prev]')!.addEventListener('click', () => dispatch({ type: 'prev', now: now() }));
  q('[data-speaker-next]')!.addEventListener('click', () => dispatch({ type: 'next', now: now() }));
  q('[data-speaker-blank]')!.addEventListener('click', () => dispatch({ type: 'blank', now: now() }));
  q('[data-clock-start]')!.addEventListener('click', () => startClock(now()));
  q('[data-clock-reset]')!.addEventListener('click', () => startClock(now()));
  q<HTMLAnchorElement>('[data-speaker-open]')!.addEventListener('click', (event) => {
    event.preventDefault();
    window.open(`/present/${slug}/${slideHash(state.index)}`, `ra-deck-${slug}`);
  });

  // The clicker and the keyboard drive the deck from here too (the speaker view usually has focus).
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const t = now();
    const key = event.key;
    let action: DeckAction | null = null;
    if (['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N'].includes(key) || (key === ' ' && !event.shiftKey)) action = { type: 'next', now: t };
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].includes(key) || (key === ' ' && event.shiftKey)) action = { type: 'prev', now: t };
    else if (key === 'Home') action = { type: 'first', now: t };
    else if (key === 'End') action = { type: 'last', now: t };
    else if (/^[0-9]$/.test(key)) action = { type: 'digit', digit: key };
    else if (key === 'Enter' && state.jump !== '') action = { type: 'enter', now: t };
    else if (key === 'Escape' && state.jump !== '') action = { type: 'cancel-jump' };
    else if (key === 'b' || key === 'B' || key === '.') action = { type: 'blank', now: t };
    if (!action) return;
    // Space and Enter on a focused button press that button instead.
    if ((key === ' ' || key === 'Enter') && target?.tagName === 'BUTTON') return;
    event.preventDefault();
    dispatch(action);
  });

  const status = q('[data-sync-status]')!;
  channel?.addEventListener('message', (event: MessageEvent) => {
    const message = parseSyncMessage(event.data);
    if (!message || message.from === 'speaker') return;
    if (!deckSeen) {
      deckSeen = true;
      status.textContent = '已连接观众窗口。';
    }
    if (message.kind === 'hello') {
      publish();
      sendTimer();
    } else if (message.kind === 'state') {
      // The audience window is followed when neither has been moved yet (a tie).
      dispatch({ type: 'remote', position: message.position, preferOnTie: true });
    } else if (message.startedAt !== null && startedAt === null) {
      startedAt = message.startedAt;
      tick();
    }
  });
  if (!channel) status.textContent = '此浏览器不支持窗口同步：请直接在幻灯片窗口翻页。';

  // Previews are 1280 × 720 slides scaled into their frames.
  const fit = new ResizeObserver((entries) => {
    for (const entry of entries) (entry.target as HTMLElement).style.setProperty('--preview-scale', String(entry.contentRect.width / 1280));
  });
  fit.observe(frames.current);
  fit.observe(frames.next);

  render();
  setInterval(tick, 1000);
  send({ v: SYNC_VERSION, kind: 'hello', from: 'speaker' });
  root.dataset['ready'] = 'true';
}
