/**
 * The island runtime that rendered HTML carries: Astro emits its hydration scripts (the
 * `astro-island` element and the `client:*` directive loaders) and their style only once per
 * page, with the first island rendered. Content that is rendered but then not placed on the page
 * (a `<Slide page="hidden">` holding a `<Calculator>`) would take that single copy with it and
 * leave every island of the page inert (withastro/astro#8222, #5032). Given such discarded HTML,
 * this returns just the runtime — every `<script>` and `<style>` outside the islands themselves —
 * so the discarding component can place it and nothing else.
 */
export function islandRuntime(html: string): string {
  const outside = html.replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, '');
  return (outside.match(/<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/g) ?? []).join('');
}
