/**
 * Sensitive attributes: columns that describe who a person is rather than what they do (age,
 * gender, marital status, ethnicity, religion, health, …). They are left out of the model's
 * features by default, for fairness and because China's Personal Information Protection Law
 * (PIPL, 《个人信息保护法》第 24、28 条) restricts automated decisions about individuals and
 * treats such data as sensitive personal information. The learner may include them explicitly.
 */

interface SensitiveRule {
  pattern: RegExp;
  /** What the attribute is, in Chinese. */
  what: string;
}

const RULES: SensitiveRule[] = [
  { pattern: /^age(s|group|band|range)?$|(^|[_\s-])age([_\s-]|$)|年龄|年齡|出生|birth|^dob$/i, what: '年龄' },
  { pattern: /^Age[A-Z]|[a-z]Age$/, what: '年龄' },
  { pattern: /gender|^sex$|(^|[_\s-])sex([_\s-]|$)|性别|性別/i, what: '性别' },
  { pattern: /marital|marriage|married|婚姻|婚否|已婚/i, what: '婚姻状况' },
  { pattern: /ethnic|^race$|(^|[_\s-])race([_\s-]|$)|nationality|民族|种族|國籍|国籍|籍贯/i, what: '民族/种族/籍贯' },
  { pattern: /relig|宗教|信仰/i, what: '宗教信仰' },
  { pattern: /health|disab|medical|pregnan|健康|残疾|疾病|病史|怀孕|孕/i, what: '健康状况' },
  { pattern: /political|政治面貌|党派/i, what: '政治面貌' },
  { pattern: /sexual|orientation|性取向/i, what: '性取向' },
];

/** The sensitive attribute a column name denotes, in Chinese, or null. */
export function sensitiveAttribute(columnName: string): string | null {
  const name = columnName.trim();
  for (const rule of RULES) if (rule.pattern.test(name)) return rule.what;
  return null;
}

/** The note shown next to an excluded sensitive column. */
export function sensitiveNote(columnName: string, what: string): string {
  return (
    `“${columnName}”属于敏感属性（${what}），默认不作为特征：按敏感属性给人打分有失公平，` +
    '且《个人信息保护法》对利用个人信息进行自动化决策有明确限制。如确有必要，可手动纳入。'
  );
}
