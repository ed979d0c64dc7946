import { buildIndex, staffLocation, type StaffRow } from '../aggregation/accumulators';
import { countedAnswer } from '../aggregation/countedAnswer';
import { fromHundredths } from '../aggregation/rounding';
import { type MunicipalityConfig } from '../config/types';
import { type Inventory } from '../inventory/types';
import { type Unit } from '../organisation/types';
import { destination } from '../scenarios/choices';
import { roundProposals } from './round';
import { type ConsultationRound, type ProposalImpact, type UnitImpact } from './types';

// A manager may read neither Scenarier nor the other units, so what a round means for their unit is counted in
// their own tab: the round's frozen choices over the unit's own lines, through the dashboard's one-pass index with
// its staff rows and the scenarios' own `destination`, the very rows and rule the project team's scenario moved.

/** The inventory to count: the answer that counts, else (a draft, a return) the current lines as if submitted. */
function counted(inventory: Inventory, unit: Unit): { inventory: Inventory; basis: UnitImpact['basis'] } {
  if (countedAnswer(inventory, unit.manager?.upn ?? null) !== null) return { inventory, basis: 'counted' };
  return { inventory: { ...inventory, status: 'submitted', decisions: [] }, basis: 'draft' };
}

/**
 * What each proposal of a round would move of the unit's own staff, and where: those that touch the unit first,
 * then the others, each in the round's order. A function kept close is no proposal, so it moves nothing.
 */
export function unitImpact(
  round: Pick<ConsultationRound, 'choices' | 'periodId'>,
  unit: Unit,
  inventory: Inventory | undefined,
  config: MunicipalityConfig,
): UnitImpact {
  const base = inventory === undefined ? null : counted(inventory, unit);
  const index =
    base === null
      ? null
      : buildIndex(
          { units: [unit], inventories: [base.inventory], config, periodId: round.periodId },
          { staff: true },
        );
  // Every own staff row of a unit sits where the unit is, so one row's destination is all of theirs.
  const here: StaffRow = {
    unitIndex: 0,
    functionIndex: -1,
    location: staffLocation(unit, new Set(config.centralSektorIds)),
    receiving: false,
    persons: 0,
    arsarbetare: 0,
    receiver: [],
  };
  const proposals = roundProposals(round).map((proposal): ProposalImpact => {
    const { functionId, label, placement } = proposal;
    const functionIndex = config.taxonomy.functions.findIndex((fn) => fn.id === functionId);
    const to = destination(here, unit, placement);
    let persons = 0;
    let hundredths = 0;
    for (const row of index?.staff ?? []) {
      if (to === null || row.functionIndex !== functionIndex) continue;
      persons += row.persons;
      hundredths += row.arsarbetare;
    }
    const touches = persons > 0 || hundredths > 0;
    return { functionId, label, placement, to, persons, arsarbetare: fromHundredths(hundredths), touches };
  });
  return {
    unitId: unit.id,
    basis: base?.basis ?? 'none',
    proposals: [...proposals.filter((p) => p.touches), ...proposals.filter((p) => !p.touches)],
  };
}
