/**
 * What the course starts from when an LMS launches the package. The LMS is the source of
 * truth: its resume data replaces whatever this browser holds for the LMS's site (another
 * learner may have used this computer, or the same learner another package), and a first
 * launch (no resume data) starts from empty progress. Resume data this release cannot read is
 * never overwritten: the package then runs without writing progress to the LMS (read-only),
 * as the site's store does with a value it cannot read.
 */
import { emptyProgress, type Progress } from '../progress';
import type { PackageModule } from './package-info';
import { decodeSuspendData } from './suspend-data';

export type Restore = { mode: 'report'; progress: Progress; resumed: boolean } | { mode: 'read-only'; progress: Progress; message: string };

export function restoreFrom(suspendData: string, modules: readonly PackageModule[]): Restore {
  if (suspendData === '') return { mode: 'report', progress: emptyProgress(), resumed: false };
  const read = decodeSuspendData(suspendData, modules);
  if (!read.ok) return { mode: 'read-only', progress: emptyProgress(), message: read.message };
  return { mode: 'report', progress: read.progress, resumed: true };
}
