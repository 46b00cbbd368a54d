/**
 * The simulator's run state machine, as a pure reducer: (state, event) → (state, effects). The
 * store (src/stores/simulator.ts) performs the effects — post a message to the Worker (after a
 * delay, for a refit while the learner is still typing), or terminate and restart it — and feeds
 * the Worker's replies back as events.
 *
 * Which message a settings change sends: if the Worker holds (or has been sent) a fit with the
 * same `fitKey`, only `tier` (re-tier the kept scores: ≤ 100 ms at 100k rows); otherwise `fit`
 * (debounced by FIT_DELAY_MS, except the first). A fit requested while another fit is running
 * restarts the Worker first: the Worker computes synchronously, so terminating it is the only
 * way to stop a run — as is `cancel`. After a restart the Worker holds nothing, so the next
 * change refits. Replies to anything but the latest request are ignored.
 */
import type { FieldError } from '../result';
import type { Progress } from './fit-run';
import type { ResultView, UploadInfo } from './result-view';
import type { FitRequest, SimulatorRequest } from './scenario-input';
import type { TieringInput } from './tier-run';
import type { FittedModel } from './fitted-model';

export const FIT_DELAY_MS = 250;

/** Which population a request tiers: the training data, or a second file scored by the model. */
export type Target = { kind: 'training' } | { kind: 'new'; version: number; name: string };

/** Messages to the Worker (the store attaches the files a message's versions name). */
export type WorkerMessage =
  | { type: 'fit'; id: number; fit: FitRequest; fitKey: string; tiering: TieringInput; target: Target }
  | { type: 'tier'; id: number; fitKey: string; tiering: TieringInput; target: Target }
  /** The tiered list as CSV, or (`what: 'model'`) the fitted model of the last result, for the model exports. */
  | { type: 'export'; id: number; what?: 'csv' | 'model' };

/** Replies from the Worker. */
export type WorkerReply =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'loaded'; id: number; info: UploadInfo; target: 'training' | 'new' }
  | { type: 'result'; id: number; result: ResultView }
  | { type: 'error'; id: number; errors: FieldError[] }
  /** The Worker does not hold the fit a `tier` message expected (e.g. after a failed fit). */
  | { type: 'needs-fit'; id: number }
  | { type: 'export'; id: number; csv: string | null; model?: FittedModel | null };

export type Busy = { kind: 'fit' | 'tier'; id: number; progress: Progress | null };

export interface RunState {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  busy: Busy | null;
  /** The last successful result (kept, dimmed, while a new one is computed or after an error). */
  result: ResultView | null;
  errors: FieldError[];
  /** What the Worker learnt about the training upload and the new-data file. */
  upload: UploadInfo | null;
  newData: UploadInfo | null;
  /** Results received so far (lets tests and the live region tell a new result from the last). */
  runs: number;
  nextId: number;
  /** Latest request (replies to older ids are ignored). */
  latest: { id: number; request: SimulatorRequest; target: Target } | null;
  /** The fit the Worker holds once the messages sent so far are processed (null: none). */
  sentFitKey: string | null;
  /** A fit waiting for its delay (not yet sent). */
  scheduled: boolean;
}

export type RunEvent =
  | { type: 'request'; request: SimulatorRequest; target: Target }
  /** The store sent a delayed message. */
  | { type: 'sent'; id: number }
  | { type: 'reply'; reply: WorkerReply }
  | { type: 'crashed' }
  | { type: 'cancel' }
  /** A new training file was chosen (or cleared): forget what was shown about the old one. */
  | { type: 'file' };

export type Effect = { type: 'post'; message: WorkerMessage; delayMs: number; restartFirst: boolean } | { type: 'restart' };

export const initialRunState: RunState = {
  status: 'idle',
  busy: null,
  result: null,
  errors: [],
  upload: null,
  newData: null,
  runs: 0,
  nextId: 1,
  latest: null,
  sentFitKey: null,
  scheduled: false,
};

function fitEffect(state: RunState, id: number, request: SimulatorRequest, target: Target, delayMs: number): Effect {
  return {
    type: 'post',
    message: { type: 'fit', id, fit: request.fit, fitKey: request.fitKey, tiering: request.tiering, target },
    delayMs,
    // Only a fit the Worker is already computing needs stopping.
    restartFirst: state.busy?.kind === 'fit' && !state.scheduled,
  };
}

export function reduce(state: RunState, event: RunEvent): { state: RunState; effects: Effect[] } {
  switch (event.type) {
    case 'request': {
      const id = state.nextId;
      const { request, target } = event;
      const base = { ...state, nextId: id + 1, latest: { id, request, target }, status: 'running' as const, errors: [] };
      if (!state.scheduled && state.sentFitKey === request.fitKey) {
        const message: WorkerMessage = { type: 'tier', id, fitKey: request.fitKey, tiering: request.tiering, target };
        return { state: { ...base, busy: { kind: 'tier', id, progress: null } }, effects: [{ type: 'post', message, delayMs: 0, restartFirst: false }] };
      }
      const first = state.runs === 0 && state.busy === null && state.result === null;
      return {
        state: { ...base, busy: { kind: 'fit', id, progress: null }, scheduled: true },
        effects: [fitEffect(state, id, request, target, first ? 0 : FIT_DELAY_MS)],
      };
    }
    case 'sent': {
      if (state.latest === null || event.id !== state.latest.id) return { state, effects: [] };
      return { state: { ...state, scheduled: false, sentFitKey: state.latest.request.fitKey }, effects: [] };
    }
    case 'reply': {
      const r = event.reply;
      if (r.type === 'export') return { state, effects: [] };
      const latest = state.latest;
      if (r.type === 'loaded') {
        if (latest === null || r.id > latest.id) return { state, effects: [] };
        return { state: r.target === 'training' ? { ...state, upload: r.info } : { ...state, newData: r.info }, effects: [] };
      }
      if (latest === null || r.id !== latest.id) return { state, effects: [] };
      if (r.type === 'progress') {
        return state.busy === null ? { state, effects: [] } : { state: { ...state, busy: { ...state.busy, progress: r.progress } }, effects: [] };
      }
      if (r.type === 'result') {
        return { state: { ...state, status: 'done', busy: null, result: r.result, errors: [], runs: state.runs + 1 }, effects: [] };
      }
      if (r.type === 'needs-fit') {
        const id = state.nextId;
        const next = { ...state, nextId: id + 1, latest: { ...latest, id }, sentFitKey: null, scheduled: true, busy: { kind: 'fit' as const, id, progress: null } };
        return { state: next, effects: [fitEffect({ ...state, busy: null }, id, latest.request, latest.target, 0)] };
      }
      // A failed fit leaves the Worker without a usable model.
      const failedFit = state.busy?.kind === 'fit';
      return { state: { ...state, status: 'error', busy: null, errors: r.errors, sentFitKey: failedFit ? null : state.sentFitKey }, effects: [] };
    }
    case 'crashed':
      return {
        state: { ...state, status: 'error', busy: null, scheduled: false, sentFitKey: null, errors: [{ field: 'internal', message: '计算线程出错，已重新启动。请修改任一设置或点“重新计算”再试。' }] },
        effects: [{ type: 'restart' }],
      };
    case 'cancel':
      if (state.busy === null) return { state, effects: [] };
      return { state: { ...state, status: 'cancelled', busy: null, scheduled: false, sentFitKey: null, latest: null }, effects: [{ type: 'restart' }] };
    case 'file':
      return { state: { ...state, upload: null, newData: null }, effects: [] };
  }
}
