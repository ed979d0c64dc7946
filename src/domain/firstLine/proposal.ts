import { joinTexts } from '../aggregation/proposalTexts';
import { fromHundredths, toHundredths } from '../aggregation/rounding';
import { minAnswers } from '../aggregation/summaries';
import { type FirstLineMissionSettings } from '../config/types';
import { formatNumber, formatPercent } from '../i18n/format';
import { type LocalizedText } from '../i18n/locale';
import { firstLineText } from './texts';
import {
  type ChefsnaraStodEvidence,
  type ChefsnaraStodProposal,
  type ChefsnaraStodProposalKind,
  type ChefsnaraStodRule,
} from './types';

// Hours and FTE are worked in whole hundredths, like the aggregation (aggregation/rounding.ts): the evidence holds
// values to the hundredth, settings with more decimals are counted to the hundredth, and every division is done
// on integers, so a threshold is met or not exactly and the explanation's figures add up.

/** `a / b` for whole `a ≥ 0` and `b > 0`, rounded half up (half away from zero) to a whole number. */
export function divideRounded(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** `a / b` for whole `a ≥ 0` and `b > 0`, rounded up: a need is never rounded away. */
function divideUp(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** Which conditions call for more chefsnära stöd, and how much per manager each asks for (hundredths). */
interface Needs {
  readonly hours: boolean;
  readonly span: boolean;
  /** Excess hours per week per manager (hundredths), when compared. */
  readonly excess: number | null;
  /** FTE per manager the excess hours ask for. */
  readonly hoursNeed: number;
  /** FTE per manager the span asks for. */
  readonly spanNeed: number;
}

function needsOf(evidence: ChefsnaraStodEvidence, settings: FirstLineMissionSettings): Needs {
  const { adminHours, medarbetarspann } = evidence;
  const excess = adminHours.excess === null ? null : toHundredths(adminHours.excess);
  const hours = excess !== null && excess > toHundredths(settings.excessHoursTolerance);
  const span =
    medarbetarspann.shareAboveLimit !== null && medarbetarspann.shareAboveLimit >= settings.spanMinShareAbove;
  return {
    hours,
    span,
    excess,
    // FTE = hours ÷ full-time week; both in hundredths, so × 100 gives hundredths of FTE. `hours` implies excess > 0.
    hoursNeed:
      hours && excess !== null ? divideUp(excess * 100, toHundredths(settings.fullTimeWeekHours)) : 0,
    spanNeed: span ? toHundredths(settings.spanRaiseArsarbetare) : 0,
  };
}

/** The fewest answers behind any figure the rules read. */
function leastN(evidence: ChefsnaraStodEvidence): number {
  return Math.min(evidence.adminHours.n, evidence.medarbetarspann.n, evidence.chefsnaraStod.n);
}

function both(format: (locale: 'sv' | 'en') => string): LocalizedText {
  return { sv: format('sv'), en: format('en') };
}

/** Hours or FTE to at most two decimals, as the aggregation shows them. */
function decimal(value: number): LocalizedText {
  return both((locale) => formatNumber(value, locale, { maximumFractionDigits: 2 }));
}

/**
 * A share as a percentage to a tenth, cut rather than rounded: a share just below a threshold (24.96 % of 25 %)
 * must not read as reaching it.
 */
function percent(share: number): LocalizedText {
  const tenths = Math.floor(share * 1000 + 1e-9) / 1000;
  return both((locale) => formatPercent(tenths, locale, { maximumFractionDigits: 1 }));
}

function figuresText(evidence: ChefsnaraStodEvidence): LocalizedText[] {
  const { adminHours, medarbetarspann, chefsnaraStod } = evidence;
  const texts: LocalizedText[] = [];
  if (adminHours.reference === null) texts.push(firstLineText('hoursNoReference'));
  else if (adminHours.hours !== null) {
    const params = {
      hours: decimal(adminHours.hours),
      reference: decimal(adminHours.reference),
      n: adminHours.n,
      categories: adminHours.compared,
      total: adminHours.categories,
    };
    texts.push(firstLineText(adminHours.compared < adminHours.categories ? 'hoursPartial' : 'hours', params));
  }
  if (medarbetarspann.shareAboveLimit !== null) {
    texts.push(
      firstLineText('span', {
        share: percent(medarbetarspann.shareAboveLimit),
        limit: medarbetarspann.limit,
        n: medarbetarspann.n,
      }),
    );
  }
  if (chefsnaraStod.perManager !== null) {
    texts.push(
      firstLineText('stod', {
        perManager: decimal(chefsnaraStod.perManager),
        total: decimal(chefsnaraStod.arsarbetare),
        n: chefsnaraStod.n,
      }),
    );
  }
  return texts;
}

function reasonTexts(
  needs: Needs,
  context: { readonly evidence: ChefsnaraStodEvidence; readonly settings: FirstLineMissionSettings },
): LocalizedText[] {
  const { evidence, settings } = context;
  const span = { minShare: percent(settings.spanMinShareAbove), limit: evidence.medarbetarspann.limit };
  const tolerance = decimal(settings.excessHoursTolerance);
  if (!needs.hours && !needs.span) {
    if (needs.excess === null) return [firstLineText('rule.keepSpanOnly', span)];
    return [
      needs.excess <= 0
        ? firstLineText('rule.keepNotAbove', span)
        : firstLineText('rule.keepWithinReference', { ...span, tolerance }),
    ];
  }
  const texts: LocalizedText[] = [];
  if (needs.hours) {
    texts.push(
      firstLineText('reason.hours', {
        tolerance,
        excess: decimal(fromHundredths(needs.excess ?? 0)),
        week: decimal(settings.fullTimeWeekHours),
        need: decimal(fromHundredths(needs.hoursNeed)),
      }),
    );
  }
  if (needs.span)
    texts.push(firstLineText('reason.span', { ...span, need: decimal(fromHundredths(needs.spanNeed)) }));
  return texts;
}

/** The label of a proposal, in both languages. */
export function chefsnaraStodProposalLabel(proposal: ChefsnaraStodProposalKind): LocalizedText {
  return firstLineText(`proposal.${proposal}`);
}

/**
 * The chefsnära stöd proposal for one area, first match wins (docs/domain.md explains each): fewer answers than
 * `minRespondents` → no proposal; neither the hours (more than `excessHoursTolerance` above the reference) nor the
 * span (at least `spanMinShareAbove` of the managers above `spanLimit`) calls for more → keep today's level; today's
 * level already at `maxArsarbetarePerManager` → keep it; otherwise raise by what the hours (excess ÷ full-time week)
 * and the span (`spanRaiseArsarbetare`) ask for, up to the cap. A proposal never lowers today's level.
 */
export function proposeChefsnaraStod(
  evidence: ChefsnaraStodEvidence,
  settings: FirstLineMissionSettings,
): ChefsnaraStodProposal {
  const todayPerManager = evidence.chefsnaraStod.perManager;
  const n = leastN(evidence);
  const least = Math.max(settings.minRespondents, minAnswers);
  const outcome = (
    proposal: ChefsnaraStodProposalKind,
    rule: ChefsnaraStodRule,
    rest: {
      readonly added: number | null;
      readonly capped?: boolean;
      readonly explanation: readonly LocalizedText[];
    },
  ): ChefsnaraStodProposal => {
    const today = todayPerManager === null ? 0 : toHundredths(todayPerManager);
    const { added, capped = false } = rest;
    return {
      proposal,
      rule,
      evidence,
      todayPerManager,
      proposedPerManager: added === null ? null : fromHundredths(today + added),
      addedPerManager: added === null ? null : fromHundredths(added),
      addedArsarbetare: added === null ? null : fromHundredths(added * evidence.chefsnaraStod.n),
      capped,
      explanation: joinTexts(rest.explanation),
    };
  };
  if (n < least || todayPerManager === null) {
    return outcome('insufficientData', 'insufficientData', {
      added: null,
      explanation: [firstLineText('rule.insufficientData', { min: least, n })],
    });
  }
  const needs = needsOf(evidence, settings);
  const figures = figuresText(evidence);
  const reasons = reasonTexts(needs, { evidence, settings });
  if (!needs.hours && !needs.span) {
    return outcome('keep', 'keepWithinReference', {
      added: 0,
      explanation: [...figures, ...reasons, firstLineText('action.keep')],
    });
  }
  const today = toHundredths(todayPerManager);
  const cap = toHundredths(settings.maxArsarbetarePerManager);
  const room = Math.max(0, cap - today);
  if (room === 0) {
    return outcome('keep', 'keepAtCap', {
      added: 0,
      explanation: [
        ...figures,
        ...reasons,
        firstLineText('action.keepAtCap', {
          today: decimal(todayPerManager),
          cap: decimal(fromHundredths(cap)),
        }),
      ],
    });
  }
  const need = needs.hoursNeed + needs.spanNeed;
  const added = Math.min(need, room);
  const capped = need > room;
  const rule: ChefsnaraStodRule =
    needs.hours && needs.span ? 'raiseForHoursAndSpan' : needs.hours ? 'raiseForHours' : 'raiseForSpan';
  const action = firstLineText(capped ? 'action.raiseCapped' : 'action.raise', {
    added: decimal(fromHundredths(added)),
    proposed: decimal(fromHundredths(today + added)),
    addedTotal: decimal(fromHundredths(added * evidence.chefsnaraStod.n)),
  });
  return outcome('raise', rule, { added, capped, explanation: [...figures, ...reasons, action] });
}
