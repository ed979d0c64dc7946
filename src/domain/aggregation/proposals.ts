import { placements, type Placement, type ProposalThresholds } from '../config/types';
import { formatNumber, formatPercent } from '../i18n/format';
import { type LocalizedText } from '../i18n/locale';
import { localizedMessage } from '../i18n/translate';
import { recordOf, type AggregationIndex, type FunctionAcc } from './accumulators';
import { meanOf } from './summaries';
import { type PlacementProposal, type ProposalEvidence, type ProposalRule } from './types';

/** The counts a proposal rests on, from a function's running sums. */
export function evidenceOf(acc: FunctionAcc): ProposalEvidence {
  const votes = recordOf(placements, acc.votes);
  const totalVotes = votes.verksamhetsnara + votes.samordnaSektor + votes.centralisera;
  return {
    votes,
    totalVotes,
    qualityResponses: acc.qualityCount,
    qualityMean: meanOf(acc.qualitySum, acc.qualityCount),
    unitsWithStaff: acc.unitsWithStaff,
    arsarbetare: acc.arsarbetare,
    meanArsarbetarePerStaffedUnit: meanOf(acc.arsarbetare, acc.unitsWithStaff),
  };
}

/**
 * The verksamhetsnära rules, first match wins (docs/domain.md explains each):
 * too few votes → no proposal; a close majority with acceptable quality → keep close; enough centralise votes
 * → centralise; fragmented staff with low quality (and no close majority) → centralise; a close majority with
 * low quality → coordinate in the sector; anything else → coordinate in the sector.
 */
export function proposePlacement(
  evidence: ProposalEvidence,
  thresholds: ProposalThresholds,
): { readonly proposal: Placement | 'insufficientData'; readonly rule: ProposalRule } {
  const { votes, totalVotes, qualityMean, unitsWithStaff, meanArsarbetarePerStaffedUnit } = evidence;
  if (totalVotes < thresholds.minVotes || totalVotes === 0)
    return { proposal: 'insufficientData', rule: 'insufficientData' };
  const closeShare = votes.verksamhetsnara / totalVotes;
  const centralShare = votes.centralisera / totalVotes;
  const closeMajority = closeShare >= thresholds.keepCloseMinShare;
  if (closeMajority && (qualityMean === null || qualityMean >= thresholds.keepCloseMinQuality)) {
    return { proposal: 'verksamhetsnara', rule: 'keepCloseMajority' };
  }
  if (centralShare >= thresholds.centraliseMinShare)
    return { proposal: 'centralisera', rule: 'centraliseMajority' };
  const fragmented =
    unitsWithStaff >= thresholds.fragmentedMinUnits &&
    meanArsarbetarePerStaffedUnit !== null &&
    meanArsarbetarePerStaffedUnit < thresholds.fragmentedBelowArsarbetare;
  const lowQuality = qualityMean !== null && qualityMean < thresholds.lowQualityBelow;
  if (fragmented && lowQuality && !closeMajority)
    return { proposal: 'centralisera', rule: 'centraliseFragmented' };
  if (closeMajority) return { proposal: 'samordnaSektor', rule: 'coordinateCloseLowQuality' };
  return { proposal: 'samordnaSektor', rule: 'coordinateMixed' };
}

function both(format: (locale: 'sv' | 'en') => string): LocalizedText {
  return { sv: format('sv'), en: format('en') };
}

function explain(
  rule: ProposalRule,
  evidence: ProposalEvidence,
  thresholds: ProposalThresholds,
): LocalizedText {
  const share = (votes: number): LocalizedText =>
    both((locale) => formatPercent(evidence.totalVotes === 0 ? 0 : votes / evidence.totalVotes, locale));
  switch (rule) {
    case 'insufficientData':
      return localizedMessage('proposalRule.insufficientData', { minVotes: thresholds.minVotes });
    case 'keepCloseMajority':
      return localizedMessage('proposalRule.keepCloseMajority', {
        share: share(evidence.votes.verksamhetsnara),
      });
    case 'centraliseMajority':
      return localizedMessage('proposalRule.centraliseMajority', {
        share: share(evidence.votes.centralisera),
      });
    case 'centraliseFragmented':
      return localizedMessage('proposalRule.centraliseFragmented', {
        units: evidence.unitsWithStaff,
        mean: both((locale) => formatNumber(evidence.meanArsarbetarePerStaffedUnit ?? 0, locale)),
      });
    case 'coordinateCloseLowQuality':
      return localizedMessage('proposalRule.coordinateCloseLowQuality');
    case 'coordinateMixed':
      return localizedMessage('proposalRule.coordinateMixed');
  }
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
      explanation: explain(rule, evidence, thresholds),
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
