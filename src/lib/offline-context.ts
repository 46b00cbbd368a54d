/**
 * Whether this page may register the offline service worker.
 *
 * Not inside an LMS package: an LMS runs a SCORM package in a frame of its player, or in a
 * window its player opened; SCORM's API discovery (`API` for 1.2, `API_1484_11` for 2004)
 * searches exactly those two ways — the parent frames, then the opener. A page that is framed
 * or has an opener is therefore never given a service worker. The build switch `OFFLINE=off`
 * (astro.config.mjs) removes the worker and its registration from a build altogether; this
 * check is the run-time guard for a package made from a normal build.
 */
export interface BrowsingContext {
  readonly self: unknown;
  readonly top: unknown;
  readonly opener: unknown;
}

export type OfflineDecision = { register: true } | { register: false; reason: 'framed' | 'opened-by-another-window' };

export function offlineDecision(ctx: BrowsingContext): OfflineDecision {
  if (ctx.top !== ctx.self) return { register: false, reason: 'framed' };
  if (ctx.opener) return { register: false, reason: 'opened-by-another-window' };
  return { register: true };
}
