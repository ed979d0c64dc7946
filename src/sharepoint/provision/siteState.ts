import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { siteLists, type ListKey, type ListSchema } from '../schema';
import { runInBatches, type BatchOperation } from '../batch';
import { maskFromRest, type BasePermissionMask } from './permissionLevels';
import { statusOf } from '../errors';
import { arrayOf, flag, numeric, text, type Json } from './rest';
import { listServerRelativeUrl } from './urls';

/** A field of a list as the site has it. */
export interface FieldState {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly typeAsString: string;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly description: string;
  readonly choices: readonly string[] | undefined;
  readonly maxLength: number | undefined;
  readonly minimumValue: number | undefined;
  readonly maximumValue: number | undefined;
}

/** A view of a list as the site has it. */
export interface ViewState {
  readonly id: string;
  readonly title: string;
  readonly viewQuery: string;
  readonly rowLimit: number;
  readonly defaultView: boolean;
  /** SP.ViewScope as a number (0 Default, 1 Recursive, …). */
  readonly scope: number;
  readonly fields: readonly string[];
}

/** One principal's permission levels on a securable (Limited Access left out: SharePoint manages it). */
export interface AssignmentState {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** A list of the schema as the site has it. */
export interface ListState {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly baseTemplate: number;
  readonly hasUniqueRoleAssignments: boolean;
  readonly fields: readonly FieldState[];
  readonly views: readonly ViewState[];
  readonly assignments: readonly AssignmentState[];
}

/** A permission level of the site. */
export interface RoleDefinitionState {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  /** SharePoint's RoleTypeKind: 2 Reader, 3 Contributor, 5 Administrator, 6 Editor; 0 for custom levels. */
  readonly roleTypeKind: number;
  readonly hidden: boolean;
  readonly mask: BasePermissionMask;
}

/** A SharePoint group of the site collection. */
export interface GroupState {
  readonly id: number;
  readonly title: string;
  readonly description: string;
}

/** Everything provisioning compares with the schema, read in two requests. */
export interface SiteState {
  /** The web's server-relative URL, e.g. `/sites/stodinventering`. */
  readonly serverRelativeUrl: string;
  readonly title: string;
  /** The signed-in user's permissions on the web. */
  readonly permissions: BasePermissionMask;
  readonly currentUser: { readonly id: number; readonly loginName: string; readonly isSiteAdmin: boolean };
  readonly roleDefinitions: readonly RoleDefinitionState[];
  readonly groups: readonly GroupState[];
  /** The site's owners group (Full Control on everything), if it has one. */
  readonly ownerGroupId: number | null;
  /** The schema's lists that exist, found by URL. */
  readonly lists: Readonly<Partial<Record<ListKey, ListState>>>;
}

/** What the first request learns about the web. */
export type WebState = Pick<SiteState, 'serverRelativeUrl' | 'title' | 'permissions'>;

/**
 * The web's URL, title and the user's permissions: one unbatched request, so a wrong URL or a refused sign-in
 * fails here, clearly, before anything else is asked.
 * @throws the PnPjs error as raised (HttpRequestError with `status`, or a network error).
 */
export async function readWeb(sp: SPFI): Promise<WebState> {
  const web = (await sp.web.select('Title', 'ServerRelativeUrl', 'EffectiveBasePermissions')()) as Json;
  return {
    serverRelativeUrl: text(web.ServerRelativeUrl),
    title: text(web.Title),
    permissions: maskFromRest(web.EffectiveBasePermissions as Json),
  };
}

function fieldState(raw: Json): FieldState {
  const choices = raw.Choices === undefined ? undefined : arrayOf(raw.Choices).map(String);
  return {
    id: text(raw.Id),
    internalName: text(raw.InternalName),
    title: text(raw.Title),
    typeAsString: text(raw.TypeAsString),
    required: flag(raw.Required),
    indexed: flag(raw.Indexed),
    enforceUniqueValues: flag(raw.EnforceUniqueValues),
    description: text(raw.Description),
    choices,
    maxLength: numeric(raw.MaxLength),
    minimumValue: numeric(raw.MinimumValue),
    maximumValue: numeric(raw.MaximumValue),
  };
}

function viewState(raw: Json): ViewState {
  const viewFields = (raw.ViewFields ?? {}) as Json;
  return {
    id: text(raw.Id),
    title: text(raw.Title),
    viewQuery: text(raw.ViewQuery),
    rowLimit: numeric(raw.RowLimit) ?? 30,
    defaultView: flag(raw.DefaultView),
    scope: numeric(raw.Scope) ?? 0,
    fields: arrayOf(viewFields.Items).map(String),
  };
}

function assignmentState(raw: Json): AssignmentState {
  const bindings = arrayOf(raw.RoleDefinitionBindings) as Json[];
  return {
    principalId: numeric(raw.PrincipalId) ?? 0,
    // Limited Access (RoleTypeKind 1, hidden) is granted and removed by SharePoint itself.
    roleDefinitionIds: bindings
      .filter((b) => numeric(b.RoleTypeKind) !== 1 && !flag(b.Hidden))
      .map((b) => numeric(b.Id) ?? 0),
  };
}

/** The role assignments of a securable, as PnPjs reads them (shared with the unit folders). */
export function assignmentsOf(raw: unknown): AssignmentState[] {
  return (arrayOf(raw) as Json[]).map(assignmentState).filter((a) => a.roleDefinitionIds.length > 0);
}

type Read =
  | { readonly kind: 'list' | 'fields' | 'views' | 'assignments'; readonly key: ListKey }
  | { readonly kind: 'site'; readonly optional: boolean };

/**
 * Reads what provisioning compares with the schema in one `$batch` (after `readWeb`): the user, permission levels,
 * groups, and each list by URL with its fields, views and role assignments. A missing list is left out of `lists`.
 * @throws the first failed read other than a missing list, as PnPjs raised it.
 */
export async function readSiteState(
  sp: SPFI,
  options: { readonly web: WebState; readonly schema?: readonly ListSchema[] },
): Promise<SiteState> {
  const { web, schema = siteLists } = options;
  const reads: Read[] = [];
  const operations: BatchOperation<unknown>[] = [];
  const add = (read: Read, operation: BatchOperation<unknown>): void => {
    reads.push(read);
    operations.push(operation);
  };
  add({ kind: 'site', optional: false }, (b) => b.web.currentUser.select('Id', 'LoginName', 'IsSiteAdmin')());
  add({ kind: 'site', optional: false }, (b) => b.web.roleDefinitions());
  add({ kind: 'site', optional: false }, (b) => b.web.siteGroups.select('Id', 'Title', 'Description')());
  // The owners group may be missing (IT removed it): that is an answer, not a failure.
  add({ kind: 'site', optional: true }, (b) => b.web.associatedOwnerGroup.select('Id')());
  for (const list of schema) {
    const url = listServerRelativeUrl(web.serverRelativeUrl, list);
    add({ kind: 'list', key: list.key }, (b) =>
      b.web.getList(url).select('Id', 'Title', 'Description', 'BaseTemplate', 'HasUniqueRoleAssignments')(),
    );
    add({ kind: 'fields', key: list.key }, (b) => b.web.getList(url).fields());
    add({ kind: 'views', key: list.key }, (b) => b.web.getList(url).views.expand('ViewFields')());
    add({ kind: 'assignments', key: list.key }, (b) =>
      b.web
        .getList(url)
        .roleAssignments.select(
          'PrincipalId',
          'RoleDefinitionBindings/Id',
          'RoleDefinitionBindings/RoleTypeKind',
        )
        .expand('RoleDefinitionBindings')(),
    );
  }
  const outcomes = await runInBatches(sp, operations);
  const site: unknown[] = [];
  const parts = new Map<string, unknown>();
  outcomes.forEach((outcome, index) => {
    const read = reads[index]!;
    if (read.kind === 'site') {
      if (!outcome.ok && !read.optional) throw outcome.error;
      site.push(outcome.ok ? outcome.value : null);
      return;
    }
    if (outcome.ok) parts.set(`${read.kind}:${read.key}`, outcome.value);
    else if (statusOf(outcome.error) !== 404) throw outcome.error;
  });
  const [user, definitions, groups, owners] = site as [Json, Json[], Json[], Json | null];
  const lists: Partial<Record<ListKey, ListState>> = {};
  for (const list of schema) {
    const info = parts.get(`list:${list.key}`) as Json | undefined;
    if (info === undefined) continue;
    lists[list.key] = {
      id: text(info.Id),
      title: text(info.Title),
      description: text(info.Description),
      baseTemplate: numeric(info.BaseTemplate) ?? 100,
      hasUniqueRoleAssignments: flag(info.HasUniqueRoleAssignments),
      fields: arrayOf(parts.get(`fields:${list.key}`)).map((f) => fieldState(f as Json)),
      views: arrayOf(parts.get(`views:${list.key}`)).map((v) => viewState(v as Json)),
      assignments: assignmentsOf(parts.get(`assignments:${list.key}`)),
    };
  }
  return {
    ...web,
    currentUser: {
      id: numeric(user.Id) ?? 0,
      loginName: text(user.LoginName),
      isSiteAdmin: flag(user.IsSiteAdmin),
    },
    roleDefinitions: arrayOf(definitions).map((raw) => {
      const d = raw as Json;
      return {
        id: numeric(d.Id) ?? 0,
        name: text(d.Name),
        description: text(d.Description),
        order: numeric(d.Order) ?? 0,
        roleTypeKind: numeric(d.RoleTypeKind) ?? 0,
        hidden: flag(d.Hidden),
        mask: maskFromRest(d.BasePermissions as Json),
      };
    }),
    groups: arrayOf(groups).map((raw) => {
      const g = raw as Json;
      return { id: numeric(g.Id) ?? 0, title: text(g.Title), description: text(g.Description) };
    }),
    ownerGroupId: owners === null ? null : (numeric(owners.Id) ?? null),
    lists,
  };
}
