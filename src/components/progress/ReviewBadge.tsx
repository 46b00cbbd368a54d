/**
 * The home page's "今日复习 N 题" link (client:idle): shown only when review cards are due today.
 * Counts from the stored queue alone (no question data, no scheduler).
 */
import { dueKeys, endOfDay } from '../../lib/review-due';
import { useProgress } from './use-progress';

export default function ReviewBadge() {
  const { progress, loaded } = useProgress();
  if (!loaded) return null;
  const n = dueKeys(progress, endOfDay(new Date())).length;
  if (n === 0) return null;
  return (
    <a class="button secondary review-badge" href="/review/" data-review-badge>
      今日复习 {n} 题
    </a>
  );
}
