/**
 * Stable argsort for large numeric columns, faster than a comparator sort: the distinct values
 * are found with the engine's native typed-array sort, each item gets the rank of its value by
 * binary search, and a counting sort over ranks lays the items out (Knuth, TAOCP vol. 3, §5.2,
 * "distribution counting"). Ties keep the input order. Values must not be NaN.
 */
export function argsortAscending(values: ArrayLike<number>, rows: ArrayLike<number> | null = null): Int32Array {
  const m = rows === null ? values.length : rows.length;
  const vals = new Float64Array(m);
  for (let k = 0; k < m; k++) vals[k] = values[rows === null ? k : (rows[k] as number)] as number;
  const sorted = vals.slice().sort();
  let u = 0;
  for (let k = 0; k < m; k++) {
    const v = sorted[k] as number;
    if (u === 0 || v !== sorted[u - 1]) sorted[u++] = v;
  }
  const unique = sorted.subarray(0, u);
  const rank = new Int32Array(m);
  const start = new Int32Array(u + 1);
  for (let k = 0; k < m; k++) {
    const v = vals[k] as number;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((unique[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    rank[k] = lo;
    start[lo + 1] = (start[lo + 1] as number) + 1;
  }
  for (let r = 0; r < u; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const out = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const r = rank[k] as number;
    out[start[r] as number] = rows === null ? k : (rows[k] as number);
    start[r] = (start[r] as number) + 1;
  }
  return out;
}

/** Indices ordered by value, highest first; ties by input order. */
export function argsortDescending(values: ArrayLike<number>, rows: ArrayLike<number> | null = null): Int32Array {
  const m = rows === null ? values.length : rows.length;
  const neg = new Float64Array(m);
  for (let k = 0; k < m; k++) neg[k] = -(values[rows === null ? k : (rows[k] as number)] as number);
  const order = argsortAscending(neg);
  if (rows === null) return order;
  const out = new Int32Array(m);
  for (let k = 0; k < m; k++) out[k] = rows[order[k] as number] as number;
  return out;
}
