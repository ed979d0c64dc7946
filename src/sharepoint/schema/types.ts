// The shape of the declarative list schema. Provisioning creates exactly this; the repositories read and write
// exactly these internal names. Keep SharePoint's own vocabulary (internal name, FieldTypeKind names, CAML).

/** The SharePoint field types the app uses (SP.FieldType names). */
export type FieldKind =
  'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice' | 'MultiChoice' | 'User';

/** One column of a list. */
export interface FieldSchema {
  /** SharePoint internal name: ASCII, no spaces, stable forever (queries and mappings use it). */
  readonly internalName: string;
  /** The Swedish column name people see in SharePoint. */
  readonly displayName: string;
  /** The field type. */
  readonly kind: FieldKind;
  /** A short Swedish description shown under the field in SharePoint's forms. */
  readonly description?: string;
  /** @default false */
  readonly required?: boolean;
  /** Indexed, so filters and sorts on it stay under the list view threshold. @default false */
  readonly indexed?: boolean;
  /** Values must be unique in the list (SharePoint requires `indexed` too). @default false */
  readonly enforceUnique?: boolean;
  /** The values of a Choice or MultiChoice field, as stored and shown. */
  readonly choices?: readonly string[];
  /** Text: most characters (SharePoint's single line of text allows 255). */
  readonly maxLength?: number;
  /** Number: least and greatest value, and decimals shown. */
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  /** DateTime: date only (no time of day). @default false */
  readonly dateOnly?: boolean;
}

/** A list view as people see it in SharePoint: columns, filter, sort and grouping as CAML. */
export interface ViewSchema {
  /** The view's name; also its page, `<Title>.aspx`, in the list's URL. */
  readonly title: string;
  /** Columns shown, in order (internal names). */
  readonly fields: readonly string[];
  /** The CAML `<Where>`/`<OrderBy>`/`<GroupBy>` inside `<Query>` (without the `<Query>` element). */
  readonly query: string;
  /** Rows per page. @default 100 */
  readonly rowLimit?: number;
  /** This view is the list's default view. @default false */
  readonly isDefault?: boolean;
  /**
   * SP.ViewScope: `Recursive` shows the items of every folder (and not the folders themselves), which the lists
   * with a folder per unit need; `Default` shows one folder's content. @default 'Default'
   */
  readonly scope?: ViewScope;
}

/** SharePoint's SP.ViewScope, by name; the number is its position. */
export const viewScopes = ['Default', 'Recursive', 'RecursiveAll', 'FilesOnly'] as const;

/** A view's folder scope. */
export type ViewScope = (typeof viewScopes)[number];

/** The lists of the site, by the key code uses for them. */
export type ListKey =
  | 'organisation'
  | 'perioder'
  | 'stodfunktioner'
  | 'mottagarprofil'
  | 'installningar'
  | 'inventeringar'
  | 'inventeringsrader'
  | 'granskningsbeslut'
  | 'exporter'
  | 'jamforelser'
  | 'oversikter'
  | 'sammanstallningar'
  | 'paminnelser'
  | 'scenarier'
  | 'tider'
  | 'bokningar'
  | 'seminarieanteckningar'
  | 'remissrundor'
  | 'remissvar';

/** One list or document library. */
export interface ListName {
  /** How code refers to the list. */
  readonly key: ListKey;
  /** The list's URL name under `/Lists/` (or the site root for a library): ASCII, set once at creation. */
  readonly url: string;
  /** The list's title people see. Code finds lists by URL, never by title, so IT may rename them. */
  readonly title: string;
  /** 100 = generic list, 101 = document library. */
  readonly template: 100 | 101;
}

/** A list as provisioning creates it: its name and place, and its columns. */
export interface ListSchema extends ListName {
  /** What the built-in Title column is called in this list. */
  readonly titleDisplayName: string;
  /** The list's own columns (Title, ID, Created, Modified, Author and Editor are SharePoint's). */
  readonly fields: readonly FieldSchema[];
  /**
   * Items live in one folder per unit (`true`), or per kontor (`'kontor'`: what a kontor's head books and is told),
   * and permissions are set on those folders (docs/data-model.md).
   */
  readonly unitFolders: boolean | 'kontor';
}
