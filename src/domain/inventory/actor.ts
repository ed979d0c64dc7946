import { sameUpn } from '../organisation/upn';
import { type Inventory } from './types';

/** A role a signed-in user holds beyond managing their own units. */
export type ActorRole =
  /** Reviews the units of one sektor or kontor (the unit id of that sektor or kontor). */
  | { readonly kind: 'reviewer'; readonly unitId: string }
  /** The project team: configures, exports, and may review and reopen anything. */
  | { readonly kind: 'projectTeam' }
  /** The board (kommunstyrelsen): sees aggregates only. */
  | { readonly kind: 'board' };

/** The signed-in user as the rules see them. */
export interface Actor {
  /** The user's UPN; they manage the inventories whose `managerUpn` matches. */
  readonly upn: string;
  /** Roles beyond managing their own units. */
  readonly roles: readonly ActorRole[];
}

/** How an actor relates to one inventory, which decides what they may do with it. */
export type Relation = 'manager' | 'reviewer' | 'projectTeam';

/** Every way `actor` relates to `inventory` (possibly none, possibly several). */
export function relationsTo(actor: Actor, inventory: Inventory): ReadonlySet<Relation> {
  const relations = new Set<Relation>();
  if (sameUpn(actor.upn, inventory.managerUpn)) relations.add('manager');
  for (const role of actor.roles) {
    if (role.kind === 'projectTeam') relations.add('projectTeam');
    // A reviewer's scope is a sektor or a kontor; the inventory carries both ids of its unit.
    if (
      role.kind === 'reviewer' &&
      (role.unitId === inventory.sektorId || role.unitId === inventory.kontorId)
    ) {
      relations.add('reviewer');
    }
  }
  return relations;
}

/**
 * What a signed-in user reviews, besides answering for their own units: known when their form loads, with no
 * request of its own (docs/data-model.md, "Queries and their request budgets").
 */
export interface ReviewRights {
  /** The sektor and kontor units whose units they review: the sektorer and kontor they head (Organisation). */
  readonly reviewerOf: readonly string[];
  /** Whether they are in the project team (the SharePoint group), who may review every unit. */
  readonly projectTeam: boolean;
}

/** The sektorer and kontor among the units a person heads: the scopes they review. */
export function reviewerScopes(units: readonly { readonly id: string; readonly kind: string }[]): string[] {
  return units.filter((u) => u.kind === 'sektor' || u.kind === 'kontor').map((u) => u.id);
}
