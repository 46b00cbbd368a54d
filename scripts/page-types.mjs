/**
 * Page types, for the figures that are reported per type (npm run bench: JS and CSS per page;
 * npm run audit: one Lighthouse run per type). The first pattern that matches a URL path wins;
 * a path no pattern matches is 'other'. A new kind of page joins the reports with one line.
 */
export const PAGE_TYPES = [
  ['home', /^\/$/],
  ['module', /^\/modules\/[^/]+\/$/],
  ['tools-index', /^\/tools\/$/],
  ['tool', /^\/tools\/[^/]+\/$/],
  ['simulator', /^\/simulator\/$/],
  ['assessment', /^\/assessment\/$/],
  ['deck', /^\/present\/[^/]+\/$/],
  ['speaker', /^\/present\/[^/]+\/speaker\/$/],
  ['present-index', /^\/present\/$/],
  ['planner', /^\/trainer\/$/],
  ['answer-key', /^\/trainer\/[^/]+\/key\/$/],
  ['guide', /^\/trainer\/[^/]+\/$/],
  ['workbook', /^\/workbook/],
  ['review', /^\/review\/$/],
  ['cases', /^\/cases\/$/],
  ['case', /^\/cases\/[^/]+\/$/],
  ['glossary', /^\/glossary\/$/],
];

/**
 * @param {string} path a URL path such as /modules/retention-basics/
 * @returns {string}
 */
export function typeOf(path) {
  return /** @type {string} */ (PAGE_TYPES.find(([, re]) => /** @type {RegExp} */ (re).test(path))?.[0] ?? 'other');
}
