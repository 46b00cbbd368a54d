/**
 * A short model card (Mitchell et al., “Model Cards for Model Reporting”, FAT* 2019, cut to what
 * a trainee and their HR or data team need), in Chinese Markdown, for the SQL and the model
 * file: what the model was fitted on, how it scores, its test metrics, the sensitive columns
 * kept out of it, how the tiers are drawn, and the course's rule for using scores.
 */
import { formatInteger, formatNumber, formatPercent } from '../format';
import type { FittedModel } from './fitted-model';
import { TIER_INTERVENTIONS } from './interventions';
import { TIER_COUNT, TIER_NAMES } from './tiers';

/** The course's rule for every score the simulator or its exports give. */
export const SCORE_RULE = '分数用来开启一次谈话，不用来对一个人作出决定。';

const KIND_TEXT: Record<FittedModel['kind'], string> = {
  logistic: '逻辑回归（L2 正则化）：流失概率 = σ(截距 + Σ 系数 × 标准化特征)，风险分 = 概率 × 100', // typography-ignore: σ(…) is a function of a formula
  tree: '决策树（CART）：每行落入一个叶子，流失概率 = 该叶子训练行的流失率，风险分 = 概率 × 100',
  scorecard: '透明评分卡：课程预警信号的加权和（0–100 风险分），流失概率 = 所在层级在训练数据中的流失率',
};

const SOURCE_TEXT: Record<FittedModel['trainedOn']['source'], string> = { sample: '课程内置样本（虚构数据）', csv: '上传的 CSV 文件', table: '数据表' };

/** Markdown text of a card (safe to print: user text is shown inside code spans or as plain text). */
export function modelCard(model: FittedModel): string {
  const t = model.trainedOn;
  const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``;
  const plain = (s: string) => s.replace(/[\r\n]+/g, ' ');
  const features =
    model.kind === 'scorecard'
      ? model.scorecard.signals.map((s) => `${plain(s.label)}（列 ${code(s.column)}，权重 ${formatNumber(s.weight, { digits: 2 })}）`)
      : model.encoder.columns.map((c) => code(c.column));
  const tiers = model.tiers;
  const tierLine =
    tiers.mode === 'rank'
      ? `- 按排名分层：${TIER_NAMES.map((n, i) => `${n} ${formatNumber(tiers.shares[i], { digits: 2 })}%`).join('、')}，每次在被打分的整张表上重新排名，所以各层占比在新数据上仍然成立。`
      : `- 按固定分数线分层：${tiers.cutoffs.map((c, i) => `${TIER_NAMES[i]} ≥ ${formatNumber(c, { digits: 2 })}`).join('、')}，其余为${TIER_NAMES[TIER_COUNT - 1]}。`;
  const lines = [
    '# 模型卡：流失风险分层模型',
    '',
    `> **使用规则：${SCORE_RULE}** 高风险名单是安排谈话和关怀的先后顺序，不是对任何人的评价；不要仅凭分数作出调岗、解约、降薪等决定（《个人信息保护法》第二十四条）。`,
    '',
    '## 模型',
    `- 类型：${KIND_TEXT[model.kind]}`,
    `- 读取的列（${features.length}）：${features.join('、')}`,
    model.key !== null ? `- 键列：${code(model.key)}（随结果输出；排名同分时按它升序）` : '- 键列：无',
    `- 文件格式：${model.format}，第 ${model.version} 版（模拟器的“导入模型”可以读回）`,
    '',
    '## 训练数据',
    `- 来源：${SOURCE_TEXT[t.source]} ${code(t.name)}，共 ${formatInteger(t.rows)} 行`,
    t.labelled > 0
      ? `- 标签列 ${code(t.label ?? '')}：有标签 ${formatInteger(t.labelled)} 行，其中流失 ${formatInteger(t.churners)} 行（流失率 ${formatPercent(t.churners / t.labelled)}）`
      : '- 没有流失标签：模型未从结果中学习',
    t.trainRows > 0 ? `- 分层随机划分：${formatInteger(t.trainRows)} 行训练、${formatInteger(t.testRows)} 行测试（种子 ${code(String(t.splitSeed))}）` : '- 没有训练/测试划分',
    '- 模型文件和 SQL 只含模型参数（系数、阈值、类别取值、中位数），不含任何训练数据行。',
    '',
    '## 测试集表现',
    model.testMetrics !== null
      ? `- AUC ${formatNumber(model.testMetrics.auc, { digits: 3 })}（0.5 = 随机，1 = 完美排序）；极高层的提升度 ${formatNumber(model.testMetrics.topTierLift, { digits: 2 })} 倍（极高层实际流失率 ÷ 整体流失率）`
      : '- 没有测试集结果（训练数据没有可用的标签）。',
    '- 这些数字来自训练文件的测试行；用到新的人群、新的时期时，请先用有结果的数据重新核对。',
    '',
    '## 敏感属性',
    model.excludedSensitive.length > 0
      ? `- 以下列描述一个人是谁，没有作为特征：${model.excludedSensitive.map(code).join('、')}。它们只用于公平性核对（五分之四规则）。`
      : '- 训练数据中没有识别到敏感属性列。',
    '- 其他特征仍可能与敏感属性相关（例如部门与性别）：请定期按群体核对各层的入选比例。',
    '',
    '## 分层与干预',
    tierLine,
    `- 建议干预：${TIER_NAMES.map((n, i) => `${n} → ${TIER_INTERVENTIONS[i]}`).join('；')}。`,
    '',
    '## 局限',
    '- 模型学到的是历史数据中的相关关系，不一定是原因：每个高风险的人都要通过谈话去了解真实情况。',
    '- 数据或业务变化后模型会过时：建议每月重新打分，每季度用新的结果数据重新训练和评估。',
    '',
  ];
  return lines.join('\n');
}
