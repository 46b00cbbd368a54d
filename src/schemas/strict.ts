import { z } from 'astro/zod';

/**
 * `z.strictObject` for content: a key the schema does not know is a build error, not silently
 * dropped (`prerequisite:` for `prerequisites:`, `decimal:` for `decimals:`). The message names
 * the key and the known key it most likely meant, and lists the keys allowed there; Astro's
 * content error adds the file and the path of the object. Same idea as Starlight's schemas.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}

/** Use as `strict.object({ … })` where a schema would say `z.object({ … })`. */
export const strict = { object: strictObject };

/** "不认识的字段「prerequisite」（是不是 prerequisites？）。这里可用的字段：…" */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const each = keys.map((key) => {
    const near = nearestKey(key, known);
    return `不认识的字段“${key}”${near ? `（是不是 ${near}？）` : ''}`;
  });
  return `${each.join('；')}。这里可用的字段：${known.join('、')}`;
}

/** The known key within edit distance 2 of `key` (ignoring case), or one that starts like it. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: { key: string; d: number } | undefined;
  for (const candidate of known) {
    const d = editDistance(k, candidate.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { key: candidate, d };
  }
  return best?.key ?? known.find((c) => k.length >= 4 && c.toLowerCase().startsWith(k));
}

/** Levenshtein distance (insert, delete, substitute: 1 each). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
