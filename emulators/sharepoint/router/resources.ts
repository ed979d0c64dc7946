import type {
  FieldRecord,
  GroupRecord,
  ItemRecord,
  ListRecord,
  RoleDefinitionRecord,
  UserRecord,
  ViewRecord,
} from '../model/records';
import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import type { SpResponse } from '../response';
import type { Securable } from '../security/securable';

/** What a path resolves to, segment by segment (`web` → `lists` → `list` → `items` → `item`). */
export type Resource =
  | { kind: 'root' }
  | { kind: 'web' }
  | { kind: 'site' }
  | { kind: 'regionalSettings' }
  | { kind: 'lists' }
  | { kind: 'list'; list: ListRecord }
  | { kind: 'fields'; list: ListRecord }
  | { kind: 'field'; list: ListRecord; field: FieldRecord }
  | { kind: 'views'; list: ListRecord }
  | { kind: 'view'; list: ListRecord; view: ViewRecord }
  | { kind: 'viewFields'; list: ListRecord; view: ViewRecord }
  | { kind: 'items'; list: ListRecord }
  | { kind: 'item'; list: ListRecord; item: ItemRecord }
  | { kind: 'folders'; folderUrl: string }
  /** A folder by server-relative URL; `missing` when it does not exist (only `$select=Exists` answers then). */
  | { kind: 'folder'; folderUrl: string; missing?: true }
  | { kind: 'files'; folderUrl: string }
  | { kind: 'file'; list: ListRecord; item: ItemRecord }
  | { kind: 'fileContent'; list: ListRecord; item: ItemRecord }
  | { kind: 'siteUsers' }
  | { kind: 'user'; user: UserRecord; group?: GroupRecord }
  | { kind: 'userGroups'; user: UserRecord }
  | { kind: 'siteGroups' }
  | { kind: 'group'; group: GroupRecord }
  | { kind: 'groupUsers'; group: GroupRecord }
  | { kind: 'roleDefinitions' }
  | { kind: 'roleDefinition'; definition: RoleDefinitionRecord }
  | { kind: 'roleAssignments'; securable: Securable }
  | { kind: 'roleAssignment'; securable: Securable; principalId: number }
  | { kind: 'roleBindings'; securable: Securable; principalId: number }
  | { kind: 'recycleBin' }
  /** A service operation (`breakroleinheritance(...)`, `recycle`, `ensureuser`): must be the last segment. */
  | { kind: 'operation'; name: string; run: (ctx: RequestContext) => SpResponse }
  /** One property of an entity (`web/Title`), answered as `{"value":…}`. */
  | { kind: 'property'; name: string; value: () => unknown }
  /** An entity reached through a navigation property no family navigates (`items(1)/ParentList`). */
  | { kind: 'entity'; entity: Entity }
  /** The entities of a collection-valued navigation property no family navigates. */
  | { kind: 'entities'; name: string; entities: Entity[] };

/** A resource kind. */
export type ResourceKind = Resource['kind'];
