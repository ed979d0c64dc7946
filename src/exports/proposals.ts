import { percentages, placements, proposalLabel, roundHalfAway, type PlacementProposal } from '../domain';
import { type CellValue, type Column, type SheetModel, type WorkbookInput } from './types';
import { labelsOf } from './words';

// The verksamhetsnära proposals, per function for the kommun and then each sektor, with the counts they rest on and
// the explanation the dashboards show (docs/domain.md, "Verksamhetsnära proposals").

/** The sheet `Förslag`. */
export function proposalsSheet(input: WorkbookInput): SheetModel {
  const { aggregate } = input;
  const labels = labelsOf(input.config);
  const sektorNames = new Map(aggregate.sektorer.map((s) => [s.id, s.name]));
  const sektorOrder = new Map(aggregate.sektorer.map((s, i) => [s.id, i]));
  const bySektor = [...aggregate.proposals.sektorer].sort(
    (a, b) => order(a, sektorOrder) - order(b, sektorOrder),
  );
  const row = (p: PlacementProposal): CellValue[] => {
    const area =
      p.scope.level === 'kommun'
        ? { id: 'kommun', name: 'Kommunen' }
        : { id: p.scope.sektorId, name: sektorNames.get(p.scope.sektorId) ?? p.scope.sektorId };
    const votes = placements.map((place) => p.evidence.votes[place]);
    // Shares that add up to 100 %, none when nobody voted.
    const shares =
      p.evidence.totalVotes === 0 ? placements.map(() => null) : percentages(votes, 0).map((v) => v / 100);
    const quality = p.evidence.quality;
    return [
      area.id,
      area.name,
      p.functionId,
      labels.fn(p.functionId),
      proposalLabel(p.proposal).sv,
      p.proposal,
      p.rule,
      ...votes,
      p.evidence.totalVotes,
      ...shares,
      quality.value === null ? null : roundHalfAway(quality.value, 1),
      quality.n,
      p.explanation.sv,
    ];
  };
  const columns: Column[] = [
    { header: 'AreaId', kind: 'text' },
    { header: 'Område', kind: 'text' },
    { header: 'FunctionId', kind: 'text' },
    { header: 'Stödfunktion', kind: 'text' },
    { header: 'Förslag', kind: 'text' },
    { header: 'Proposal', kind: 'text' },
    { header: 'Rule', kind: 'text' },
    ...placements.map((p): Column => ({ header: `Röster: ${labels.placement(p)}`, kind: 'count' })),
    { header: 'n (röster)', kind: 'count' },
    ...placements.map((p): Column => ({ header: `Andel: ${labels.placement(p)}`, kind: 'share' })),
    { header: 'Kvalitet (medelvärde)', kind: 'mean' },
    { header: 'Kvalitet (n)', kind: 'count' },
    { header: 'Förklaring', kind: 'text', long: true },
  ];
  return {
    name: 'Förslag',
    blocks: [{ columns, rows: [...aggregate.proposals.kommun, ...bySektor].map(row), filter: true }],
  };
}

function order(p: PlacementProposal, sektorOrder: ReadonlyMap<string, number>): number {
  return p.scope.level === 'kommun' ? -1 : (sektorOrder.get(p.scope.sektorId) ?? sektorOrder.size);
}
