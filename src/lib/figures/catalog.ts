/**
 * Every course figure by id: the one list `<Figure id="…" />` (src/components/figures/Figure.astro)
 * and the content test read. A definition is a function, so figures that draw course defaults
 * (tier shares, signal weights, thresholds) read them from their home when the site is built.
 */
import { fail, fieldError, ok, type Result } from '../result';
import type { FigureSpec } from './types';
import { causeMap } from './defs/cause-map';
import { churnTypesTimeline } from './defs/churn-types-timeline';
import { compounding } from './defs/compounding';
import { controlGroup } from './defs/control-group';
import { countVsRevenue } from './defs/count-vs-revenue';
import { customerJourney } from './defs/customer-journey';
import { customerLifecycle } from './defs/customer-lifecycle';
import { dataPipeline } from './defs/data-pipeline';
import { decisionTree } from './defs/decision-tree';
import { disconfirmation } from './defs/disconfirmation';
import { evaluationLevels } from './defs/evaluation-levels';
import { highPerformerAverage } from './defs/high-performer-average';
import { implicitChurnWindow } from './defs/implicit-churn-window';
import { interventionLoop } from './defs/intervention-loop';
import { loyaltyPyramid } from './defs/loyalty-pyramid';
import { npsDistributions } from './defs/nps-distributions';
import { npsScale } from './defs/nps-scale';
import { observationWindows } from './defs/observation-windows';
import { onboardingCheckpoints } from './defs/onboarding-checkpoints';
import { payGapZones } from './defs/pay-gap-zones';
import { periodBookkeeping } from './defs/period-bookkeeping';
import { postMortemTimeline } from './defs/post-mortem-timeline';
import { rampUpLoss } from './defs/ramp-up-loss';
import { renewalWindows } from './defs/renewal-windows';
import { riskTiers } from './defs/risk-tiers';
import { servqualProfile } from './defs/servqual-profile';
import { signalScorecard } from './defs/signal-scorecard';
import { signalsBeforeChurn } from './defs/signals-before-churn';
import { silentMajority } from './defs/silent-majority';
import { strategyLayers } from './defs/strategy-layers';
import { trainingDid } from './defs/training-did';
import { triangulation } from './defs/triangulation';

export const FIGURES = {
  'cause-map': causeMap,
  'churn-types-timeline': churnTypesTimeline,
  'compounding': compounding,
  'control-group': controlGroup,
  'count-vs-revenue': countVsRevenue,
  'customer-journey': customerJourney,
  'customer-lifecycle': customerLifecycle,
  'data-pipeline': dataPipeline,
  'decision-tree': decisionTree,
  'disconfirmation': disconfirmation,
  'evaluation-levels': evaluationLevels,
  'high-performer-average': highPerformerAverage,
  'implicit-churn-window': implicitChurnWindow,
  'intervention-loop': interventionLoop,
  'loyalty-pyramid': loyaltyPyramid,
  'nps-distributions': npsDistributions,
  'nps-scale': npsScale,
  'observation-windows': observationWindows,
  'onboarding-checkpoints': onboardingCheckpoints,
  'pay-gap-zones': payGapZones,
  'period-bookkeeping': periodBookkeeping,
  'post-mortem-timeline': postMortemTimeline,
  'ramp-up-loss': rampUpLoss,
  'renewal-windows': renewalWindows,
  'risk-tiers': riskTiers,
  'servqual-profile': servqualProfile,
  'signal-scorecard': signalScorecard,
  'signals-before-churn': signalsBeforeChurn,
  'silent-majority': silentMajority,
  'strategy-layers': strategyLayers,
  'training-did': trainingDid,
  'triangulation': triangulation,
} as const satisfies Record<string, () => FigureSpec>;

export type FigureId = keyof typeof FIGURES;

export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export function isFigureId(id: string): id is FigureId {
  return Object.prototype.hasOwnProperty.call(FIGURES, id);
}

/** The figure with this id, or an error naming the ids that exist. */
export function buildFigure(id: string): Result<FigureSpec, 'id'> {
  if (!isFigureId(id)) return fail([fieldError('id', `没有 id 为“${id}”的图。可用的图：${FIGURE_IDS.join('、')}`)]);
  return ok(FIGURES[id]());
}
