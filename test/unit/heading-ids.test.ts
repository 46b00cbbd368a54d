/**
 * Proves the section-id mechanism with the same Sätteri pipeline options the site uses:
 * explicit `{#id}` works only with headingAttributes, and the guard plugin rejects every
 * kind of missing or bad id with the file path and line.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { moduleHeadingIds, SECTION_ID } from '../../src/plugins/heading-ids.mjs';

const moduleFile = pathToFileURL(path.resolve('src/content/modules/example.mdx'));
const caseFile = pathToFileURL(path.resolve('src/content/cases/example.md'));

async function compile(source: string, fileURL = moduleFile) {
  return mdxToJs(source, { features: { headingAttributes: true }, hastPlugins: [moduleHeadingIds()], fileURL });
}

describe('module heading ids', () => {
  it('without headingAttributes, `{#id}` is an MDX expression and fails to parse', async () => {
    await expect((async () => mdxToJs('## 计算公式 {#formula}\n', { fileURL: moduleFile }))()).rejects.toThrow(/parse expression/);
  });

  it('accepts explicit ids on h2 and h3 and keeps them in the output', async () => {
    const { code } = await compile('## 计算公式 {#formula}\n\n### 客户留存率 {#customer-retention}\n\n正文\n');
    expect(code).toContain('"formula"');
    expect(code).toContain('"customer-retention"');
  });

  it('rejects a heading without an id, naming the file, line and a fix', async () => {
    await expect(compile('## 计算公式 {#formula}\n\n正文\n\n### 没有编号\n')).rejects.toThrow(
      /src\/content\/modules\/example\.mdx:5:1 标题“没有编号”缺少显式 id/,
    );
  });

  it('rejects a duplicate id and names the first occurrence', async () => {
    await expect(compile('## 一 {#same}\n\n## 二 {#same}\n')).rejects.toThrow(/id“same”与第 1 行的标题重复/);
  });

  it('rejects non-ASCII, uppercase and reserved ids', async () => {
    await expect(compile('## 公式 {#公式}\n')).rejects.toThrow(/id“公式”无效/);
    await expect(compile('## 公式 {#Formula}\n')).rejects.toThrow(/id“Formula”无效/);
    await expect(compile('## 要点 {#takeaways}\n')).rejects.toThrow(/由页面布局保留/);
  });

  it('leaves files outside the modules collection alone', async () => {
    // The same heading without an id that a module file is refused for compiles in a case file.
    const source = '## 背景\n\n正文\n';
    await expect(compile(source)).rejects.toThrow(/缺少显式 id/);
    const { code } = await compile(source, caseFile);
    expect(code).toContain('背景');
  });

  it('section id pattern: lowercase words joined by single hyphens', () => {
    for (const ok of ['formula', 'customer-retention', 'q3-review', 'a1']) expect(SECTION_ID.test(ok)).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', '1abc', 'A', 'a_b', 'a b']) expect(SECTION_ID.test(bad)).toBe(false);
  });
});
