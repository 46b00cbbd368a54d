/**
 * Checks for <Calculator id values instance> embeds in MDX, run at build time by
 * src/components/calculator/Calculator.astro: a wrong embed fails the build with a Chinese
 * message naming the id, field or value, instead of shipping a broken calculator.
 */
import { CALCULATOR_IDS, getCalculator, isPlannedId } from './index';
import { acceptsRaw } from './fields';
import { isInstanceName } from '../url-state';

export type EmbedValues = Readonly<Record<string, string | number | boolean>>;

/** What is wrong with an embed (empty when it is fine). `where` names the page in messages. */
export function embedProblems(id: string, values: EmbedValues = {}, instance?: string, where = ''): string[] {
  const at = where ? `（${where}）` : '';
  if (!isPlannedId(id)) return [`<Calculator>：未知的计算器 id “${id}”${at}。可用的 id:${CALCULATOR_IDS.join('、')}`];
  const problems: string[] = [];
  if (instance !== undefined && !isInstanceName(instance)) {
    problems.push(`<Calculator id="${id}">：实例名 “${instance}” 无效，只能用小写英文字母、数字和连字符，且以字母开头${at}。`);
  }
  const spec = getCalculator(id);
  if (!spec) return problems;
  for (const [key, value] of Object.entries(values)) {
    const field = spec.fields.find((f) => f.name === key);
    if (!field) {
      problems.push(`<Calculator id="${id}">：没有名为 “${key}” 的输入项${at}。可用的输入项：${spec.fields.map((f) => f.name).join('、')}`);
    } else if (!acceptsRaw(field, String(value))) {
      problems.push(`<Calculator id="${id}">：输入项 “${key}”（${field.label}）的示例值 “${String(value)}” 无效${at}。`);
    }
  }
  return problems;
}
