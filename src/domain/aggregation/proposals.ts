import { placements, type Placement, type ProposalThresholds } from '../config/types';
import { formatNumber, formatPercent } from '../i18n/format';
import { type LocalizedText } from '../i18n/locale';
import { recordOf, type AggregationIndex, type FunctionAcc } from './accumulators';
import { joinTexts, proposalText } from './proposalTexts';
import { fromHundredths, percentages } from './rounding';
import { meanOf } from './summaries';
import { type PlacementProposal, type ProposalEvidence, type ProposalRule } from './types';

/** The counts a proposal rests on, from a function's running sums. */
export function evidenceOf(acc: FunctionAcc): ProposalEvidence {
  const votes = recordOf(placements, acc.votes);
  const arsarbetare = fromHundredths(acc.arsarbetare);
  return {
    votes,
    totalVotes: votes.verksamhetsnara + votes.samordnaSektor + votes.centralisera,
    quality: meanOf(acc.qualitySum, acc.qualityCount),
    unitsWithStaff: acc.unitsWithStaff,
    arsarbetare,
    arsarbetarePerStaffedUnit: meanOf(arsarbetare, acc.unitsWithStaff),
  };
}

/** The options with the most votes (more than one on a tie). */
function leaders(votes: Readonly<Record<Placement, number>>): Placement[] {
  const most = Math.max(...placements.map((p) => votes[p]));
  return placements.filter((p) => votes[p] === most);
}

/**
 * The verksamhetsnära rules, first match wins (docs/domain.md explains each): too few votes → no proposal; the
 * most votes shared → a tie, coordinate in the sector; most votes close, at least the threshold, and quality not
 * known to be low → keep close; enough centralise votes → centralise; fragmented staff with low quality (and no
 * close majority) → centralise; a close majority with low quality → coordinate; anything else → coordinate.
 */
export function proposePlacement(
  evidence: ProposalEvidence,
  thresholds: ProposalThresholds,
): { readonly proposal: Placement | 'insufficientData'; readonly rule: ProposalRule } {
  const { votes, totalVotes, quality, unitsWithStaff, arsarbetarePerStaffedUnit } = evidence;
  if (totalVotes < thresholds.minVotes || totalVotes === 0)
    return { proposal: 'insufficientData', rule: 'insufficientData' };
  const top = leaders(votes);
  if (top.length > 1) return { proposal: 'samordnaSektor', rule: 'tie' };
  const closeMajority =
    top[0] === 'verksamhetsnara' && votes.verksamhetsnara / totalVotes >= thresholds.keepCloseMinShare;
  // Quality that nobody (or too few) rated is not held against keeping the support close, nor claimed as good.
  if (closeMajority && (quality.value === null || quality.value >= thresholds.keepCloseMinQuality)) {
    return { proposal: 'verksamhetsnara', rule: 'keepCloseMajority' };
  }
  if (votes.centralisera / totalVotes >= thresholds.centraliseMinShare)
    return { proposal: 'centralisera', rule: 'centraliseMajority' };
  const fragmented =
    unitsWithStaff >= thresholds.fragmentedMinUnits &&
    arsarbetarePerStaffedUnit.value !== null &&
    arsarbetarePerStaffedUnit.value < thresholds.fragmentedBelowArsarbetare;
  const lowQuality = quality.value !== null && quality.value < thresholds.lowQualityBelow;
  if (fragmented && lowQuality && !closeMajority)
    return { proposal: 'centralisera', rule: 'centraliseFragmented' };
  if (closeMajority) return { proposal: 'samordnaSektor', rule: 'coordinateCloseLowQuality' };
  return { proposal: 'samordnaSektor', rule: 'coordinateMixed' };
}

function both(format: (locale: 'sv' | 'en') => string): LocalizedText {
  return { sv: format('sv'), en: format('en') };
}

function percent(share: number): LocalizedText {
  return both((locale) => formatPercent(share, locale));
}

function decimal(value: number): LocalizedText {
  return both((locale) => formatNumber(value, locale, { maximumFractionDigits: 1 }));
}

/** Every side's share, rounded so the three add up to 100 %, with n. */
function votesText(evidence: ProposalEvidence): LocalizedText {
  const { votes, totalVotes } = evidence;
  if (totalVotes === 0) return proposalText('noVotes');
  const shares = recordOf(placements, percentages(placements.map((p) => votes[p])));
  return proposalText('votes', {
    n: totalVotes,
    close: percent(shares.verksamhetsnara / 100),
    sector: percent(shares.samordnaSektor / 100),
    central: percent(shares.centralisera / 100),
  });
}

function qualityText(evidence: ProposalEvidence): LocalizedText {
  const { n, value } = evidence.quality;
  if (n === 0) return proposalText('qualityNone');
  return value === null
    ? proposalText('qualityTooFew', { n })
    : proposalText('qualityMean', { n, mean: decimal(value) });
}

function ruleText(
  rule: ProposalRule,
  context: { evidence: ProposalEvidence; thresholds: ProposalThresholds },
): LocalizedText {
  const { evidence, thresholds } = context;
  switch (rule) {
    case 'insufficientData':
      return proposalText('rule.insufficientData', { minVotes: thresholds.minVotes });
    case 'tie': {
      const [first = 'verksamhetsnara', second = 'centralisera'] = leaders(evidence.votes);
      return proposalText('rule.tie', {
        first: proposalText(`place.${first}`),
        second: proposalText(`place.${second}`),
      });
    }
    case 'keepCloseMajority':
      return proposalText('rule.keepCloseMajority', { threshold: percent(thresholds.keepCloseMinShare) });
    case 'centraliseMajority':
      return proposalText('rule.centraliseMajority', { threshold: percent(thresholds.centraliseMinShare) });
    case 'centraliseFragmented':
      return proposalText('rule.centraliseFragmented', {
        units: evidence.unitsWithStaff,
        mean: decimal(evidence.arsarbetarePerStaffedUnit.value ?? 0),
        below: decimal(thresholds.lowQualityBelow),
      });
    case 'coordinateCloseLowQuality':
      return proposalText('rule.coordinateCloseLowQuality', { min: decimal(thresholds.keepCloseMinQuality) });
    case 'coordinateMixed':
      return proposalText('rule.coordinateMixed');
  }
}

/** The proposal in words: every side's share and n, the rule that decided, and what is known of quality. */
export function explainProposal(
  rule: ProposalRule,
  context: { readonly evidence: ProposalEvidence; readonly thresholds: ProposalThresholds },
): LocalizedText {
  return joinTexts([votesText(context.evidence), ruleText(rule, context), qualityText(context.evidence)]);
}

/** The label of a proposal, in both languages. */
export function proposalLabel(proposal: PlacementProposal['proposal']): LocalizedText {
  return proposalText(`proposal.${proposal}`);
}

function proposalsFor(
  functions: readonly FunctionAcc[],
  context: { readonly index: AggregationIndex; readonly scope: PlacementProposal['scope'] },
): PlacementProposal[] {
  const { index, scope } = context;
  const thresholds = index.config.proposalThresholds;
  return index.config.taxonomy.functions.map((fn, i) => {
    const evidence = evidenceOf(functions[i] as FunctionAcc);
    const { proposal, rule } = proposePlacement(evidence, thresholds);
    return {
      functionId: fn.id,
      scope,
      proposal,
      rule,
      evidence,
      explanation: explainProposal(rule, { evidence, thresholds }),
    };
  });
}

/** Verksamhetsnära proposals per function, for the kommun and for each sektor. */
export function proposalsFromIndex(index: AggregationIndex): {
  readonly kommun: PlacementProposal[];
  readonly sektorer: PlacementProposal[];
} {
  return {
    kommun: proposalsFor(index.kommun.functions, { index, scope: { level: 'kommun' } }),
    sektorer: [...index.sektorer.values()].flatMap((s) =>
      proposalsFor(s.functions, { index, scope: { level: 'sektor', sektorId: s.id } }),
    ),
  };
}
