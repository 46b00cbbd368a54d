/**
 * The audience window: reveal.js runs the deck (keys, touch swipe, overview, blank screen,
 * progress bar, scaling, `#/<n>` hash, print view); this file adds what reveal.js does not do
 * the way a trainer needs it — a slide number typed then Enter, S for the speaker view, the
 * quiz's 揭晓答案 button — and keeps the speaker view in sync over a BroadcastChannel. The
 * position itself lives in the pure reducer of src/lib/present/deck-state.ts.
 */
import Reveal from 'reveal.js';
import { deckReducer, initialState, positionOf, type DeckAction, type DeckPosition, type DeckState } from '../../lib/present/deck-state';
import { channelName, parseSyncMessage, SYNC_VERSION, type SyncMessage } from '../../lib/present/sync-message';
import { PRINT_HEIGHT, PRINT_WIDTH } from './print-view';

/** The canvas every slide is laid out on; reveal.js scales it to the screen (16:9). */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

const root = document.querySelector<HTMLElement>('.reveal[data-deck]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const slug = root.dataset['deck'] ?? '';
  const sections = [...root.querySelectorAll<HTMLElement>(':scope > .slides > section')];
  const shape = { fragments: sections.map((s) => Number(s.dataset['fragments']) || 0) };
  const reduce = deckReducer(shape);
  const printing = /print-pdf/.test(window.location.search);
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const speakerUrl = `/present/${slug}/speaker/`;

  const deck = new Reveal(root, {
    // Print: one slide per A4-landscape page (./print-view.ts).
    width: printing ? PRINT_WIDTH : SLIDE_WIDTH,
    height: printing ? PRINT_HEIGHT : SLIDE_HEIGHT,
    margin: printing ? 0 : 0.04,
    center: false,
    hash: true,
    hashOneBasedIndex: true,
    fragmentInURL: false,
    respondToHashChanges: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    transition: still ? 'none' : 'slide',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    help: false,
    autoAnimate: false,
    // reveal.js exposes its API to any frame through postMessage unless told not to.
    postMessage: false,
    postMessageEvents: false,
    previewLinks: false,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    keyboard: { 83: () => openSpeaker() },
  });

  let state: DeckState = initialState(shape);
  let timerStartedAt: number | null = null;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(slug)) : null;
  const send = (message: SyncMessage) => channel?.postMessage(message);
  const publish = () => send({ v: SYNC_VERSION, kind: 'state', from: 'deck', position: positionOf(state) });
  const jumpLine = document.querySelector<HTMLElement>('[data-deck-jump]');
  const announcer = document.querySelector<HTMLElement>('[data-deck-announce]');

  function openSpeaker(): void {
    window.open(`${speakerUrl}#/${state.index + 1}`, `ra-speaker-${slug}`);
  }

  function revealPosition(): Omit<DeckPosition, 'changedAt'> {
    const r = deck.getState();
    return { index: r.indexh, fragment: typeof r.indexf === 'number' ? r.indexf : -1, blank: r.paused, overview: r.overview };
  }

  function samePosition(a: Omit<DeckPosition, 'changedAt'>, b: Omit<DeckPosition, 'changedAt'>): boolean {
    return a.index === b.index && a.fragment === b.fragment && a.blank === b.blank && a.overview === b.overview;
  }

  /** Make reveal.js show `state` (its events then find nothing new to report). */
  function applyToReveal(): void {
    const r = revealPosition();
    if (r.index !== state.index || r.fragment !== state.fragment) deck.slide(state.index, 0, state.fragment);
    if (deck.isPaused() !== state.blank) deck.togglePause(state.blank);
    if (deck.isOverview() !== state.overview) deck.toggleOverview(state.overview);
  }

  function showJump(): void {
    if (!jumpLine) return;
    jumpLine.textContent = state.jump ? `跳到第 ${state.jump} 张（按 Enter 确认，Esc 取消）` : '';
    jumpLine.hidden = state.jump === '';
  }

  function dispatch(action: DeckAction): void {
    const next = reduce(state, action);
    if (next === state) return;
    const moved = !samePosition(next, state) || next.changedAt !== state.changedAt;
    state = next;
    applyToReveal();
    showJump();
    if (moved && action.type !== 'remote') publish();
  }

  /** A change made in this window through reveal.js (keys, swipe, controls, overview clicks). */
  function fromReveal(): void {
    const r = revealPosition();
    if (samePosition(r, state)) return;
    const now = Date.now();
    let next = reduce(state, { type: 'go', index: r.index, fragment: r.fragment, now });
    next = reduce(next, { type: 'blank', on: r.blank, now });
    next = reduce(next, { type: 'overview', on: r.overview, now });
    state = { ...next, changedAt: now };
    publish();
    showJump();
  }

  function announce(): void {
    const current = deck.getCurrentSlide();
    const title = current?.querySelector('.slide-title, .deck-title')?.textContent?.trim() ?? '';
    if (announcer) announcer.textContent = `第 ${state.index + 1} 张，共 ${sections.length} 张${title ? `：${title}` : ''}`;
  }

  function syncAnswerButtons(): void {
    for (const section of sections) {
      const answer = section.querySelector('[data-quiz-answer]');
      const button = section.querySelector<HTMLButtonElement>('[data-reveal-answer]');
      if (!answer || !button) continue;
      const shown = answer.classList.contains('visible');
      button.setAttribute('aria-expanded', String(shown));
      button.textContent = shown ? '隐藏答案' : '揭晓答案';
    }
  }

  await deck.initialize();
  // The reveal.js API, for the console and for the browser tests that walk every slide.
  (window as unknown as { revealDeck: typeof deck }).revealDeck = deck;

  if (printing) return;


  state = { ...initialState(shape, deck.getState().indexh), ...revealPosition(), changedAt: 0, jump: '' };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'overviewshown', 'overviewhidden']) {
    deck.on(event, () => {
      fromReveal();
      syncAnswerButtons();
      if (event === 'slidechanged') announce();
    });
  }
  syncAnswerButtons();

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-reveal-answer]')) {
    button.addEventListener('click', () => {
      const answer = button.closest('section')?.querySelector('[data-quiz-answer]');
      if (answer?.classList.contains('visible')) deck.prevFragment();
      else deck.nextFragment();
    });
  }

  // Digits then Enter jump to that slide; Esc cancels a number being typed. Capture phase, so a
  // pending number's Enter / Esc never reaches reveal.js (which would open the overview).
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (/^[0-9]$/.test(event.key)) {
        dispatch({ type: 'digit', digit: event.key });
        event.preventDefault();
      } else if (event.key === 'Enter' && state.jump !== '') {
        dispatch({ type: 'enter', now: Date.now() });
        event.preventDefault();
        event.stopPropagation();
      } else if (event.key === 'Escape' && state.jump !== '') {
        dispatch({ type: 'cancel-jump' });
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true,
  );

  if (channel) {
    channel.addEventListener('message', (event: MessageEvent) => {
      const message = parseSyncMessage(event.data);
      if (!message || message.from === 'deck') return;
      if (message.kind === 'hello') {
        publish();
        send({ v: SYNC_VERSION, kind: 'timer', from: 'deck', startedAt: timerStartedAt });
      } else if (message.kind === 'state') {
        dispatch({ type: 'remote', position: message.position });
        announce();
      } else {
        timerStartedAt = message.startedAt;
      }
    });
    send({ v: SYNC_VERSION, kind: 'hello', from: 'deck' });
  }
  root.dataset['ready'] = 'true';
}
