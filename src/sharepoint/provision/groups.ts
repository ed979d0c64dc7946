import { type Unit } from '../../domain';

/** The project team's group: Edit on every list of the site. */
export const projectTeamGroupName = 'Stödinventering projektgrupp';

/** Every manager of the organisation: Read on the lists that describe the organisation and the taxonomy. */
export const managersGroupName = 'Stödinventering chefer';

/**
 * The board (kommunstyrelsen): Read on Sammanställningar only, the summaries the project team publishes for them;
 * nothing else on the site.
 */
export const boardGroupName = 'Stödinventering kommunstyrelsen';

/** The group of each principal provisioning creates (the owners' group is the site's own). */
export const principalGroupNames = {
  projectTeam: projectTeamGroupName,
  managers: managersGroupName,
  board: boardGroupName,
} as const;

/** What each of our groups is for, shown in SharePoint. */
export const principalGroupDescriptions: Readonly<Record<keyof typeof principalGroupNames, string>> = {
  projectTeam: 'Projektgruppen: läser och ändrar allt i Stödinventering.',
  managers:
    'Alla chefer i organisationen: läser organisationen och stödfunktionerna. Underhålls av organisationsimporten.',
  board: 'Kommunstyrelsen: läser de sammanställningar projektgruppen publicerar, inget annat.',
};

/**
 * How our groups are created: who heads which unit, and who is in the project team, is no secret (the Organisation
 * list says it), and whoever runs the import next must be able to read the members to keep them in step.
 */
export const groupVisibility = { OnlyAllowMembersViewMembership: false } as const;

/** The longest name SharePoint accepts for a group. */
export const groupNameMaxLength = 255;

const reviewerPrefix = 'Granskare';

// SharePoint refuses group names with any of " / \ [ ] : | < > + = ; , ? * ' @ ("The group name is empty or you are
// using one or more of the following invalid characters"). Unit names may hold them (O'Connor, Kultur & fritid,
// Öster/Väster), so they are replaced: the apostrophe by its typographic twin, which reads the same, the rest by a
// hyphen. å, ä, ö, & and # are allowed and kept.
const forbidden = /["/\\[\]:|<>+=;,?*@]/g;

/** A text made safe for a SharePoint group name (same length, readable). */
export function groupNameSafe(text: string): string {
  return text.replace(/'/g, '\u2019').replace(forbidden, '-');
}

/** The reviewer group of a sektor or kontor: `Granskare <code> <name>`, at most 255 characters. */
export function reviewerGroupName(unit: Pick<Unit, 'id' | 'name'>): string {
  const name = `${reviewerPrefix} ${unit.id} ${groupNameSafe(unit.name.trim())}`;
  return name.length <= groupNameMaxLength ? name : name.slice(0, groupNameMaxLength).trimEnd();
}

/**
 * The unit code a reviewer group belongs to, or `undefined` for any other group. Groups are recognised by code,
 * not by their whole name, so renaming a unit renames its group instead of creating a second one.
 */
export function reviewerGroupCode(groupTitle: string): string | undefined {
  const match = /^Granskare ([A-Za-z0-9][A-Za-z0-9_.-]{0,63})(?: |$)/.exec(groupTitle);
  return match?.[1];
}

/**
 * The reviewer groups by their unit's code in lower case (SharePoint compares names and URLs without case, so
 * `e1159` and `E1159` are one unit): the first group whose name carries a code is that unit's.
 */
export function reviewerGroupsByCode<G extends { readonly title: string }>(
  groups: readonly G[],
): Map<string, G> {
  const byCode = new Map<string, G>();
  for (const group of groups) {
    const code = reviewerGroupCode(group.title)?.toLowerCase();
    if (code !== undefined && !byCode.has(code)) byCode.set(code, group);
  }
  return byCode;
}

/** A short Swedish description of a reviewer group, shown in SharePoint. */
export function reviewerGroupDescription(unit: Pick<Unit, 'id' | 'name' | 'kind'>): string {
  const level = unit.kind === 'sektor' ? 'sektorn' : 'kontoret';
  return `Granskar inventeringarna i ${level} ${unit.name} (${unit.id}). Underhålls av organisationsimporten.`;
}
