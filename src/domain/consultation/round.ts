import { type MunicipalityConfig, type Placement } from '../config/types';
import { type PlacementProposal } from '../aggregation/types';
import { swedishDate, type IsoDate } from '../periods';
import { resolveChoices } from '../scenarios/choices';
import { type ScenarioDefinition } from '../scenarios/types';
import { type ConsultationRound, type RoundChoice } from './types';

/** A choice that moves support: what the managers are asked about. */
export type RoundProposal = RoundChoice & { readonly placement: Exclude<Placement, 'verksamhetsnara'> };

/**
 * A new round on a scenario, its choices frozen as the scenario resolves them now: the team's overrides, else the
 * kommun's proposals (`resolveChoices`, the scenarios page's own rule), with each function's name as shown.
 */
export function roundFromScenario(
  scenario: ScenarioDefinition,
  context: {
    readonly config: MunicipalityConfig;
    /** The kommun's verksamhetsnära proposals of the scenario's period. */
    readonly proposals: readonly PlacementProposal[];
    readonly id: string;
    readonly closesOn: IsoDate;
    /** ISO instant. */
    readonly openedAt: string;
  },
): ConsultationRound {
  const { config } = context;
  const labels = new Map(config.taxonomy.functions.map((fn) => [fn.id, fn.label]));
  return {
    id: context.id,
    periodId: scenario.periodId,
    scenarioId: scenario.id,
    name: scenario.name.trim(),
    openedAt: context.openedAt,
    choices: resolveChoices(scenario, context).map((choice) => ({
      functionId: choice.functionId,
      label: labels.get(choice.functionId) ?? { sv: choice.functionId, en: choice.functionId },
      placement: choice.placement,
      source: choice.source,
    })),
    closesOn: context.closesOn,
    closed: false,
  };
}

/** The round's proposals: the functions whose placement moves support, in the round's order. */
export function roundProposals(round: Pick<ConsultationRound, 'choices'>): RoundProposal[] {
  return round.choices.filter((c): c is RoundProposal => c.placement !== 'verksamhetsnara');
}

/** Whether managers may still answer on `now` (an ISO instant): not closed, and not past its last day in Sweden. */
export function roundOpen(round: Pick<ConsultationRound, 'closed' | 'closesOn'>, now: string): boolean {
  return !round.closed && swedishDate(now) <= round.closesOn;
}
