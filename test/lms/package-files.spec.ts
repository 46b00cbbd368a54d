/**
 * What is inside each zip (no browser needed; the manifest is also parsed by the browser's XML
 * parser): a well-formed imsmanifest.xml with the identifier, organisation, item, SCO resource,
 * schema and version of its SCORM version and the mastery score of the one pass mark; every file
 * it lists is in the zip and every file of the zip is listed; no service worker or web app
 * manifest; no page names a file by a root-relative URL (a package is served under any path);
 * links that leave a module package go to the public site, in a new window.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, listed, textOf, unpack, zipName, type Scorm } from './lms-fixtures';
import { PASS_PERCENT } from '../../src/lib/quiz/pass-mark';
import { courseModules } from '../lib/lms/course-modules';

const PACKAGES = ['course', ...courseModules().map((m) => m.slug)];
const SCORMS: Scorm[] = ['1.2', '2004'];

test('every package exists for both SCORM versions, and packages.json gives their sizes', () => {
  const summary = JSON.parse(readFileSync(resolve('dist-lms/packages.json'), 'utf8')) as { file: string; bytes: number }[];
  for (const p of PACKAGES) for (const s of SCORMS) expect(summary.map((x) => x.file)).toContain(zipName(p, s));
  expect(summary).toHaveLength(PACKAGES.length * 2);
});

for (const scorm of SCORMS) {
  test(`SCORM ${scorm}: manifests are complete and exact, files and links are relative`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    for (const pkg of PACKAGES) {
      const zip = zipName(pkg, scorm);
      const files = unpack(zip);
      const xml = textOf(zip, 'imsmanifest.xml');
      // Well-formed, with the namespaces of its version (the browser's XML parser).
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length) return null;
        const m = doc.documentElement;
        const item = doc.getElementsByTagName('item')[0]!;
        const res = doc.getElementsByTagName('resource')[0]!;
        return {
          ns: m.namespaceURI,
          id: m.getAttribute('identifier'),
          schema: doc.getElementsByTagName('schema')[0]?.textContent,
          version: doc.getElementsByTagName('schemaversion')[0]?.textContent,
          orgDefault: doc.getElementsByTagName('organizations')[0]?.getAttribute('default'),
          org: doc.getElementsByTagName('organization')[0]?.getAttribute('identifier'),
          ref: item.getAttribute('identifierref'),
          resId: res.getAttribute('identifier'),
          href: res.getAttribute('href'),
          scormType: res.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype') ?? res.getAttributeNS('http://www.adlnet.org/xsd/adlcp_v1p3', 'scormType'),
          mastery: item.getElementsByTagNameNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'masteryscore')[0]?.textContent ?? null,
          measure: item.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'minNormalizedMeasure')[0]?.textContent ?? null,
          byMeasure: item.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'primaryObjective')[0]?.getAttribute('satisfiedByMeasure') ?? null,
        };
      }, xml);
      expect(parsed, `${zip}: imsmanifest.xml is well-formed`).not.toBeNull();
      expect(parsed).toMatchObject({ id: `retention-academy-${pkg}`, schema: 'ADL SCORM', href: 'lms/launch.html', scormType: 'sco' });
      expect(parsed!.orgDefault).toBe(parsed!.org);
      expect(parsed!.ref).toBe(parsed!.resId);
      if (scorm === '1.2') expect(parsed).toMatchObject({ ns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', version: '1.2', mastery: String(PASS_PERCENT) });
      else expect(parsed).toMatchObject({ ns: 'http://www.imsglobal.org/xsd/imscp_v1p1', version: '2004 4th Edition', measure: String(PASS_PERCENT / 100), byMeasure: 'true' });

      // Listed ⇔ in the zip (the manifest itself aside).
      const list = listed(zip);
      expect(new Set(list).size).toBe(list.length);
      expect(list.sort()).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
      // No offline worker inside an LMS.
      expect(list.filter((f) => /(^|\/)(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest)$/.test(f))).toEqual([]);

      for (const f of list.filter((x) => x.endsWith('.html'))) {
        const html = textOf(zip, f);
        // No root-relative URL in any attribute (props JSON included).
        expect(html.match(/\s(?:href|src|action|component-url|renderer-url|srcset)="\/(?!\/)[^"]*"/g), `${zip}: ${f}`).toBeNull();
        expect(html.match(/&quot;\/[a-z_]/g), `${zip}: ${f} (island props)`).toBeNull();
        expect(html).not.toMatch(/registerSW|serviceWorker\.register|rel="manifest"/);
        // Every relative file link of a page names a file of the package.
        for (const m of html.matchAll(/\s(?:href|src|component-url|renderer-url)="((?:\.\.\/|[a-z_])[^"#?:]*)(?:[?#][^"]*)?"/g)) {
          const target = new URL(m[1]!, `http://p/${f}`).pathname.slice(1);
          expect(list, `${zip}: ${f} links to ${m[1]}`).toContain(target);
        }
        // Links that leave the package: the public site, in a new window, marked.
        for (const a of html.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
          if (/data-lms-outside/.test(a[0])) expect(a[0]).toMatch(/target="_blank"/);
        }
      }
      // A module package carries its module page, the calculators it links to, and no other module.
      if (pkg !== 'course') {
        expect(list).toContain(`modules/${pkg}/index.html`);
        expect(list.filter((f) => /^modules\/[^/]+\/index\.html$/.test(f))).toEqual([`modules/${pkg}/index.html`]);
        const page = textOf(zip, `modules/${pkg}/index.html`);
        for (const m of page.matchAll(/href="\.\.\/\.\.\/tools\/([a-z-]+)\/index\.html/g)) expect(list).toContain(`tools/${m[1]}/index.html`);
      } else {
        expect(list).toContain('assessment/questions.json');
        expect(list.some((f) => f.startsWith('pagefind/'))).toBe(true);
        expect(list.filter((f) => /^(present|trainer|workbook)\//.test(f))).toEqual([]);
      }
    }
  });
}
