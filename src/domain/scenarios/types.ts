import { type Placement } from '../config/types';
import { type InequalityReport, type PlacementProposal, type ReadinessMatrix } from '../aggregation/types';

/**
 * A "what if": for some functions a placement chosen by the project team, overriding the proposal. Every other
 * function follows the kommun's verksamhetsnära proposal. Stored as it is (the list item's JSON), so plain data.
 */
export interface ScenarioDefinition {
  /** Stable id, e.g. `s-3f9c…`; unique in the period. */
  readonly id: string;
  /** The name the project team gave it, e.g. "Samlad ekonomi". */
  readonly name: string;
  /** The period whose answers it rests on. */
  readonly periodId: string;
  /** Placement per function id where the team overrode the proposal. */
  readonly overrides: Readonly<Record<string, Placement>>;
}

/** Why a function is placed as it is in a scenario. */
export type ChoiceSource =
  /** The kommun's verksamhetsnära proposal. */
  | 'proposal'
  /** The project team chose otherwise. */
  | 'override'
  /** Too few answers for a proposal and no override: the function stays where it is. */
  | 'noProposal';

/** One function's placement in a scenario. */
export interface ScenarioChoice {
  readonly functionId: string;
  /** Where the function's own staff go: stay, gather in the sektor, or move to a central function. */
  readonly placement: Placement;
  readonly source: ChoiceSource;
  /** The kommun's proposal, for showing beside an override. */
  readonly proposal: PlacementProposal['proposal'];
}

/** FTE of one function that would move out of an area's units, by where they go. */
export interface FunctionMove {
  readonly functionId: string;
  /** FTE gathered at the sektor level from the area's units. */
  readonly toSektor: number;
  /** FTE leaving the area's sektor for a central function. */
  readonly toCentral: number;
}

/** What a scenario moves in one sektor or kontor. */
export interface AreaMoves {
  readonly level: 'sektor' | 'kontor';
  readonly id: string;
  readonly name: string;
  readonly sektorId: string;
  /** Support FTE in the area today (all functions). */
  readonly supportBefore: number;
  /**
   * Support FTE in the area after the moves: a kontor loses what leaves its units; a sektor keeps what gathers at
   * its own level and loses only what is centralised.
   */
  readonly supportAfter: number;
  /** FTE gathered at the sektor level from the area's units (all functions). */
  readonly toSektor: number;
  /** FTE leaving for a central function (all functions). */
  readonly toCentral: number;
  /** Per function that moves anything, in configuration order. */
  readonly functions: readonly FunctionMove[];
}

/** A unit whose own staff in a function would leave it. */
export interface UnitLoss {
  readonly unitId: string;
  readonly unitName: string;
  readonly sektorId: string;
  readonly kontorId: string | null;
  /** Each function whose staff leave, in configuration order. */
  readonly functions: readonly {
    readonly functionId: string;
    readonly persons: number;
    readonly arsarbetare: number;
    readonly to: 'sektor' | 'central';
  }[];
}

/** Everything a scenario shows, before and after, as plain serialisable data. */
export interface ScenarioOutcome {
  readonly scenario: ScenarioDefinition;
  /** One per function, in configuration order. */
  readonly choices: readonly ScenarioChoice[];
  /** Support FTE in the kommun: after equals before (a move never creates or loses FTE). */
  readonly totalArsarbetare: number;
  /** FTE that would sit in a central function after the moves, beyond any central sektor's own staff today. */
  readonly centralised: number;
  /** Per sektor, in organisation order. */
  readonly sektorer: readonly AreaMoves[];
  /** Per kontor, in organisation order. */
  readonly kontor: readonly AreaMoves[];
  /** Units that would lose support sitting in their own unit today, in organisation order. */
  readonly unitLosses: readonly UnitLoss[];
  /** The mottagare matrix today (equal to the dashboard's) and after the moves. */
  readonly readiness: { readonly before: ReadinessMatrix; readonly after: ReadinessMatrix };
  /** How unequal the sectors are today (equal to the dashboard's) and after the moves. */
  readonly inequality: { readonly before: InequalityReport; readonly after: InequalityReport };
}
