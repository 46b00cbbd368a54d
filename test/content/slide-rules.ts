/**
 * The authoring rules for slide blocks (decision 8), as one function over a module's source so
 * the content test runs it on every module and the rule tests run it on small bad examples.
 *
 * What a slide is for: a room reading it from the back. So a block is short (at most
 * MAX_LINES lines of at most MAX_LINE_WIDTH full-width characters), has no headings of its own,
 * and a calculator or a figure on a slide stands almost alone (a calculator with its own instance name).
 */
import { ASCII_NEXT_TO_HAN, displayWidth, slideBlocks, type ModuleSource, type SourceLine } from './module-source';

export const MAX_LINES = 6;
export const MAX_LINE_WIDTH = 26;
export const MAX_TITLE_WIDTH = 18;
/** A slide with a calculator keeps at most this many lines besides it (the calculator fills the slide). */
export const MAX_LINES_WITH_CALCULATOR = 2;
/** A slide with a figure keeps at most this many lines besides it (the drawing takes the rest of the slide). */
export const MAX_LINES_WITH_FIGURE = 2;
export const PAGE_MODES = ['hidden', 'summary'];

/** A section opts out of slides with this MDX comment as its first line: a pure practice section. */
export const NO_SLIDE = /^\{\/\*\s*no-slide:\s*(\S.*?)\s*\*\/\}\s*$/;

const COMPONENT_LINE = /^\s*<([A-Z][A-Za-z]*)\b/;

export interface SlideProblemOptions {
  /** Require a slide (or an opt-out) in every H2 section. */
  coverage: boolean;
}

/** Every problem with the slides of one module, as "file:line: message" strings. */
export function slideProblems(name: string, src: ModuleSource, { coverage }: SlideProblemOptions = { coverage: true }): string[] {
  const problems: string[] = [];
  const at = (l: SourceLine) => `${name}:${l.n}`;

  for (const line of src.intro) {
    if (/<Slide[\s>]|<SpeakerNote>/.test(line.text)) problems.push(`${at(line)}: <Slide>/<SpeakerNote> 只能写在二级标题（##）小节内`);
  }
  const uses = src.body.some((l) => /<(Slide|SpeakerNote)[\s>]/.test(l.text));
  if (uses && !src.body.some((l) => /^import\s*\{[^}]*\bSlide\b[^}]*\bSpeakerNote\b[^}]*\}\s*from\s*'\.\.\/\.\.\/components';/.test(l.text))) {
    problems.push(`${name}: 使用了 <Slide>，但缺少 import { Slide, SpeakerNote } from '../../components';`);
  }

  // Calculator instance names, page-wide: a slide's calculator must not share one with the prose.
  const instances = new Map<string, SourceLine>();
  for (const line of src.body) {
    for (const m of line.text.matchAll(/<Calculator\s+([^>]*?)\/>/g)) {
      const id = /\bid="([^"]+)"/.exec(m[1]!)?.[1];
      const name2 = /\binstance="([^"]+)"/.exec(m[1]!)?.[1] ?? id;
      if (!name2) continue;
      const first = instances.get(name2);
      if (first) problems.push(`${at(line)}: 计算器实例名 “${name2}” 与第 ${first.n} 行重复：幻灯片上的计算器请另设 instance="slide-…"`);
      else instances.set(name2, line);
    }
  }

  for (const section of src.sections) {
    const blocks = slideBlocks(section.lines);
    const firstLine = section.lines.find((l) => l.text.trim() !== '');
    const optOut = firstLine && NO_SLIDE.exec(firstLine.text);
    if (coverage && blocks.length === 0 && !optOut) {
      problems.push(`${at(section.heading)}: 小节 #${section.id} 没有 <Slide>；纯练习小节请在标题下一行写 {/* no-slide: 理由 */}`);
    }
    if (optOut && blocks.length > 0) problems.push(`${at(firstLine)}: 小节 #${section.id} 已有 <Slide>，不应再写 no-slide`);
    for (const line of section.lines) {
      if (/\{\/\*\s*no-slide/.test(line.text) && line !== firstLine) problems.push(`${at(line)}: no-slide 注释必须是小节标题下的第一行`);
      if (/^\s+<\/?Slide[\s>]/.test(line.text)) problems.push(`${at(line)}: <Slide> 标签须顶格写在单独一行（不能嵌在其他组件里）`);
    }

    for (const b of blocks) {
      const here = at(b.open);
      if (!b.closed) {
        problems.push(`${here}: <Slide> 没有在小节 #${section.id} 内闭合（缺少 </Slide>）`);
        continue;
      }
      for (const bad of b.badAttrs) problems.push(`${here}: <Slide> 的属性 ${bad} 不允许（只能写 title="…" 和 page="hidden|summary"）`);
      for (const key of Object.keys(b.attrs)) {
        if (key !== 'title' && key !== 'page') problems.push(`${here}: <Slide> 没有属性 ${key}（只能写 title 和 page）`);
      }
      const page = b.attrs.page ?? 'hidden';
      if (!PAGE_MODES.includes(page)) problems.push(`${here}: page="${page}" 无效，只能是 hidden 或 summary`);
      const title = b.attrs.title;
      if (title !== undefined) {
        if (title.trim() === '') problems.push(`${here}: title 不能为空`);
        if (displayWidth(title) > MAX_TITLE_WIDTH) problems.push(`${here}: 幻灯片标题 “${title}” 太长（最多约 ${MAX_TITLE_WIDTH} 个字）`);
        if (ASCII_NEXT_TO_HAN.test(title)) problems.push(`${here}: 标题 “${title}” 用了半角标点，中文语境请用全角`);
      }

      if (b.content.length === 0) problems.push(`${here}: 幻灯片没有内容`);
      if (b.content.length > MAX_LINES) problems.push(`${here}: 幻灯片有 ${b.content.length} 行，最多 ${MAX_LINES} 行（长的小节请拆成两个 <Slide>）`);
      const calculators = b.content.filter((l) => /<Calculator\b/.test(l.text));
      if (calculators.length > 1) problems.push(`${here}: 一张幻灯片最多放一个计算器`);
      if (calculators.length === 1) {
        if (b.content.length - 1 > MAX_LINES_WITH_CALCULATOR) problems.push(`${here}: 带计算器的幻灯片除计算器外最多 ${MAX_LINES_WITH_CALCULATOR} 行`);
        if (!/\binstance="[^"]+"/.test(calculators[0]!.text)) problems.push(`${at(calculators[0]!)}: 幻灯片上的计算器须有自己的 instance 名`);
        if (page === 'summary') problems.push(`${here}: page="summary" 的幻灯片不能放计算器（模块页上会与正文的计算器重复）`);
      }
      const figures = b.content.filter((l) => /<Figure\b/.test(l.text));
      if (figures.length > 1) problems.push(`${here}: 一张幻灯片最多放一张图`);
      if (figures.length >= 1) {
        if (calculators.length > 0) problems.push(`${here}: 图和计算器不能放在同一张幻灯片上`);
        if (b.content.length - figures.length > MAX_LINES_WITH_FIGURE) problems.push(`${here}: 带图的幻灯片除图外最多 ${MAX_LINES_WITH_FIGURE} 行`);
        if (page === 'summary') problems.push(`${here}: page="summary" 的幻灯片不能放图（模块页上会与正文的图重复）`);
      }
      for (const line of b.inner) {
        if (/^\s*#{1,6}\s/.test(line.text)) problems.push(`${at(line)}: 幻灯片内不能写标题（用 title 属性，或另起一个 <Slide>）`);
        if (/<Slide[\s>]/.test(line.text)) problems.push(`${at(line)}: <Slide> 不能嵌套`);
        if (ASCII_NEXT_TO_HAN.test(line.text.replace(/\{\{.*?\}\}/g, ''))) problems.push(`${at(line)}: 半角标点紧挨汉字，中文语境请用全角（，：；？！（））`);
      }
      for (const line of b.content) {
        if (COMPONENT_LINE.test(line.text)) continue;
        const w = displayWidth(line.text);
        if (w > MAX_LINE_WIDTH) problems.push(`${at(line)}: 这一行约 ${w} 个字，幻灯片每行最多约 ${MAX_LINE_WIDTH} 个字`);
      }
      const notes = b.inner.map((l) => l.text).join('\n');
      const opens = (notes.match(/<SpeakerNote>/g) ?? []).length;
      const closes = (notes.match(/<\/SpeakerNote>/g) ?? []).length;
      if (opens !== closes) problems.push(`${here}: <SpeakerNote> 没有闭合`);
      for (const m of notes.matchAll(/<SpeakerNote>([\s\S]*?)<\/SpeakerNote>/g)) {
        if (m[1]!.trim() === '') problems.push(`${here}: <SpeakerNote> 是空的`);
      }
    }
  }
  return problems;
}
