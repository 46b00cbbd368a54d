/** Set by astro.config.mjs (vite.define): false when built with OFFLINE=off (an LMS package). */
declare const __OFFLINE__: boolean;

/** The URL of a module built as a chunk of its own (src/integrations/page-weight.mjs), for import(url). */
declare module 'lazy-chunk:*' {
  const url: string;
  export default url;
}
