/**
 * The deck's print view (`?print-pdf`): one slide per A4-landscape page, 297 × 210 mm at 96 px
 * per inch. reveal.js lays each slide out on this canvas and, when its print view starts, adds two
 * `<style>` elements sized from it (reveal.js 6, js/controllers/printview.js `activate()`). The
 * strict CSP blocks inline styles, so the deck page allows exactly these two texts by hash; if a
 * reveal.js release writes them differently, the deck print test sees the CSP violation.
 */
export const PRINT_WIDTH = 1123;
export const PRINT_HEIGHT = 793;

/** The texts of reveal.js's print-view `<style>` elements for a canvas with no margin. */
export function revealPrintStyles(width = PRINT_WIDTH, height = PRINT_HEIGHT): string[] {
  return [
    `@page{size:${width}px ${height}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}
