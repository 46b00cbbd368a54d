/** Set by astro.config.mjs (vite.define): false when built with OFFLINE=off (an LMS package). */
declare const __OFFLINE__: boolean;
