// SharePoint's base permissions (SP.PermissionKind): permission k is bit k-1 of a 64-bit mask, kept as two
// unsigned 32-bit halves, Low (bits 0–31) and High (bits 32–63), the way the REST API shows them as strings.

/** SP.PermissionKind numbers. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  /** Shown as "Override List Behaviors" since SharePoint 2013: bypasses ReadSecurity/WriteSecurity. */
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
} as const;

/** A permission name of SP.PermissionKind. */
export type PermissionName = keyof typeof PermissionKind;

/** A base permission mask as two unsigned 32-bit numbers. */
export interface PermissionMask {
  readonly high: number;
  readonly low: number;
}

/** No permissions. */
export const EMPTY_MASK: PermissionMask = { high: 0, low: 0 };

/** Full Control's mask, and what a site collection administrator has everywhere. */
export const FULL_MASK: PermissionMask = { high: 0x7fffffff, low: 0xffffffff };

/** Whether `mask` grants `permission`. */
export function hasPermission(mask: PermissionMask, permission: PermissionName): boolean {
  const bit = PermissionKind[permission] - 1;
  if (bit < 32) return ((mask.low >>> bit) & 1) === 1;
  return ((mask.high >>> (bit - 32)) & 1) === 1;
}

/** The union of two masks. */
export function unionMask(a: PermissionMask, b: PermissionMask): PermissionMask {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

/** A mask granting exactly the given permissions. */
export function maskOf(permissions: readonly PermissionName[]): PermissionMask {
  let high = 0;
  let low = 0;
  for (const permission of permissions) {
    const bit = PermissionKind[permission] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { high, low };
}

/** The REST shape `{High: "432", Low: "1011028719"}`. */
export function toRestMask(mask: PermissionMask): { High: string; Low: string } {
  return { High: String(mask.high >>> 0), Low: String(mask.low >>> 0) };
}

/** Reads `{High, Low}` given as strings or numbers. @throws Error when either half is not a 32-bit number. */
export function fromRestMask(value: unknown): PermissionMask {
  const record = (value ?? {}) as Record<string, unknown>;
  const half = (name: 'High' | 'Low'): number => {
    const number = Number(record[name] ?? 0);
    if (!Number.isInteger(number) || number < 0 || number > 0xffffffff)
      throw new Error(`BasePermissions.${name} is not a 32-bit number.`);
    return number >>> 0;
  };
  return { high: half('High'), low: half('Low') };
}
