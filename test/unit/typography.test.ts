// typography-ignore-file: this table feeds ASCII punctuation to the converter on purpose.
/**
 * The typography converter (scripts/typography.mjs): a hand-written table of inputs and outputs
 * for every rule and every "never touch" case, per file kind, plus fast-check properties
 * (idempotent, nothing without Chinese changes, only punctuation and spaces change, numbers kept).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { convertText, convertMarkup, convertScript, convertYaml, convertFile, fold, looksLikeDelimitedData, isChineseLine, newStats, FULL } from '../../scripts/typography.mjs';

const C = FULL[','];
const CO = FULL[':'];
const SC = FULL[';'];
const Q = FULL['?'];
const EX = FULL['!'];
const L = FULL['('];
const R = FULL[')'];
const LDQ = '\u201C';
const RDQ = '\u201D';
const LSQ = '\u2018';
const RSQ = '\u2019';
const DASH = '\u2013';

/** Expected strings are written with their full-width characters; a tool that normalised them to
 * ASCII would make these tests fail (never pass silently). FULL's code points are checked here. */
it('writes the full-width marks by code point', () => {
  expect([C, CO, SC, Q, EX, L, R].map((c) => c.codePointAt(0)!.toString(16))).toEqual(['ff0c', 'ff1a', 'ff1b', 'ff1f', 'ff01', 'ff08', 'ff09']);
});

describe('prose: marks in Chinese context become full-width', () => {
  it.each([
    ['comma between Han', '留存率,流失率', '留存率，流失率'],
    ['colon after emphasis', '**客户**:留存指期初的客户', '**客户**：留存指期初的客户'],
    ['question mark, the space after it dropped', '谁算客户? 订阅业务', '谁算客户？订阅业务'],
    ['the space after closing emphasis stays (CommonMark flanking)', '**谁算客户?** 订阅业务', '**谁算客户？** 订阅业务'],
    ['semicolon', '一组;二组', '一组；二组'],
    ['exclamation mark', '注意!不要这样做', '注意！不要这样做'],
    ['a mark at the end of a line', '常用的周期有三种:', '常用的周期有三种：'],
    ['trailing spaces are kept (a Markdown line break)', '如下:  ', '如下：  '],
    ['an English term before a colon', 'NPS:推荐者占比减去贬损者占比', 'NPS：推荐者占比减去贬损者占比'],
    ['a number then a comma then Chinese', '期初 1,000,期末 1,050', '期初 1,000，期末 1,050'],
    ['a space before the mark is dropped too', '共 3 人 , 其中', '共 3 人，其中'],
    ['after a closing quote', '“留存率”,并且', '“留存率”，并且'],
    ['exercise placeholders are transparent', '{total} 份,其中 {promoters} 份', '{total} 份，其中 {promoters} 份'],
    ['a table cell keeps its padding', '| 期初数: | 10 |', '| 期初数： | 10 |'],
    ['leading indentation is kept', '  - 甲:乙', '  - 甲：乙'],
  ])('%s', (_, input, expected) => {
    expect(convertText(input)).toBe((expected));
  });
});

describe('prose: parentheses', () => {
  it.each([
    ['Chinese inside', '平均人数 (期初 + 期末) ÷ 2', '平均人数（期初 + 期末）÷ 2'],
    ['ASCII inside, Chinese before', '获客成本(CAC)必须大于 0', '获客成本（CAC）必须大于 0'],
    ['Chinese after a number in a Chinese line', '位于 P50(38)与 P75(46)之间', '位于 P50（38）与 P75（46）之间'],
    ['a signed number is not a formula', '可靠性(−1.7),其次是响应性(+0.3)', '可靠性（−1.7），其次是响应性（+0.3）'],
    ['a formula that is a parenthesis of the sentence', '差距(P − E)负得最多', '差距（P − E）负得最多'],
    ['nested', '说明(按平均人数(期初 + 期末)计)', '说明（按平均人数（期初 + 期末）计）'],
    ['a mark right after a converted parenthesis', '(课程参考值):约 47%', '（课程参考值）：约 47%'],
    ['percent sign inside', '使用量变化(%)', '使用量变化（%）'],
  ])('%s', (_, input, expected) => {
    expect(convertText(input)).toBe((expected));
  });

  it.each([
    ['a formula stays ASCII', '贴现 CLV = m × r ÷ (1 + d − r)。'],
    ['a formula before an operator', '对比 (3 + 25) ÷ 500 的结果'],
    ['a power', '年流失率 = 1 − (1 + r)^12 的结果'],
    ['a function call', '概率 P(A) 很小'],
    ['an unmatched parenthesis', '1) 先清点人数'],
    ['empty parentheses', '留空 () 即可'],
    ['English in parentheses in an English sentence', 'Realistic job preview (RJP) is a method'],
  ])('%s', (_, input) => {
    expect(convertText(input)).toBe(input);
  });
});

describe('prose: never touched', () => {
  it.each([
    ['thousands separators', '期初有 1,200 人'],
    ['decimals', '约 3.5 倍'],
    ['times', '上午 09:00 开始'],
    ['ratios', '按 3:1 的比例分配'],
    ['a URL', '详见 https://example.org/a?b=1,2;c=3 页面'],
    ['a site path with a query', '打开 /tools/churn/?start=1200&lost=90 即可'],
    ['inline code', '运行 `f(a,b)` 即可'],
    ['an HTML entity', '甲&nbsp;乙'],
    ['a heading id', '## 计算 {#formula}'],
    ['an MDX comment inside a string', '{/* no-slide: 纯练习 */}'],
    ['an attribute value inside a string', '<Slide title="试一试:计算">'],
    ['English text', 'Hello, world (test): ok? yes; no!'],
    ['English with a Chinese word', 'fair grading: 180万, 180万元 and 1,800,000元 are accepted where the unit is 万元'],
    ['a line without Han', 'a,b:c;d?e!(f)'],
    ['full-width already', '留存率，流失率（示例）：好'],
    ['a comma between full-width marks and ASCII', '[，,]'],
    ['the image marker', '图表![图](a.svg)'],
  ])('%s', (_, input) => {
    expect(convertText(input)).toBe(input);
  });

  it('converts around a Markdown link but keeps its target', () => {
    expect(convertText('详见[客户流失](/modules/customer-churn-patterns/)(示例),再看')).toBe(('详见[客户流失](/modules/customer-churn-patterns/)（示例），再看'));
  });

  it('converts next to inline code but not inside it', () => {
    expect(convertText('先运行 `npm test`,然后看 `a,b`')).toBe(('先运行 `npm test`，然后看 `a,b`'));
  });
});

describe('prose: quotation marks and ranges', () => {
  it.each([
    ['ASCII double quotes around Chinese', '掌握"实际怎么做事"的规则', `掌握${LDQ}实际怎么做事${RDQ}的规则`],
    ['corner brackets', '点击「揭晓答案」查看', `点击${LDQ}揭晓答案${RDQ}查看`],
    ['corner brackets inside double quotes become single quotes', `他说${LDQ}点击「揭晓」${RDQ}`, `他说${LDQ}点击${LSQ}揭晓${RSQ}${RDQ}`],
    ['white corner brackets', '『注』', `${LSQ}注${RSQ}`],
    ['a corner bracket around a template placeholder', '「\uE000」', `${LDQ}\uE000${RDQ}`],
    ['a tilde range', '入职 1~6 个月内', `入职 1${DASH}6 个月内`],
    ['a spaced tilde range', '约 3 ~ 5 人', `约 3${DASH}5 人`],
    ['a range of percentages', '提高 10%~20% 的留存', `提高 10%${DASH}20% 的留存`],
    ['a full-width tilde', '第 2～6 个月', `第 2${DASH}6 个月`],
    ['an em dash range', '入职 3—6 个月', `入职 3${DASH}6 个月`],
    ['a hyphen range with a unit', '入职 3-6 个月内', `入职 3${DASH}6 个月内`],
    ['a hyphen range of percentages', '低于市场 15%-20% 时', `低于市场 15%${DASH}20% 时`],
    ['至 between numbers', '第 1 至 6 个月末', '第 1 到 6 个月末'],
    ['至 between Chinese numerals', '一至两人扮演客户', '一到两人扮演客户'],
    ['ASCII single quotes around Chinese in prose', "内部叫'预离'客户", `内部叫${LDQ}预离${RDQ}客户`],
    ['single quotes inside double quotes', `他说${LDQ}这叫'预离'${RDQ}`, `他说${LDQ}这叫${LSQ}预离${RSQ}${RDQ}`],
  ])('%s', (_, input, expected) => {
    expect(convertText(input)).toBe(expected);
  });

  it.each([
    ['an attribute value', '属性 title="文字" 不变'],
    ['an odd number of quotes', '他说"好,然后'.replace(',', '')],
    ['unbalanced corner brackets', '「只有一半'],
    ['a tilde path', '目录 ~/.node 下'],
    ['an English range', 'pages 1~6'],
    ['an ISO date', '到期日 2027-06-30 之前'],
    ['a code with hyphens', '编号 A-1-2 的客户'],
    ['a subtraction with spaces', '留存率 = 1 - 0.6 = 0.4，即四成'],
    ['a hyphen between large numbers', '电话 010-12345678 转人工'],
    ['甚至 and 截至', '甚至三周，截至 3 月，增长3倍甚至5倍'],
    ['a hyphen range without a unit after it', '评分（1-5）'],
    ['至少', '至少 3 个月'],
    ['an apostrophe', "it's 留存率"],
  ])('keeps %s', (_, input) => {
    expect(convertText(input)).toBe(input);
  });
});

describe('language of a line', () => {
  it('reads a line as Chinese when Han characters are at least half the Latin letters', () => {
    expect(isChineseLine('NPS 为 45,属于一般区间')).toBe(true);
    expect(isChineseLine('the unit is 万元')).toBe(false);
    expect(isChineseLine('abc')).toBe(false);
  });
});

describe('MDX and Markdown', () => {
  it('converts prose and string attributes, never imports, expressions, comments or code', () => {
    const src = [
      "import { Callout, Calculator } from '../../components';",
      '',
      '## 留存与流失:同一件事的两面 {#definition}',
      '',
      '{/* no-slide: 理由,写在这里 */}',
      '',
      '<Callout type="tip" title="把口径写在第一行:示例">',
      '<Term id="retention-rate">留存率</Term>:期初那批人,到期末还剩多少?',
      '</Callout>',
      '',
      "<Calculator id=\"retention\" values={{ start: 1000, label: '甲,乙' }} />",
      '',
      '```',
      'const a = "留存,流失";',
      '```',
      '',
      '见[上一模块](/modules/retention-basics/#periods)(复合换算),再算 `x(a,b)`。',
    ].join('\n');
    const out = convertMarkup(src, { mode: 'mdx' });
    const lines = out.split('\n');
    expect(lines[0]).toBe("import { Callout, Calculator } from '../../components';");
    expect(lines[2]).toBe(('## 留存与流失：同一件事的两面 {#definition}'));
    expect(lines[4]).toBe('{/* no-slide: 理由,写在这里 */}');
    expect(lines[6]).toBe(('<Callout type="tip" title="把口径写在第一行：示例">'));
    expect(lines[7]).toBe(('<Term id="retention-rate">留存率</Term>：期初那批人，到期末还剩多少？'));
    expect(lines[10]).toBe("<Calculator id=\"retention\" values={{ start: 1000, label: '甲,乙' }} />");
    expect(lines[13]).toBe('const a = "留存,流失";');
    expect(lines[16]).toBe(('见[上一模块](/modules/retention-basics/#periods)（复合换算），再算 `x(a,b)`。'));
  });

  it('converts YAML frontmatter values but not keys or flow sequences', () => {
    const src = ['---', 'title: 留存与流失:定义与计算', 'themes: [早期流失, 组织社会化]', 'prerequisites: []', '---', '', '正文,第一句。', ''].join('\n');
    const out = convertFile('src/content/modules/x.mdx', src);
    expect(out).toBe(['---', ('title: 留存与流失：定义与计算'), 'themes: [早期流失, 组织社会化]', 'prerequisites: []', '---', '', ('正文，第一句。'), ''].join('\n'));
  });

  it('keeps a Markdown case file’s structure', () => {
    const src = '---\ntitle: 案例\n---\n\n## 背景 {#background}\n\n1. **按时长拆分**:18 人中,5 人在第 2~6 个月离开。\n';
    expect(convertFile('src/content/cases/x.md', src)).toBe((`---\ntitle: 案例\n---\n\n## 背景 {#background}\n\n1. **按时长拆分**：18 人中，5 人在第 2${DASH}6 个月离开。\n`));
  });
});

describe('YAML', () => {
  it('converts scalar values of every style and leaves keys, comments and flow separators', () => {
    const src = [
      '# 注释,保持原样',
      'prompt: 某呼叫中心有员工 640 人,本季度离职 48 人。多少?',
      '留存率: 文字,文字',
      '"甲,乙": 键不变',
      'quoted: "引号:里面"',
      "single: '单引号(示例)'",
      'list: [甲, 乙]',
      'block: |',
      '  第一行:内容',
      '  第二行(示例)',
      'answerRange: [-100, 100]',
      'unit: "%"',
    ].join('\n');
    const out = convertYaml(src);
    expect(out.split('\n')).toEqual([
      '# 注释,保持原样',
      ('prompt: 某呼叫中心有员工 640 人，本季度离职 48 人。多少？'),
      ('留存率: 文字，文字'),
      '"甲,乙": 键不变',
      ('quoted: "引号：里面"'),
      ("single: '单引号（示例）'"),
      'list: [甲, 乙]',
      'block: |',
      ('  第一行：内容'),
      ('  第二行（示例）'),
      'answerRange: [-100, 100]',
      'unit: "%"',
    ]);
    const before = parseYaml(src);
    const after = parseYaml(out);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.list).toEqual(['甲', '乙']);
  });

  it('refuses YAML it cannot parse rather than guess', () => {
    expect(() => convertYaml('a: [1, 2\n')).toThrow(/YAML/);
  });
});

describe('scripts', () => {
  it('converts string literals, template text and JSX text', () => {
    const src = [
      "const a = '留存率,流失率';",
      'const b = `共 ${n} 人,其中 ${m} 人(示例)`;',
      'const c = <td>{formatInteger(x)}(命中)</td>;',
      'const d = <p title="提示:说明">文字,文字</p>;',
      "const e = { '甲,乙': '丙,丁' };",
      '// 注释,注释',
      "const f = /流失:是/;",
      "const g = new RegExp('流失:是');",
      "const h = x ? '是,对' : '否';",
    ].join('\n');
    expect(convertScript(src, { tsx: true }).split('\n')).toEqual([
      ("const a = '留存率，流失率';"),
      ('const b = `共 ${n} 人，其中 ${m} 人（示例）`;'),
      ('const c = <td>{formatInteger(x)}（命中）</td>;'),
      ('const d = <p title="提示：说明">文字，文字</p>;'),
      ("const e = { '甲,乙': '丙，丁' };"),
      '// 注释,注释',
      'const f = /流失:是/;',
      "const g = new RegExp('流失:是');",
      ("const h = x ? '是，对' : '否';"),
    ]);
  });

  it('never touches import specifiers, tagged templates or escapes', () => {
    const src = ["import x from './文件(a),b.ts';", 'const t = String.raw`甲,乙`;', "const s = '\\u3000甲\\n乙';", "const u = '引号\\\"甲\\\"';"].join('\n');
    expect(convertScript(src, { tsx: false })).toBe(src);
  });

  it('leaves data-looking strings (CSV rows and headers) as written', () => {
    const src = ["const a = '工号,部门,满意度,月薪';", "const b = '姓名,流失\\n张三,是\\n';", "const c = '张,\"三\"';", "const d = ['客户,状态', ...rows].join('\\n');"].join('\n');
    expect(convertScript(src, { tsx: false })).toBe(src);
    expect(looksLikeDelimitedData('B,1 极高,90,0.9,一对一定制干预,是')).toBe(true);
    expect(looksLikeDelimitedData('__proto__,constructor,valueOf,月薪,是否离职')).toBe(true);
    expect(looksLikeDelimitedData('已逾期,应立即沟通')).toBe(false);
    expect(looksLikeDelimitedData('数值题需要 unit(单位,如 % 或 元;无单位写空字符串)')).toBe(false);
  });

  it('keeps a diagnostic prefix (`file: 消息`) that code assembles, and converts it in prose', () => {
    expect(convertScript('const m = `${file}: 第 3 行缺少 id`;', { tsx: false })).toBe('const m = `${file}: 第 3 行缺少 id`;');
    expect(convertText('NPS: 推荐者占比')).toBe(('NPS：推荐者占比'));
  });

  it('in tests: converts expectations and regexes over UI text, never titles or CSV separators', () => {
    const src = [
      "it('计算,流失', () => {",
      "  expect(x).toBe('已逾期,应立即沟通');",
      "  expect(y).toMatch(/加班:是|司龄\\(年\\)/);",
      "  expect(z).toMatch(/^编号,风险层级/);",
      "  expect(w).toMatch(/万元?(缺失)/);",
      "  expect(u).toMatch(/(?<!移情性.{0,14})同理心(?!领导力)/);",
      '});',
      "it.each([['危险:低于市场']])('%s', (s) => {});",
      "  expect(v).toBe('甲,乙'); // typography-ignore: on purpose",
      '  // typography-ignore: the next line stays',
      "  expect(v).toBe('丙,丁');",
    ].join('\n');
    expect(convertScript(src, { tsx: false, test: true }).split('\n')).toEqual([
      "it('计算,流失', () => {",
      ("  expect(x).toBe('已逾期，应立即沟通');"),
      ('  expect(y).toMatch(/加班：是|司龄（年）/);'),
      '  expect(z).toMatch(/^编号,风险层级/);',
      '  expect(w).toMatch(/万元?(缺失)/);',
      '  expect(u).toMatch(/(?<!移情性.{0,14})同理心(?!领导力)/);',
      '});',
      ("it.each([['危险：低于市场']])('%s', (s) => {});"),
      "  expect(v).toBe('甲,乙'); // typography-ignore: on purpose",
      '  // typography-ignore: the next line stays',
      "  expect(v).toBe('丙,丁');",
    ]);
  });

  it('in tests: keeps deliberate bad examples — under a name that says so, next to their converted form, or beside full-width letters (a normalisation test)', () => {
    const src = [
      "for (const bad of ['入职 1~6 个月', '按\"实际\"来']) expect(rangeProblems(bad)).not.toEqual([]);",
      "const wrong = { text: '甲,乙' };",
      "expect(check('留存率,流失率')).toBe(false);",
      "expect(check('留存率，流失率')).toBe(true);",
      "expect(label).toBe('甲,乙');",
      "expect(normalise('净推荐值 （ＮＰＳ）')).toBe('净推荐值(nps)');",
    ].join('\n');
    const stats = newStats();
    expect(convertScript(src, { tsx: false, test: true, stats }).split('\n')).toEqual([
      "for (const bad of ['入职 1~6 个月', '按\"实际\"来']) expect(rangeProblems(bad)).not.toEqual([]);",
      "const wrong = { text: '甲,乙' };",
      "expect(check('留存率,流失率')).toBe(false);",
      "expect(check('留存率，流失率')).toBe(true);",
      "expect(label).toBe('甲，乙');",
      "expect(normalise('净推荐值 （ＮＰＳ）')).toBe('净推荐值(nps)');",
    ]);
    expect(stats.notes).toEqual([expect.stringContaining('3: left as written (its converted form is also in the file)')]);
  });

  it('in tests: full-width letters in one statement do not keep the strings of its neighbours', () => {
    const src = ["describe('x', () => {", "  it('a', () => expect(n(' １２.５ ')).toBe(true));", "  it('b', () => {", "    expect(m).toMatch('无法把「abc」识别为数字');", '  });', '});'].join('\n');
    expect(convertScript(src, { tsx: false, test: true })).toContain(`'无法把${LDQ}abc${RDQ}识别为数字'`);
  });

  it('in tests: leaves a file of typography rules alone (a regex class lists 「」『』 or ～)', () => {
    const src = "export const RULES = [/[「」『』]/g, /[~～]/g];\nexpect(bad('入职 1~6 个月,好')).toBe(true);\n";
    expect(convertScript(src, { tsx: false, test: true })).toBe(src);
    expect(convertScript(src, { tsx: false, test: false })).not.toBe(src);
  });

  it('skips a file that asks to be skipped', () => {
    const src = "// typography-ignore-file\nconst a = '甲,乙';\n";
    expect(convertFile('src/x.ts', src)).toBe(src);
  });
});

describe('.astro files', () => {
  it('converts frontmatter strings, template text, string attributes, expressions and client scripts; never styles', () => {
    const src = [
      '---',
      "const title = '留存与流失:定义';",
      '---',
      '<input placeholder="例如:留存率、流失成本" class="a,b" />',
      '<p>共 {n} 个模块,约 {h} 小时;进度只保存在浏览器里。</p>',
      "{first && <a href={url}>从第一课开始:{first.title}</a>}",
      "<p aria-label={`示例:${title}`}>{ok ? '已完成,继续' : '未开始'}</p>",
      '<style>a::after { content: "甲,乙"; }</style>',
      "<script>el.textContent = '加载失败,请刷新';</script>",
      '<!-- 注释,保持 -->',
    ].join('\n');
    expect(convertFile('src/pages/x.astro', src).split('\n')).toEqual([
      '---',
      ("const title = '留存与流失：定义';"),
      '---',
      ('<input placeholder="例如：留存率、流失成本" class="a,b" />'),
      ('<p>共 {n} 个模块，约 {h} 小时；进度只保存在浏览器里。</p>'),
      ('{first && <a href={url}>从第一课开始：{first.title}</a>}'),
      ("<p aria-label={`示例：${title}`}>{ok ? '已完成，继续' : '未开始'}</p>"),
      '<style>a::after { content: "甲,乙"; }</style>',
      ("<script>el.textContent = '加载失败，请刷新';</script>"),
      '<!-- 注释,保持 -->',
    ]);
  });
});

describe('counts', () => {
  it('counts changed marks by kind', () => {
    const stats = newStats();
    convertText('甲,乙:丙(丁)「戊」1~2 个', stats);
    expect({ ...stats }).toMatchObject({ ',': 1, ':': 1, '()': 1, corners: 1, ranges: 1 });
  });
});

// ------------------------------------------------------------------------------------------
// Properties

const pieces = ['"客户"', '(客户)', '张,"三"', "'预离'", "'", '-', '—', '至', '一', '个月', '甚', '留', '存', '率', '流失', '客户', '员工', ' ', '  ', ',', ':', ';', '?', '!', '(', ')', '"', '~', '1', '2', '00', '1,200', '09:00', '3.5', 'NPS', 'a', 'the', '**', '`', '`code`', '「', '」', '，', '（', '）', '“', '”', '–', '%', '|', '/tools/a/?x=1', 'https://e.org/a,b', '{n}', '<b>', '[链接](/a/(b))', '\n', '−', '+', '='];
const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
const noHan = fc.array(fc.constantFrom(...pieces.filter((p) => !/\p{Script=Han}|[「」]/u.test(p))), { maxLength: 30 }).map((a) => a.join(''));

describe('properties', () => {
  it('is idempotent on the cases that once were not', () => {
    for (const s of ['3.5——3.5"客户"', '张,"三"', '("示例")', '"甲":乙', '(a) 文字,b', '((文字) x)', '（"留存"）,流失', '(?)(客户)', '率 :"至"', '2 !至一', '一:2-00甚']) expect(convertText(convertText(s))).toBe(convertText(s));
    const script = "const a = ': (客户)';";
    expect(convertScript(convertScript(script, { tsx: false }), { tsx: false })).toBe(convertScript(script, { tsx: false }));
  });

  it('is idempotent: a second run changes nothing', () => {
    fc.assert(
      fc.property(prose, (s) => {
        const once = convertText(s);
        expect(convertText(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('never changes a line without Chinese characters (so ASCII-only text keeps its length)', () => {
    fc.assert(
      fc.property(noHan, (s) => {
        expect(convertText(s)).toBe(s);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(prose, noHan, (zh, ascii) => {
        const line = ascii.replace(/\n/g, '');
        const out = convertText(`${zh}\n${line}\n${zh}`).split('\n');
        expect(out[zh.split('\n').length]).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it('changes only punctuation, quotes and spaces (a doubled dash in a range counts as one mark)', () => {
    expect(fold(convertText('3.5——3.5"客户"'))).toBe(fold('3.5——3.5"客户"'));
    fc.assert(
      fc.property(prose, (s) => {
        expect(fold(convertText(s))).toBe(fold(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps numbers, times, URLs and inline code intact wherever they stand', () => {
    const kept = fc.constantFrom('1,200', '12,345,678', '09:30', '3.14', '3:1', 'https://example.org/a?b=1,2', '`f(a,b)`', '/tools/churn/?start=1200&lost=90');
    fc.assert(
      fc.property(prose, kept, prose, (a, k, b) => {
        // a boundary character that cannot merge with the kept token
        const out = convertText(`${a.replace(/\n/g, '')} ${k} ${b.replace(/\n/g, '')}`);
        expect(out).toContain(k);
      }),
      { numRuns: 1000 },
    );
  });

  it('scripts: idempotent and only punctuation changes, whatever the string holds', () => {
    fc.assert(
      fc.property(prose, (s) => {
        const body = s.replace(/[\\'\n`]/g, '');
        const src = `const a = '${body}';\nconst b = <p>{x}${body.replace(/[{}<>]/g, '')}</p>;\n`;
        const once = convertScript(src, { tsx: true });
        expect(convertScript(once, { tsx: true })).toBe(once);
        expect(fold(once)).toBe(fold(src));
      }),
      { numRuns: 500 },
    );
  });

  it('YAML: the document keeps its structure and a second run changes nothing', () => {
    fc.assert(
      fc.property(prose, (s) => {
        const body = s.replace(/\n/g, ' ').replace(/"/g, '');
        const src = `a: "${body.replace(/\\/g, '')}"\nb:\n  - |\n    ${body}\n`;
        const once = convertYaml(src);
        expect(convertYaml(once)).toBe(once);
        expect(Object.keys(parseYaml(once))).toEqual(['a', 'b']);
      }),
      { numRuns: 500 },
    );
  });
});
