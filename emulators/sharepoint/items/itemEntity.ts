import type { RequestContext } from '../context';
import type { FieldRecord, FieldValue, ItemRecord, UserRecord } from '../model/records';
import { storedValue } from '../model/itemValues';
import { complexValue, typedCollection } from '../odata/format';
import { valueShape } from '../schema/fieldTypes';
import { entityPropertyName } from '../schema/internalNames';
import { listItemEntityTypeFullName } from '../schema/newList';
import { toRestMask } from '../security/permissions';
import { hasUniqueRoleAssignments } from '../security/roleAssignments';
import { itemSecurable } from '../security/PermissionEvaluator';
import type { Entity, Navigation } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import { ListSchema } from './ListSchema';

/** Built-in columns that SharePoint places before the list's own columns, and those after them. */
const LEADING = new Set(['ContentTypeId', 'Title', 'ComplianceAssetId']);
const TRAILING = new Set([
  'ID',
  'Modified',
  'Created',
  'Author',
  'Editor',
  '_UIVersionString',
  'Attachments',
  'GUID',
]);

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

/** The `<url>, <description>` SharePoint stores for a hyperlink, as `SP.FieldUrlValue`. */
function urlValue(stored: FieldValue | undefined): unknown {
  if (typeof stored !== 'string') return null;
  const comma = stored.indexOf(', ');
  const url = comma < 0 ? stored : stored.slice(0, comma);
  return complexValue('SP.FieldUrlValue', {
    Description: comma < 0 ? stored : stored.slice(comma + 2),
    Url: url,
  });
}

/** The REST properties of one field of an item, as SharePoint shows them without `$expand`. */
function fieldProps(field: FieldRecord, stored: FieldValue | undefined): Record<string, unknown> {
  const name = entityPropertyName(field.internalName);
  const value = stored === undefined ? null : stored;
  switch (valueShape(field)) {
    case 'user':
      return { [`${name}Id`]: value, [`${name}StringId`]: value === null ? null : String(value) };
    case 'userMulti': {
      const ids = Array.isArray(value) ? (value as number[]) : [];
      return {
        [`${name}Id`]: typedCollection('Edm.Int32', [...ids]),
        [`${name}StringId`]: typedCollection('Edm.String', ids.map(String)),
      };
    }
    case 'lookup':
      return { [`${name}Id`]: value };
    case 'lookupMulti':
      return {
        [`${name}Id`]: typedCollection('Edm.Int32', Array.isArray(value) ? [...(value as number[])] : []),
      };
    case 'multiChoice':
      return {
        [name]: Array.isArray(value) ? typedCollection('Edm.String', [...(value as string[])]) : null,
      };
    case 'url':
      return { [name]: urlValue(value) };
    default:
      return { [name]: value };
  }
}

/**
 * A list item as SharePoint describes it: `FileSystemObjectType, Id, …, ContentTypeId, Title, <own columns>,
 * ID, Modified, Created, AuthorId, EditorId, OData__UIVersionString, Attachments, GUID`; users and lookups
 * as `<Name>Id` (and `<Name>StringId` for users), expandable by `$expand=<Name>`.
 */
export function describeItem(ctx: RequestContext, schema: ListSchema, item: ItemRecord): Entity {
  const list = schema.list;
  const editLink = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  const url = apiUrl(ctx, editLink);
  const link = (path: string) => ({ uri: `${url}/${path}`, editLink: `${editLink}/${path}` });
  const props: Record<string, unknown> = {
    FileSystemObjectType: item.fileSystemObjectType,
    Id: item.id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
  };
  const byName = (name: string) => schema.fields.find((f) => f.internalName === name);
  for (const name of LEADING) {
    const field = byName(name);
    if (field) Object.assign(props, fieldProps(field, storedValue(item, name)));
  }
  const navigation: Record<string, Navigation> = {};
  for (const field of schema.fields) {
    const shape = valueShape(field);
    if (!field.fromBaseType && shape !== 'readOnly')
      Object.assign(props, fieldProps(field, storedValue(item, field.internalName)));
    if (shape === 'user' || shape === 'userMulti' || shape === 'lookup' || shape === 'lookupMulti') {
      const name = entityPropertyName(field.internalName);
      navigation[name] = {
        link: link(name),
        resolve: () => expandReference(ctx, field, storedValue(item, field.internalName)),
      };
    }
  }
  props.ID = item.id;
  props.Modified = item.modified;
  props.Created = item.created;
  props.AuthorId = item.authorId;
  props.EditorId = item.editorId;
  props.OData__UIVersionString = `${item.version}.0`;
  if (schema.fields.some((f) => f.internalName === 'Attachments')) props.Attachments = false;
  props.GUID = item.guid;

  const securable = itemSecurable(item);
  return {
    meta: {
      type: listItemEntityTypeFullName(list),
      id: item.guid,
      uri: url,
      editLink,
      etag: `"${item.version}"`,
      metadata: `SP.ListData.${list.entityTypeName}Items/@Element`,
    },
    props,
    selectable: {
      ...Object.fromEntries(
        schema.fields
          .filter((f) => f.fromBaseType && !LEADING.has(f.internalName) && !TRAILING.has(f.internalName))
          .map((f) => [entityPropertyName(f.internalName), () => storedValue(item, f.internalName) ?? null]),
      ),
      HasUniqueRoleAssignments: () => hasUniqueRoleAssignments(ctx.store, securable),
      EffectiveBasePermissions: () =>
        complexValue('SP.BasePermissions', toRestMask(ctx.security.permissions(securable))),
      EffectiveBasePermissionsForUI: () =>
        complexValue('SP.BasePermissions', toRestMask(ctx.security.permissions(securable))),
      ContentTypeId: () => item.contentTypeId,
      EncodedAbsUrl: () => `${ctx.site.origin}${encodeURI(String(storedValue(item, 'FileRef')))}`,
    },
    navigation: {
      ...navigation,
      ParentList: { link: link('ParentList'), resolve: () => null },
    },
  };
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
