/**
 * An estimate of how wide a label is drawn, for margins and for deciding when bar labels must
 * be turned. Layouts run on the server, where nothing can be measured: Han characters and
 * full-width punctuation are about 1 em wide, Latin letters, digits and ASCII punctuation about
 * 0.6 em (a safe upper bound for the site's sans-serif fonts).
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * fontSize;
}
