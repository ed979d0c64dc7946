import { type MunicipalityConfig, type Placement } from '../config/types';
import { type StaffRow } from '../aggregation/accumulators';
import { type PlacementProposal } from '../aggregation/types';
import { type Unit } from '../organisation/types';
import { type ScenarioChoice, type ScenarioDefinition } from './types';

/**
 * Each function's placement in a scenario, in configuration order: the team's override where there is one, else
 * the kommun's proposal; a function with too few answers for a proposal stays where it is. Overrides of functions
 * no longer in the taxonomy do not apply (and stay stored, should the function come back).
 */
export function resolveChoices(
  scenario: Pick<ScenarioDefinition, 'overrides'>,
  context: { readonly config: MunicipalityConfig; readonly proposals: readonly PlacementProposal[] },
): ScenarioChoice[] {
  const proposals = new Map(context.proposals.map((p) => [p.functionId, p.proposal]));
  return context.config.taxonomy.functions.map((fn) => {
    const proposal = proposals.get(fn.id) ?? 'insufficientData';
    const override = Object.hasOwn(scenario.overrides, fn.id) ? scenario.overrides[fn.id] : undefined;
    if (override !== undefined)
      return { functionId: fn.id, placement: override, source: 'override', proposal };
    return proposal === 'insufficientData'
      ? { functionId: fn.id, placement: 'verksamhetsnara', source: 'noProposal', proposal }
      : { functionId: fn.id, placement: proposal, source: 'proposal', proposal };
  });
}

/**
 * Where a line's own staff go under a placement, or `null` when they stay. Gathering in the sektor moves staff of
 * enheter and kontor to the sektor's own level; a sektor's own staff and its staff units directly under it are
 * that level already. Centralising moves every staff member outside a central sektor; a central sektor's staff
 * are the central function already.
 */
export function destination(row: StaffRow, unit: Unit, placement: Placement): 'sektor' | 'central' | null {
  if (row.location === 'central' || placement === 'verksamhetsnara') return null;
  if (placement === 'centralisera') return 'central';
  if (row.location === 'sektor' || (unit.stab === true && unit.kontorId === null)) return null;
  return 'sektor';
}
