/**
 * The wire format between the simulator's store and its Worker: the messages of the pure run
 * reducer (src/lib/simulator/run-state.ts), plus the files they name. A `File` is a handle
 * (structured clone does not copy its bytes); the Worker reads it.
 * Uploaded rows never leave the Worker except as the CSV the learner asks to download.
 */
import type { WorkerMessage } from '../../lib/simulator/run-state';
import type { FittedModel } from '../../lib/simulator/fitted-model';

export type ToWorker = WorkerMessage & {
  /** The training upload named by a fit message's source version. */
  training?: Blob;
  /** The new-data file named by a message's target version. */
  newData?: Blob;
  /** The model of a fit message whose source is an imported model file (already validated). */
  imported?: FittedModel;
};

export type { WorkerReply as FromWorker } from '../../lib/simulator/run-state';
export type { ResultView, UploadInfo } from '../../lib/simulator/result-view';
