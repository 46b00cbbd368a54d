// Build-time guard for module headings (a Sätteri hast plugin).
//
// Section ids are a public contract (bookmarks, quiz "回看本节" links), so every H2/H3 in a
// module must carry an explicit ASCII id written by the author: `## 计算公式 {#formula}`.
// User hast plugins run before Astro's own heading-id plugin, so at this point an `id`
// property can only have come from the author's `{#id}` attribute.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Stable section ids: lowercase ASCII words joined by single hyphens. */
export const SECTION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Ids the module layout itself adds to the page; authors may not reuse them. */
export const RESERVED_IDS = new Set(['main', 'outline', 'takeaways', 'quiz', 'objectives', 'top']);

function relative(fileURL) {
  if (!fileURL) return '(unknown file)';
  return path.relative(process.cwd(), fileURLToPath(fileURL));
}

function isModuleFile(fileURL) {
  return !!fileURL && /[\\/]content[\\/]modules[\\/][^\\/]+\.mdx?$/.test(fileURLToPath(fileURL));
}

/** One `line:col` for the heading, when positions are available. */
function where(node) {
  const start = node.position?.start;
  return start ? `${start.line}:${start.column}` : '?';
}

/**
 * Fails the build when a module heading (h2/h3) has no explicit id, an id that is not
 * lowercase ASCII, an id reserved by the layout, or an id used twice in the same file.
 */
export function moduleHeadingIds() {
  return (factoryCtx) => {
    if (!isModuleFile(factoryCtx.fileURL)) return null;
    const file = relative(factoryCtx.fileURL);
    const seen = new Map();
    return {
      name: 'retention-academy:module-heading-ids',
      options: { position: true },
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          const id = node.properties?.id;
          const at = `${file}:${where(node)}`;
          if (typeof id !== 'string' || id === '') {
            throw new Error(
              `${at} 标题“${text}”缺少显式 id。请写成 \`${'#'.repeat(Number(node.tagName[1]))} ${text} {#section-id}\`（小写英文、数字与连字符）。`,
            );
          }
          if (!SECTION_ID.test(id)) {
            throw new Error(`${at} 标题“${text}”的 id“${id}”无效：只能使用小写英文字母、数字和单个连字符，并以字母开头。`);
          }
          if (RESERVED_IDS.has(id)) {
            throw new Error(`${at} 标题“${text}”的 id“${id}”由页面布局保留，请换一个。`);
          }
          if (seen.has(id)) {
            throw new Error(`${at} 标题“${text}”的 id“${id}”与第 ${seen.get(id)} 行的标题重复。`);
          }
          seen.set(id, node.position?.start?.line ?? '?');
        },
      },
    };
  };
}
