/**
 * Unwrapping the course's metric functions inside figure definitions. A figure draws fixed,
 * valid numbers (a module's worked example, a course default), so a failed computation is a
 * programming error in the definition: it stops the build with the figure and the messages.
 */
import type { Result } from '../result';

export function valueOf<T>(figure: string, r: Result<T>): T {
  if (r.ok) return r.value;
  throw new Error(`图 ${figure} 的数据无效：${r.errors.map((e) => e.message).join('；')}`);
}
