import { describe, expect, it } from 'vitest';
import { splitModule, splitLongSlide, staticCopy, escapeHtml, islandRuntime, MAX_LIST_ITEMS } from '../../../src/lib/present/split-module';

// What a module renders in deck mode (DeckH2, Slide, SpeakerNote, a case, calculators, islands).
const html = `
<style>astro-island{display:contents}</style><script>window.islandRuntime=1</script>
<p>Intro prose.</p>
<h2 data-deck-section="definition">定义</h2>
<div data-deck-slide><ul><li>一</li><li>二</li></ul><div data-deck-note><p>问全场</p></div></div>
<p>Section prose.</p>
<div data-deck-note><p>Section note</p></div>
<div data-calc-embed="retention"><astro-island uid="1"><section class="calc"><h3 class="calc-title">留存率计算器</h3></section></astro-island></div>
<h2 data-deck-section="formula">公式</h2>
<div data-deck-slide data-title="试一试"><div data-calc-embed="churn"><astro-island uid="2"><div class="calc" id="calc-slide-churn"><label for="calc-slide-churn-start">期初</label></div></astro-island></div></div>
<div data-deck-slide><p>Second block</p></div>
<article class="case-study" id="case-saas-report"><h3>Case</h3></article>
<div class="wrapper"><article class="case-study" id="case-other"></article><p>kept</p></div>
<section class="quiz-section"><h2>小测验</h2></section>
<h2 data-deck-section="empty">没有幻灯片</h2>
<p>Only prose.</p>
<astro-island uid="3"><div class="sim">simulator</div></astro-island>
<script>window.islandRuntime=1</script>
`;

describe('splitModule', () => {
  const source = splitModule(html);

  it('keeps the prose before the first H2 as the intro', () => {
    expect(source.intro).toBe('<p>Intro prose.</p>');
  });

  it('splits by H2 with the section ids and titles', () => {
    expect(source.sections.map((s) => [s.id, s.title])).toEqual([
      ['definition', '定义'],
      ['formula', '公式'],
      ['empty', '没有幻灯片'],
    ]);
  });

  it('makes each Slide block a slide titled like its section unless it has a title', () => {
    const [definition, formula] = source.sections;
    expect(definition!.slides).toEqual([{ title: '定义', html: '<ul><li>一</li><li>二</li></ul>', continued: false, notes: ['<p>问全场</p>'] }]);
    expect(formula!.slides.map((s) => s.title)).toEqual(['试一试', '公式']);
    expect(formula!.slides[0]!.html).toContain('astro-island');
  });

  it('puts the rest of the section in its notes, a calculator there named in one line', () => {
    const definition = source.sections[0]!;
    expect(definition.notes).toContain('<p>Section prose.</p>');
    expect(definition.notes).toContain('（此处是计算器“留存率计算器”）');
    expect(definition.notes).not.toContain('calc-title');
    expect(definition.speakerNotes).toEqual(['<p>Section note</p>']);
  });

  it('takes embedded cases out of the notes (they get their own slides), and the quiz', () => {
    const formula = source.sections[1]!;
    expect(formula.cases).toEqual(['saas-report', 'other']);
    expect(formula.notes).not.toContain('case-study');
    expect(formula.notes).toContain('<p>kept</p>');
    expect(formula.notes).not.toContain('小测验');
  });

  it('shows other islands in the notes as static markup', () => {
    const empty = source.sections[2]!;
    expect(empty.slides).toEqual([]);
    expect(empty.notes).toContain('<div class="sim">simulator</div>');
    expect(empty.notes).not.toContain('astro-island');
  });

  it('lifts the island runtime out once, wherever it was', () => {
    expect(source.runtime).toEqual(['<style>astro-island{display:contents}</style>', '<script>window.islandRuntime=1</script>']);
    expect(JSON.stringify(source.sections)).not.toContain('<script');
  });

  it('names a figure of the prose in one line of the notes, and keeps the one on the slide', () => {
    const fig = (title: string) => `<div class="fig-wrap" data-figure="f" data-title="${title}"><figure class="fig"><svg class="fig-svg"></svg></figure></div>`;
    const s = splitModule(`<h2 data-deck-section="s">S</h2><div data-deck-slide data-title="图">${fig('甲')}</div><p>正文</p>${fig('&lt;乙&gt;')}`).sections[0]!;
    expect(s.slides[0]!.html).toContain('<svg class="fig-svg">');
    expect(s.notes).toBe('<p>正文</p><p class="note-figure">（此处是图“&lt;乙&gt;”）</p>');
  });

  it('points links to a section of the page at the module page', () => {
    const linked = splitModule('<h2 data-deck-section="s">S</h2><p><a href="#win-back">下文</a> <a href="#">top</a> <a href="/x/">x</a></p>', '/modules/m/');
    expect(linked.sections[0]!.notes).toBe('<p><a href="/modules/m/#win-back">下文</a> <a href="#">top</a> <a href="/x/">x</a></p>');
    expect(splitModule('<h2 data-deck-section="s">S</h2><p><a href="#a">a</a></p>').sections[0]!.notes).toContain('href="#a"');
  });

  it('escapes text it writes into HTML', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    const tricky = splitModule('<h2 data-deck-section="s">S</h2><div data-calc-embed="x"><h3 class="calc-title">&lt;b&gt;</h3></div>');
    expect(tricky.sections[0]!.notes).toBe('<p class="note-calc">（此处是计算器“&lt;b&gt;”）</p>');
  });
});

describe('splitLongSlide', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `<li>${i + 1}</li>`).join('');

  it('keeps a block of up to six list items whole', () => {
    expect(splitLongSlide('T', `<ul>${items(MAX_LIST_ITEMS)}</ul>`)).toHaveLength(1);
    expect(splitLongSlide('T', '<p>no list</p>')).toEqual([{ title: 'T', html: '<p>no list</p>', continued: false, notes: [] }]);
    expect(splitLongSlide('T', `<ul>${items(9)}</ul><p>after</p>`)).toHaveLength(1);
  });

  it('continues a longer list on further slides, lead-in on the first, numbering kept', () => {
    const slides = splitLongSlide('T', `<p>lead</p><ol>${items(14)}</ol>`);
    expect(slides.map((s) => s.continued)).toEqual([false, true, true]);
    expect(slides[0]!.html).toBe(`<p>lead</p><ol>${items(6)}</ol>`);
    expect(slides[1]!.html).toBe('<ol start="7"><li>7</li><li>8</li><li>9</li><li>10</li><li>11</li><li>12</li></ol>');
    expect(slides[2]!.html).toBe('<ol start="13"><li>13</li><li>14</li></ol>');
    const bullets = splitLongSlide('T', `<ul>${items(7)}</ul>`);
    expect(bullets[1]!.html).toBe('<ul><li>7</li></ul>');
  });
});

describe('islandRuntime', () => {
  it('finds the island runtime scripts and styles in rendered children, or nothing', () => {
    expect(islandRuntime('<style>astro-island{display:contents}</style><script>define()</script><astro-island uid="1"><div>x</div></astro-island>')).toEqual([
      '<style>astro-island{display:contents}</style>',
      '<script>define()</script>',
    ]);
    expect(islandRuntime('<ul><li>plain</li></ul>')).toEqual([]);
  });
});

describe('staticCopy', () => {
  it('unwraps islands and drops ids and references to them', () => {
    const copy = staticCopy('<script>x()</script><astro-island uid="1"><div id="a" aria-labelledby="b"><label for="c">L</label><button popovertarget="d">t</button><output for="e">1</output></div></astro-island>');
    expect(copy).toBe('<div><label>L</label><button>t</button><output>1</output></div>');
  });
});
