import { describe, expect, it } from 'vitest';
import { islandRuntime } from '../../../src/lib/present/island-runtime';

const define = '<script>(()=>{customElements.define("astro-island",class extends HTMLElement{})})();</script>';
const visible = '<script>(()=>{(self.Astro||(self.Astro={})).visible=1})();</script>';
const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const island = '<astro-island uid="a" ssr client="visible"><section class="calc"><script type="x">inner</script><p>85.0%</p></section></astro-island>';

describe('islandRuntime', () => {
  it('keeps the hydration runtime and style, drops the islands and the text', () => {
    const html = `<ul><li>留存率</li></ul>${style}${visible}${define}${island}<p>请全场报数</p>`;
    expect(islandRuntime(html)).toBe(`${style}${visible}${define}`);
  });

  it('returns nothing when the discarded HTML carried no runtime', () => {
    expect(islandRuntime(`<ul><li>一点</li></ul>${island}${island}`)).toBe('');
    expect(islandRuntime('')).toBe('');
  });

  it('drops scripts that belong to an island, keeps runtime placed between islands', () => {
    expect(islandRuntime(`${island}${define}${island}`)).toBe(define);
  });
});
