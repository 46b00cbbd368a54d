/**
 * Seeded, stratified train/test split: the labelled rows of each class are shuffled (seeded
 * Fisher–Yates) and the first round(share × class size) go to training, so the test set keeps the
 * population's churn rate (stratification, as in scikit-learn's `train_test_split(stratify=y)`).
 * Unlabelled rows belong to neither set.
 */
import { createRng } from '../random';

export interface Split {
  /** Row indices of the training set, ascending. */
  train: Int32Array;
  /** Row indices of the test set, ascending. */
  test: Int32Array;
  /** 1 for test rows, 0 otherwise (per row of the population). */
  isTest: Uint8Array;
}

export function stratifiedSplit(
  y: Uint8Array,
  labelled: Uint8Array | null,
  trainShare: number,
  seed: string | number,
): Split {
  const share = Number.isFinite(trainShare) ? Math.min(1, Math.max(0, trainShare)) : 0.7;
  const rng = createRng(`split:${seed}`);
  const n = y.length;
  const isTest = new Uint8Array(n);
  const isTrain = new Uint8Array(n);
  for (const cls of [0, 1]) {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if ((labelled === null || labelled[i] === 1) && y[i] === cls) idx.push(i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = idx[i] as number;
      idx[i] = idx[j] as number;
      idx[j] = t;
    }
    const k = Math.round(share * idx.length);
    for (let r = 0; r < idx.length; r++) {
      if (r < k) isTrain[idx[r] as number] = 1;
      else isTest[idx[r] as number] = 1;
    }
  }
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isTrain[i] === 1) train.push(i);
    else if (isTest[i] === 1) test.push(i);
  }
  return { train: Int32Array.from(train), test: Int32Array.from(test), isTest };
}
