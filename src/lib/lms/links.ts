/**
 * Links inside an LMS package. An LMS serves a package from a path of its own choosing
 * (`/pluginfile.php/…/content/…/`), usually without turning a folder URL into its index.html,
 * so the site's root-relative links (`/modules/x/`) must become relative file links
 * (`../x/index.html`), and a link to a page the package does not carry must leave the package
 * on purpose: to the same page of the public site, in a new window. Used by the packager on
 * the built HTML and by the package's page script on links the islands create.
 */

export type MappedLink = { kind: 'inside'; href: string } | { kind: 'outside'; href: string };

/** `to` relative to the folder of `from` (both package-relative file paths). */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return '../'.repeat(a.length - i) + b.slice(i).join('/');
}

/** The package file a root-relative path names (a folder means its index.html), if the package has it. */
export function fileFor(path: string, has: (file: string) => boolean): string | undefined {
  const p = path.replace(/^\/+/, '');
  const candidates = p === '' || p.endsWith('/') ? [`${p}index.html`] : [p, `${p}/index.html`];
  return candidates.find(has);
}

/**
 * Where a root-relative URL written in the page `from` should point inside the package, or
 * null when it is not root-relative (relative, `#…`, `https:`, protocol-relative) and stays.
 */
export function mapRootUrl(url: string, from: string, has: (file: string) => boolean, site: string): MappedLink | null {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url);
  const path = m?.[1] ?? url;
  const tail = (m?.[2] ?? '') + (m?.[3] ?? '');
  const file = fileFor(path, has);
  if (file !== undefined) return { kind: 'inside', href: relativePath(from, file) + tail };
  return { kind: 'outside', href: site.replace(/\/+$/, '') + path + tail };
}
