/**
 * Build settings that keep the JavaScript a page runs before the learner interacts small
 * (issue 15: at most 10 KB gzip on a module page; `npm run bench` and test/unit/page-weight
 * check it). Two things, both about how Vite splits the client code:
 *
 * 1. `import url from 'lazy-chunk:./search'` makes the module (with what it imports) a chunk of
 *    its own and gives its URL, for `import(url)` when a script needs it. Vite wraps every
 *    `import('./x')` in its preload helper (0.9 KB gzip), which then loads with the importing
 *    script; the one script every page runs (src/scripts/site.ts) loads the search UI and the
 *    offline registration only later, so it uses this instead. The URL is relative to the
 *    importing chunk (`new URL(…, import.meta.url)`), so it also works in an LMS package.
 * 2. The progress path — the store, the record, its reader, the reading rule and the module
 *    page's tracker — is one chunk. Rolldown would otherwise split it into a chunk per set of
 *    pages sharing it (five files on a module page), and each file costs its own gzip overhead.
 */

const PREFIX = 'lazy-chunk:';

/** Modules of the progress path, all in one chunk (paths from the project root). */
const NANOSTORES = /[\\/]node_modules[\\/]nanostores[\\/](?:atom|lifecycle)[\\/]/;
const PROGRESS_PATH =
  /[\\/](?:src[\\/](?:stores[\\/]progress|lib[\\/]progress-(?:record|schema|limits)|lib[\\/]reading|lib[\\/]quiz[\\/]pass-mark|components[\\/]progress[\\/]storage-notice|scripts[\\/]module-tracker)\.ts)$/;

/**
 * @param {RegExp[]} omit modules not built at all (their URL is ''), e.g. the offline
 *   registration in a build without a service worker
 * @returns {import('vite').Plugin}
 */
function lazyChunkUrls(omit) {
  let serve = false;
  return {
    name: 'retention-academy:lazy-chunk-urls',
    enforce: 'pre',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const target = await this.resolve(source.slice(PREFIX.length), importer);
      if (!target) this.error(`${source}: cannot resolve ${source.slice(PREFIX.length)} from ${importer}`);
      return `\0${PREFIX}${target.id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const file = id.slice(PREFIX.length + 1);
      if (omit.some((re) => re.test(file))) return 'export default "";';
      // Dev server: Vite serves and transforms the source file itself.
      if (serve) return `export default ${JSON.stringify(`/@fs${file.startsWith('/') ? '' : '/'}${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/**
 * @param {{ offline: boolean }} options offline: false (OFFLINE=off) leaves out the service
 *   worker's registration chunk, which such a build never loads
 * @returns {import('astro').AstroIntegration}
 */
export function pageWeight({ offline }) {
  return {
    name: 'retention-academy:page-weight',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [lazyChunkUrls(offline ? [] : [/[\\/]src[\\/]scripts[\\/]offline\.ts$/])],
            build: {
              rolldownOptions: {
                output: {
                  codeSplitting: {
                    groups: [
                      // nanostores first: the simulator and other islands share it without the progress path.
                      { name: 'nanostores', test: NANOSTORES, priority: 2 },
                      { name: 'progress', test: PROGRESS_PATH, priority: 1 },
                    ],
                  },
                },
              },
            },
          },
        });
      },
    },
  };
}
