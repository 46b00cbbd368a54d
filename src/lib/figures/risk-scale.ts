/**
 * The five risk tiers on the figures' risk palette, in the course's order (极高 … 极低), from the
 * one home of the tiers (src/lib/metrics/signal-score.ts).
 */
import { RISK_TIERS, type RiskTier } from '../metrics';
import type { Paint } from './types';

const PAINT: Record<RiskTier, Paint> = { 'very-high': 'r1', high: 'r2', medium: 'r3', low: 'r4', 'very-low': 'r5' };

export function tierPaint(tier: RiskTier): Paint {
  return PAINT[tier];
}

/** The tiers with their palette hue and a short name (极高风险 → 极高, 中等风险 → 中等). */
export function tiers(): { id: RiskTier; label: string; short: string; share: number; paint: Paint }[] {
  return RISK_TIERS.map((t) => ({ id: t.id, label: t.label, short: t.label.replace(/风险$/, ''), share: t.typicalShare, paint: PAINT[t.id] }));
}
