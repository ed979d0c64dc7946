import { type Actor, type ActorRole, type ReviewRights } from './actor';

// What a reviewer reviews, as the status machine sees it. Apart from actor.ts, which the manager's tab loads at
// start: only a reviewer's pages need these.

/** The signed-in user with their review roles, as the status machine sees them. */
export function reviewingActor(upn: string, rights: ReviewRights): Actor {
  const roles: ActorRole[] = rights.reviewerOf.map((unitId) => ({ kind: 'reviewer', unitId }));
  if (rights.projectTeam) roles.push({ kind: 'projectTeam' });
  return { upn, roles };
}

/** Whether a unit lies in what `actor` reviews: its sektor or kontor is one of theirs, or they are the project team. */
export function reviewsUnit(
  actor: Actor,
  unit: { readonly sektorId: string; readonly kontorId: string | null },
): boolean {
  return actor.roles.some(
    (role) =>
      role.kind === 'projectTeam' ||
      (role.kind === 'reviewer' && (role.unitId === unit.sektorId || role.unitId === unit.kontorId)),
  );
}
