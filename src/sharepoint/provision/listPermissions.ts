import { type ListKey } from '../schema';

/** A principal provisioning grants list permissions to. */
export type SitePrincipal = 'owners' | 'projectTeam' | 'managers' | 'board';

/** A permission level, built in (found by RoleTypeKind) or one of ours (found by name). */
export type SiteRole = 'fullControl' | 'edit' | 'read' | 'besvara' | 'besluta';

/** One grant on a list. */
export interface ListGrant {
  readonly principal: SitePrincipal;
  readonly role: SiteRole;
}

const base: readonly ListGrant[] = [
  { principal: 'owners', role: 'fullControl' },
  { principal: 'projectTeam', role: 'edit' },
];
const readable: readonly ListGrant[] = [...base, { principal: 'managers', role: 'read' }];

/**
 * Who has what on each list (docs/data-model.md, "Permissions"). Every list breaks inheritance from the web, so the
 * site's Members and Visitors see none of it; managers read the organisation and the taxonomy; the inventory
 * lists grant managers and reviewers nothing at list level — they get their unit folders (ensureUnitAccess).
 * Reviewers read the organisation because every reviewer leads a sektor or kontor and so is one of the managers.
 * Jämförelser holds only groups' published figures, so every manager reads it at list level; Sammanställningar
 * holds the board's summaries, the one list the board reads.
 */
export const listGrants: Readonly<Record<ListKey, readonly ListGrant[]>> = {
  organisation: readable,
  perioder: readable,
  stodfunktioner: readable,
  mottagarprofil: readable,
  installningar: readable,
  inventeringar: base,
  inventeringsrader: base,
  granskningsbeslut: base,
  exporter: base,
  jamforelser: readable,
  // The counted overview of every unit: exactly those who read every inventory (owners and the project team).
  oversikter: base,
  // The board's only list: aggregates the project team published for them.
  sammanstallningar: [...base, { principal: 'board', role: 'read' }],
  // Who was reminded when: names and units, for the project team.
  paminnelser: base,
  // Drafts of the new organisation: the project team's until a consultation round shows them to the managers.
  scenarier: base,
  // The times offered: every manager reads them, so a kontorschef sees what can be booked.
  tider: readable,
  // Folders per kontor: a kontor's head books and reads in its own (ensureUnitAccess), nobody else.
  bokningar: base,
  seminarieanteckningar: base,
  // A round is the scenario's choices as the managers are asked about them: every manager reads it.
  remissrundor: readable,
  // Folders per unit: the manager answers in the own, its reviewers read it (ensureUnitAccess).
  remissvar: base,
};

/** SharePoint's RoleTypeKind of the built-in levels used here. */
export const builtInRoleTypeKind: Readonly<Record<'fullControl' | 'edit' | 'read', number>> = {
  fullControl: 5,
  edit: 6,
  read: 2,
};
