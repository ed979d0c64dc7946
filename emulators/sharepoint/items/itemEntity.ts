import type { RequestContext } from '../context';
import type { FieldRecord, FieldValue, ItemRecord, ListRecord, UserRecord } from '../model/records';
import { storedValue } from '../model/itemValues';
import type { EntityMeta, NavigationLink } from '../odata/format';
import { valueShape } from '../schema/fieldTypes';
import { listItemEntityTypeFullName } from '../schema/newList';
import type { Entity, Navigation } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import { fieldProps, itemShape, type ItemNavigationSource } from './itemShape';
import { roleAssignmentsNavigation } from '../entities/security';
import { itemSecurable } from '../security/PermissionEvaluator';
import { ListSchema } from './ListSchema';

/** The user properties an expanded user (`$expand=Author`) can project. */
function userProps(user: UserRecord): Record<string, unknown> {
  const [first = '', ...rest] = user.title.split(' ');
  return {
    Id: user.id,
    ID: user.id,
    Title: user.title,
    Name: user.loginName,
    EMail: user.email,
    UserName: user.upn,
    FirstName: first,
    LastName: rest.join(' '),
    JobTitle: null,
    Department: null,
    Office: null,
    IsSiteAdmin: user.isSiteAdmin,
  };
}

/** The annotations of an item: the same for its entity and its row in a collection. */
export function itemMeta(ctx: RequestContext, list: ListRecord, item: ItemRecord): EntityMeta {
  const editLink = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  return {
    type: listItemEntityTypeFullName(list),
    id: item.guid,
    uri: apiUrl(ctx, editLink),
    editLink,
    etag: `"${item.version}"`,
    metadata: `SP.ListData.${list.entityTypeName}Items/@Element`,
  };
}

/** Where an item's navigation property lives. */
export function itemNavigationLink(meta: EntityMeta, name: string): NavigationLink {
  return { uri: `${meta.uri}/${name}`, editLink: `${meta.editLink}/${name}` };
}

/**
 * What `$expand` of an item's navigation property gives: the users or items of a reference field; the item's
 * list; its file or folder (null for an item that is neither, as SharePoint's object model has no file for it);
 * its role assignments.
 */
export function resolveItemNavigation(
  ctx: RequestContext,
  source: ItemNavigationSource,
  item: ItemRecord,
): Entity | Entity[] | null {
  const list = ctx.store.list(item.listId);
  switch (source) {
    case 'ParentList':
      return list ? ctx.describe({ kind: 'list', list }) : null;
    case 'File':
      return list && item.file ? ctx.describe({ kind: 'file', list, item }) : null;
    case 'Folder':
      return item.fileSystemObjectType === 1
        ? ctx.describe({ kind: 'folder', folderUrl: `${item.folderUrl}/${item.leafName}` })
        : null;
    case 'RoleAssignments': {
      const meta = list ? itemMeta(ctx, list, item) : undefined;
      const link = meta ? itemNavigationLink(meta, 'RoleAssignments') : { uri: '', editLink: '' };
      return roleAssignmentsNavigation(ctx, { securable: itemSecurable(item), link }).resolve();
    }
    default:
      return expandReference(ctx, source, storedValue(item, source.internalName));
  }
}

/**
 * A list item as SharePoint describes it: `FileSystemObjectType, Id, …, ContentTypeId, Title, <own columns>,
 * ID, Modified, Created, AuthorId, EditorId, OData__UIVersionString, Attachments, GUID`; users and lookups
 * as `<Name>Id` (and `<Name>StringId` for users), expandable by `$expand=<Name>` (see `itemShape`).
 */
export function describeItem(ctx: RequestContext, schema: ListSchema, item: ItemRecord): Entity {
  const shape = itemShape(schema.fields);
  const meta = itemMeta(ctx, schema.list, item);
  const props: Record<string, unknown> = {};
  for (const [name, read] of shape.props) props[name] = read(item, ctx);
  const selectable: Record<string, () => unknown> = {};
  for (const [name, read] of shape.selectable) selectable[name] = () => read(item, ctx);
  const navigation: Record<string, Navigation> = {};
  for (const [name, source] of shape.navigation) {
    navigation[name] = {
      link: itemNavigationLink(meta, name),
      resolve: () => resolveItemNavigation(ctx, source, item),
    };
  }
  return { meta, props, selectable, navigation };
}

function expandReference(
  ctx: RequestContext,
  field: FieldRecord,
  stored: FieldValue | undefined,
): Entity | Entity[] | null {
  const shape = valueShape(field);
  const ids = Array.isArray(stored) ? (stored as number[]) : typeof stored === 'number' ? [stored] : [];
  const entities = ids.flatMap((id) => {
    const entity =
      shape === 'user' || shape === 'userMulti' ? principalEntity(ctx, id) : lookupEntity(ctx, field, id);
    return entity ? [entity] : [];
  });
  if (shape === 'userMulti' || shape === 'lookupMulti') return entities;
  return entities[0] ?? null;
}

function principalEntity(ctx: RequestContext, id: number): Entity | undefined {
  const user = ctx.store.user(id);
  if (user) {
    return {
      meta: {
        type: 'SP.Data.UserInfoItem',
        id: user.oid,
        uri: apiUrl(ctx, `Web/GetUserById(${id})`),
        editLink: `Web/GetUserById(${id})`,
      },
      props: userProps(user),
    };
  }
  const group = ctx.store.group(id);
  if (!group) return undefined;
  return {
    meta: {
      type: 'SP.Data.UserInfoItem',
      id: `group-${id}`,
      uri: apiUrl(ctx, `Web/SiteGroups/GetById(${id})`),
      editLink: `Web/SiteGroups/GetById(${id})`,
    },
    props: { Id: id, ID: id, Title: group.title, Name: group.title, EMail: null },
  };
}

function lookupEntity(ctx: RequestContext, field: FieldRecord, id: number): Entity | undefined {
  const target = field.lookupListId ? ctx.store.list(field.lookupListId) : undefined;
  const item = target ? ctx.store.item(target.id, id) : undefined;
  if (!target || !item) return undefined;
  // The lookup projects the target item's plain values; its own lookups and users give their ids.
  const schema = new ListSchema(target, ctx.store);
  const props: Record<string, unknown> = { Id: item.id, ID: item.id };
  for (const f of schema.fields) {
    if (valueShape(f) === 'readOnly' && !['Created', 'Modified', 'GUID'].includes(f.internalName)) continue;
    Object.assign(props, fieldProps(f, storedValue(item, f.internalName)));
  }
  return {
    meta: {
      type: listItemEntityTypeFullName(target),
      id: item.guid,
      uri: apiUrl(ctx, `Web/Lists(guid'${target.id}')/Items(${id})`),
      editLink: `Web/Lists(guid'${target.id}')/Items(${id})`,
    },
    props,
  };
}
