// The emulator's stored model: plain, immutable records (every change stores a new object), so that a
// transaction can undo itself by putting back the objects it replaced.

/** The one web (site) the emulator serves. */
export interface WebRecord {
  readonly id: string;
  readonly siteId: string;
  readonly title: string;
  readonly description: string;
  /** e.g. `/sites/stodinventering` */
  readonly serverRelativeUrl: string;
  readonly created: string;
  readonly lastItemModifiedDate: string;
  readonly associatedOwnerGroupId: number;
  readonly associatedMemberGroupId: number;
  readonly associatedVisitorGroupId: number;
  /** Users and groups share one id sequence, as in a SharePoint site collection. */
  readonly nextPrincipalId: number;
  readonly nextRoleDefinitionId: number;
  /** Regional settings' LocaleId (1033 en-US, 1053 sv-SE); absent = 1033, as a new SharePoint Online site. */
  readonly localeId?: number;
}

/** A list or document library. */
export interface ListRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** 100 generic list, 101 document library. */
  readonly baseTemplate: number;
  /** 0 generic list, 1 document library. */
  readonly baseType: number;
  /** The name in the URL, fixed at creation, e.g. `Inventering` (the root folder is `/sites/x/Lists/Inventering`). */
  readonly urlName: string;
  /** Server-relative URL of the root folder. */
  readonly rootFolderUrl: string;
  /** e.g. `InventeringList`; items are `SP.Data.<EntityTypeName>Item`. */
  readonly entityTypeName: string;
  readonly created: string;
  readonly lastItemModifiedDate: string;
  readonly lastItemDeletedDate: string;
  /** 1 all items readable, 2 only own items. */
  readonly readSecurity: number;
  /** 1 all, 2 only own, 4 none. */
  readonly writeSecurity: number;
  readonly hidden: boolean;
  readonly enableVersioning: boolean;
  readonly contentTypesEnabled: boolean;
  readonly allowContentTypes: boolean;
  /** Increases on every list update; the list's ETag. */
  readonly version: number;
  readonly nextItemId: number;
}

/** A column of a list. */
export interface FieldRecord {
  readonly id: string;
  readonly listId: string;
  readonly internalName: string;
  readonly staticName: string;
  /** Display name. */
  readonly title: string;
  /** SP.FieldType number: Text 2, Note 3, DateTime 4, Counter 5, Choice 6, Lookup 7, Boolean 8, Number 9... */
  readonly fieldTypeKind: number;
  /** e.g. `Text`, `Note`, `UserMulti`, `LookupMulti`. */
  readonly typeAsString: string;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly hidden: boolean;
  readonly readOnlyField: boolean;
  /** Built-in columns (Title, ID, Created...) come from the base type. */
  readonly fromBaseType: boolean;
  readonly description: string;
  readonly group: string;
  readonly defaultValue: string | null;
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  readonly minimumValue?: number;
  readonly maximumValue?: number;
  readonly decimals?: number;
  readonly lookupListId?: string;
  readonly lookupField?: string;
  readonly allowMultipleValues?: boolean;
  /** User fields: 0 people only, 1 people and groups. */
  readonly selectionMode?: number;
  /** The `<Field …/>` XML it was created from, when it was. */
  readonly schemaXml?: string;
  /** Creation order, for a stable field collection order. */
  readonly order: number;
  /**
   * Documented properties the emulator keeps as written and acts on in no way (RichText, NumberOfLines,
   * DisplayFormat…), by name; only the names `entities/entityTypes.ts` lets a write set ever get here.
   */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** A list view. */
export interface ViewRecord {
  readonly id: string;
  readonly listId: string;
  readonly title: string;
  readonly personalView: boolean;
  readonly defaultView: boolean;
  readonly hidden: boolean;
  /** CAML `<Where>…</Where><OrderBy>…</OrderBy><GroupBy>…</GroupBy>` as given. */
  readonly viewQuery: string;
  readonly rowLimit: number;
  readonly paged: boolean;
  /** Internal names, in order. */
  readonly viewFields: readonly string[];
  readonly serverRelativeUrl: string;
  readonly order: number;
  /** Documented properties kept as written: `Scope` (SP.ViewScope), by name. */
  readonly extra: Readonly<Record<string, unknown>>;
}

/** A stored field value: null, string, number, boolean, or an array of strings or ids. */
export type FieldValue = string | number | boolean | null | readonly string[] | readonly number[];

/** A file stored in a document library (its item carries the metadata). */
export interface FileInfo {
  /** File name, e.g. `Export 2018-06-10.xlsx`. */
  readonly name: string;
  readonly length: number;
  /** Key of the content in the blob table. */
  readonly blobId: string;
  readonly timeLastModified: string;
  /** Increases on every content write. */
  readonly contentVersion: number;
}

/** A list item, a document or a folder. */
export interface ItemRecord {
  readonly listId: string;
  readonly id: number;
  readonly guid: string;
  /** Increases on every update: the ETag and `owshiddenversion`. */
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  readonly contentTypeId: string;
  /** 0 item or file, 1 folder. */
  readonly fileSystemObjectType: number;
  /** Server-relative URL of the folder holding it. */
  readonly folderUrl: string;
  /** Folders: their name; files: see `file`. */
  readonly leafName?: string;
  readonly file?: FileInfo;
  /** Custom and Title values by internal name. */
  readonly values: Readonly<Record<string, FieldValue>>;
}

/** A user of the site (User Information List). */
export interface UserRecord {
  readonly id: number;
  /** `i:0#.f|membership|<upn>` */
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  readonly upn: string;
  readonly oid: string;
  readonly isSiteAdmin: boolean;
  readonly isHiddenInUI: boolean;
}

/** A SharePoint site group. */
export interface GroupRecord {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly ownerId: number;
  readonly memberIds: readonly number[];
  readonly allowMembersEditMembership: boolean;
  readonly onlyAllowMembersViewMembership: boolean;
}

/** A permission level. */
export interface RoleDefinitionRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  /** 0 none (custom), 1 guest, 2 reader, 3 contributor, 4 web designer, 5 administrator, 6 editor. */
  readonly roleTypeKind: number;
  readonly hidden: boolean;
  readonly high: number;
  readonly low: number;
}

/** One principal's bindings on a securable object. */
export interface RoleAssignmentEntry {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** The unique permissions of a securable object; objects without one inherit from their parent. */
export interface ScopeRecord {
  /** `web`, `list:<listId>` or `item:<listId>:<itemId>` */
  readonly key: string;
  readonly assignments: readonly RoleAssignmentEntry[];
}

/** An entry of the site's recycle bin. */
export interface RecycleBinRecord {
  readonly id: string;
  readonly listId: string;
  readonly itemId: number;
  readonly title: string;
  readonly deletedById: number;
  readonly deletedDate: string;
  readonly item: ItemRecord;
}
