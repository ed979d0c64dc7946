import { PermissionKind } from '@pnp/sp/security';

// The two custom permission levels of the site (docs/data-model.md, "Permissions"). SharePoint stores a level as a
// 64-bit mask of SP.PermissionKind bits, kind k being bit k − 1, sent over REST as two decimal strings: Low
// (bits 0–31) and High (bits 32–63). https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee536458(v=office.15)

/** What every level here starts from: exactly SharePoint's built-in Read level (High 176, Low 138612833). */
const readKinds: readonly PermissionKind[] = [
  PermissionKind.ViewListItems,
  PermissionKind.OpenItems,
  PermissionKind.ViewVersions,
  PermissionKind.ViewFormPages,
  PermissionKind.Open,
  PermissionKind.ViewPages,
  PermissionKind.CreateSSCSite,
  PermissionKind.BrowseUserInfo,
  PermissionKind.UseClientIntegration,
  PermissionKind.UseRemoteAPIs,
  PermissionKind.CreateAlerts,
];

/** A custom permission level as provisioning creates it. */
export interface PermissionLevel {
  /** The level's name, shown in SharePoint's permission pages; code finds levels by it. */
  readonly name: string;
  /** A Swedish description shown in SharePoint. */
  readonly description: string;
  /** SharePoint's sort order of levels (built-ins use 1–160). */
  readonly order: number;
  /** The permissions granted. */
  readonly kinds: readonly PermissionKind[];
}

/** Managers on their unit's folders: read, add and edit items; no delete, no list or view management. */
export const besvara: PermissionLevel = {
  name: 'Besvara',
  description: 'Chefer: läsa, lägga till och ändra sin enhets inventering. Inte ta bort.',
  order: 200,
  kinds: [...readKinds, PermissionKind.AddListItems, PermissionKind.EditListItems],
};

/**
 * Reviewers on their units' folders of Granskningsbeslut: read and add items — a decision, once added, can be
 * changed or deleted by nobody but the project team and IT; no edit, no delete.
 */
export const besluta: PermissionLevel = {
  name: 'Besluta',
  description:
    'Granskare: läsa och lägga till beslut om sina enheters inventeringar. Inte ändra eller ta bort.',
  order: 210,
  kinds: [...readKinds, PermissionKind.AddListItems],
};

/** The site's custom permission levels. */
export const permissionLevels: readonly PermissionLevel[] = [besvara, besluta];

/** A BasePermissions value as numbers (unsigned 32-bit halves). */
export interface BasePermissionMask {
  readonly high: number;
  readonly low: number;
}

/** The mask of a set of permission kinds. */
export function maskOf(kinds: readonly PermissionKind[]): BasePermissionMask {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    // 2 ** bit rather than 1 << bit: shifts are signed 32-bit in JavaScript, and bit 31 would turn negative.
    if (bit < 32) low += (Math.floor(low / 2 ** bit) % 2 === 1 ? 0 : 1) * 2 ** bit;
    else high += (Math.floor(high / 2 ** (bit - 32)) % 2 === 1 ? 0 : 1) * 2 ** (bit - 32);
  }
  return { high, low };
}

/** Whether `mask` grants `kind` (SharePoint's own rule, as PnPjs `hasPermissions`). */
export function grants(mask: BasePermissionMask, kind: PermissionKind): boolean {
  const bit = kind - 1;
  return bit < 32
    ? Math.floor(mask.low / 2 ** bit) % 2 === 1
    : Math.floor(mask.high / 2 ** (bit - 32)) % 2 === 1;
}

/** A BasePermissions value as REST returns it (`{ High: "176", Low: "138612833" }`, strings or numbers). */
export function maskFromRest(
  value: { High?: unknown; Low?: unknown } | null | undefined,
): BasePermissionMask {
  return { high: Number(value?.High ?? 0), low: Number(value?.Low ?? 0) };
}

/** Whether two masks are equal. */
export function sameMask(a: BasePermissionMask, b: BasePermissionMask): boolean {
  return a.high === b.high && a.low === b.low;
}
