/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares, IRLS).
 *
 * Model: P(y = 1 | x) = σ(b + Σ_j β_j z_j), σ(t) = 1 / (1 + e^−t), z_j = (x_j − mean_j) / sd_j
 * (standardised on the training rows). Objective (maximised): the log-likelihood
 * Σ_i [y_i log μ_i + (1 − y_i) log(1 − μ_i)] − (λ/2) Σ_j β_j² (the intercept is not penalised).
 * Newton step: (Zᵀ W Z + λ I) Δ = Zᵀ (y − μ) − λ β, W = diag(μ_i (1 − μ_i)), solved by Cholesky,
 * halving the step while the objective does not improve.
 * Source: Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §4.4.1
 * (IRLS) and §4.4.4 (L2-regularised logistic regression).
 */
import { columnStats, type Design } from './dataset';

export interface LogisticOptions {
  /** L2 penalty λ (≥ 0) on standardised coefficients. Default 1. */
  lambda?: number;
  /** Maximum Newton iterations. Default 30. */
  maxIterations?: number;
}

export interface LogisticModel {
  kind: 'logistic';
  intercept: number;
  /** Coefficients per standardised feature (log-odds per standard deviation). */
  coefficients: Float64Array;
  mean: Float64Array;
  sd: Float64Array;
  iterations: number;
  converged: boolean;
  lambda: number;
}

/** σ(t) = 1 / (1 + e^−t), computed without overflow. */
export function sigmoid(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

/** Solve A x = b for symmetric positive definite A (size m, row-major) by Cholesky; null if singular. */
export function choleskySolve(a: Float64Array, b: Float64Array, m: number): Float64Array | null {
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * m + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * m + k] as number) * (l[j * m + k] as number);
      if (i === j) {
        // Relative pivot tolerance: a pivot that is rounding noise next to the diagonal entry
        // means the matrix is (numerically) singular.
        if (!(s > 1e-10 * (1 + Math.abs(a[i * m + i] as number)))) return null;
        l[i * m + i] = Math.sqrt(s);
      } else l[i * m + j] = s / (l[j * m + j] as number);
    }
  }
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * m + k] as number) * (y[k] as number);
    y[i] = s / (l[i * m + i] as number);
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < m; k++) s -= (l[k * m + i] as number) * (x[k] as number);
    x[i] = s / (l[i * m + i] as number);
  }
  return x;
}

function objective(z: Float64Array, m: number, y: Uint8Array, w: Float64Array, lambda: number): number {
  const rows = y.length;
  let ll = 0;
  for (let r = 0; r < rows; r++) {
    let t = w[0] as number;
    const base = r * (m - 1);
    for (let j = 1; j < m; j++) t += (w[j] as number) * (z[base + j - 1] as number);
    // log σ(t) = −log(1 + e^−t); stable softplus.
    const sp = t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    ll += y[r] === 1 ? t - sp : -sp;
  }
  let pen = 0;
  for (let j = 1; j < m; j++) pen += (w[j] as number) * (w[j] as number);
  return ll - (lambda / 2) * pen;
}

/** Fit on the given training rows of a design; y is the 0/1 label per row of the design. */
export function fitLogistic(design: Design, y: Uint8Array, rows: ArrayLike<number>, options: LogisticOptions = {}): LogisticModel {
  const lambda = options.lambda !== undefined && Number.isFinite(options.lambda) && options.lambda >= 0 ? options.lambda : 1;
  const maxIterations = options.maxIterations ?? 30;
  const { p, x } = design;
  const { mean, sd } = columnStats(design, rows);
  const n = rows.length;
  const m = p + 1;
  // Standardised training matrix and labels, contiguous for speed.
  const z = new Float64Array(n * p);
  const yy = new Uint8Array(n);
  let positives = 0;
  for (let r = 0; r < n; r++) {
    const i = rows[r] as number;
    yy[r] = y[i] as number;
    positives += y[i] as number;
    for (let j = 0; j < p; j++) z[r * p + j] = ((x[i * p + j] as number) - (mean[j] as number)) / (sd[j] as number);
  }
  const w = new Float64Array(m);
  const rate = n > 0 ? (positives + 0.5) / (n + 1) : 0.5;
  w[0] = Math.log(rate / (1 - rate));
  let current = objective(z, m, yy, w, lambda);
  let iterations = 0;
  let converged = false;
  const h = new Float64Array(m * m);
  const g = new Float64Array(m);
  const row = new Float64Array(m);
  row[0] = 1;
  while (iterations < maxIterations) {
    iterations++;
    h.fill(0);
    g.fill(0);
    for (let r = 0; r < n; r++) {
      const base = r * p;
      let t = w[0] as number;
      for (let j = 0; j < p; j++) {
        const v = z[base + j] as number;
        row[j + 1] = v;
        t += (w[j + 1] as number) * v;
      }
      const mu = sigmoid(t);
      const wt = mu * (1 - mu);
      const resid = (yy[r] as number) - mu;
      for (let a = 0; a < m; a++) {
        const ra = row[a] as number;
        g[a] = (g[a] as number) + ra * resid;
        const wa = wt * ra;
        const off = a * m;
        for (let b = 0; b <= a; b++) h[off + b] = (h[off + b] as number) + wa * (row[b] as number);
      }
    }
    for (let a = 0; a < m; a++) for (let b = 0; b < a; b++) h[b * m + a] = h[a * m + b] as number;
    for (let j = 1; j < m; j++) {
      h[j * m + j] = (h[j * m + j] as number) + lambda;
      g[j] = (g[j] as number) - lambda * (w[j] as number);
    }
    let step = choleskySolve(h, g, m);
    if (step === null) {
      // Singular (e.g. λ = 0 with a full one-hot block): retry with a small ridge on the diagonal.
      let maxDiag = 0;
      for (let j = 0; j < m; j++) maxDiag = Math.max(maxDiag, h[j * m + j] as number);
      for (let j = 0; j < m; j++) h[j * m + j] = (h[j * m + j] as number) + 1e-6 * (1 + maxDiag);
      step = choleskySolve(h, g, m);
    }
    if (step === null) break;
    let scale = 1;
    let accepted = false;
    const trial = new Float64Array(m);
    for (let half = 0; half < 20; half++) {
      for (let j = 0; j < m; j++) trial[j] = (w[j] as number) + scale * (step[j] as number);
      const next = objective(z, m, yy, trial, lambda);
      if (Number.isFinite(next) && next >= current - 1e-12) {
        accepted = true;
        const gain = next - current;
        w.set(trial);
        current = next;
        let maxStep = 0;
        for (let j = 0; j < m; j++) maxStep = Math.max(maxStep, Math.abs(scale * (step[j] as number)));
        if (maxStep < 1e-7 || gain < 1e-10 * (1 + Math.abs(current))) converged = true;
        break;
      }
      scale /= 2;
    }
    if (!accepted) {
      converged = true;
      break;
    }
    if (converged) break;
  }
  return { kind: 'logistic', intercept: w[0] as number, coefficients: w.slice(1), mean, sd, iterations, converged, lambda };
}

/** Linear predictor b + Σ β_j z_j for one row of a design. */
export function logisticLogit(model: LogisticModel, x: Float64Array, p: number, i: number): number {
  let t = model.intercept;
  const base = i * p;
  for (let j = 0; j < p; j++) {
    t += (model.coefficients[j] as number) * (((x[base + j] as number) - (model.mean[j] as number)) / (model.sd[j] as number));
  }
  return t;
}

/** Churn probability for every row of a design. */
export function predictLogistic(model: LogisticModel, design: Design): Float64Array {
  const out = new Float64Array(design.n);
  for (let i = 0; i < design.n; i++) out[i] = sigmoid(logisticLogit(model, design.x, design.p, i));
  return out;
}
