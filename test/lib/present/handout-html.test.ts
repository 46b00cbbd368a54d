import { describe, expect, it } from 'vitest';
import { handoutHtml, prefixedId } from '../../../src/lib/present/handout-html';

describe('handoutHtml', () => {
  it('prefixes ids and every reference to them', () => {
    const html = '<h2 id="in-practice">落地</h2><a href="#in-practice">回看</a><a href="#">top</a><a href="/x/#y">other page</a><label for="a">A</label><input id="a" aria-describedby="a-hint a-unit"><button popovertarget="t">t</button><span id="t" popover></span>';
    expect(handoutHtml(html, 'retention-basics')).toBe(
      '<h2 id="retention-basics--in-practice">落地</h2><a href="#retention-basics--in-practice">回看</a><a href="#">top</a><a href="/x/#y">other page</a><label for="retention-basics--a">A</label><input id="retention-basics--a" aria-describedby="retention-basics--a-hint retention-basics--a-unit"><button popovertarget="retention-basics--t">t</button><span id="retention-basics--t" popover></span>',
    );
  });

  it('shows islands as their server-rendered markup and drops scripts', () => {
    expect(handoutHtml('<script>run()</script><astro-island uid="1" props="{}"><div class="calc"><output>85.0%</output></div></astro-island>', 'm')).toBe('<div class="calc"><output>85.0%</output></div>');
  });

  it('names prefixed ids predictably', () => {
    expect(prefixedId('cost-of-churn', 'quiz')).toBe('cost-of-churn--quiz');
  });
});
