import { proposalLabel } from '../../aggregation/proposals';
import { type PlacementProposal } from '../../aggregation/types';
import { placements } from '../../config/types';
import { type SlideContext } from '../context';
import { type Slide } from '../types';

const kinds: readonly PlacementProposal['proposal'][] = [...placements, 'insufficientData'];

/** The kommun's verksamhetsnära proposal for each function, with the managers' votes it rests on. */
export function proposalsSlide(context: SlideContext): Slide {
  const { input, locale, t, count } = context;
  const proposals = input.aggregate.proposals.kommun;
  const label = (proposal: PlacementProposal['proposal']) => proposalLabel(proposal)[locale];
  const total = count(proposals.length);
  const tally = kinds.map((kind) => ({
    proposal: label(kind),
    count: count(proposals.filter((p) => p.proposal === kind).length),
    total,
  }));
  return {
    id: 'proposals',
    title: t('proposals.title'),
    blocks: [
      {
        kind: 'figures',
        rows: tally.map((k) => ({ label: k.proposal, value: t('proposals.functions', k) })),
      },
      {
        kind: 'table',
        caption: t('proposals.caption'),
        columns: [
          { label: t('proposals.function'), numeric: false },
          { label: t('proposals.proposal'), numeric: false },
          ...placements.map((placement) => ({ label: context.placementName(placement), numeric: true })),
          { label: t('proposals.votes'), numeric: true },
        ],
        rows: proposals.map((p) => ({
          header: context.functionName(p.functionId),
          cells: [
            label(p.proposal),
            ...placements.map((placement) => count(p.evidence.votes[placement])),
            count(p.evidence.totalVotes),
          ],
        })),
      },
    ],
    notes: [
      tally.map((k) => t('proposals.notesKind', k)).join(' '),
      ...proposals.map((p) =>
        t('proposals.notesFunction', {
          function: context.functionName(p.functionId),
          proposal: label(p.proposal),
          n: count(p.evidence.totalVotes),
          votes: placements
            .map((placement) =>
              t('proposals.notesVote', {
                label: context.placementName(placement),
                count: count(p.evidence.votes[placement]),
              }),
            )
            .join(', '),
        }),
      ),
    ].join('\n'),
  };
}
