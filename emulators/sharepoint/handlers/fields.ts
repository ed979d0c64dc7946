import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { checkTitleLength } from '../model/limits';
import type { FieldRecord, ListRecord } from '../model/records';
import { xmlNestingDepth } from '../odata/xml';
import type { ResourceFamily } from '../router/family';
import { unsupportedMethod, unsupportedSegment } from '../router/unsupported';
import { FieldTypeKind, fieldEntityType } from '../schema/fieldTypes';
import {
  buildFieldRecord,
  fieldSchemaXml,
  fieldSpecFromRest,
  fieldSpecFromXml,
  keptFieldProperties,
  requireCreatable,
} from '../schema/fieldSpec';
import { checkWriteBody } from '../entities/entityRules';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { booleanArgument, requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, jsonBody, noContent, parametersOf, voidResponse } from './http';
import { requireListAccess } from './access';
import { describeField } from '../entities/field';

/**
 * How deeply a field's schema XML may nest elements (`<Field><CHOICES><CHOICE>` is 3); deeper XML is refused
 * before the schema reader, which recurses per element, sees it.
 */
const MAX_SCHEMA_XML_DEPTH = 100;

/** Options bit of `createfieldasxml` that makes SharePoint use the XML's `Name` as internal name. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/**
 * The parameters `AddField` takes (SP.FieldCreationInformation): those the emulator reads, and the documented ones
 * it does not model (501). Anything else is SharePoint's 400.
 * https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.fieldcreationinformation?view=sharepoint-csom
 */
const FIELD_CREATION_INFORMATION = {
  read: ['Title', 'FieldTypeKind', 'Required', 'Choices', 'LookupListId', 'LookupFieldName'],
  notModelled: ['IsCompactName', 'LookupWebId'],
} as const;

/** Fields of a list: get by id/title/internal name, `fields.add` (verbose), `AddField`, `createfieldasxml`, update. */
export const fieldsFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'list' && name === 'fields') {
      if (segment.key !== undefined)
        return { kind: 'field', list: resource.list, field: fieldById(ctx, resource.list, segment.key) };
      return { kind: 'fields', list: resource.list };
    }
    if (resource.kind === 'fields') {
      const list = resource.list;
      switch (name) {
        case 'getbyid':
          return { kind: 'field', list, field: fieldById(ctx, list, segment.key) };
        case 'getbytitle':
          return {
            kind: 'field',
            list,
            field: fieldByTitle(ctx, {
              list,
              name: stringArgument(segment.key, 'title'),
              internalFirst: false,
            }),
          };
        case 'getbyinternalnameortitle':
          return {
            kind: 'field',
            list,
            field: fieldByTitle(ctx, {
              list,
              name: stringArgument(segment.key, 'strName'),
              internalFirst: true,
            }),
          };
        case 'addfield':
          return { kind: 'operation', name: 'AddField', run: (c) => addField(c, list, 'AddField') };
        case 'createfieldasxml':
          return {
            kind: 'operation',
            name: 'CreateFieldAsXml',
            run: (c) => addField(c, list, 'CreateFieldAsXml'),
          };
        default:
          return undefined;
      }
    }
    if (resource.kind === 'field') {
      const match = /^setshowin(displayform|editform|newform)$/.exec(name);
      if (match) {
        const { list, field } = resource;
        const show = booleanArgument(segment.key, 'show');
        return {
          kind: 'operation',
          name: segment.name,
          run: (c) => setShowIn(c, { list, field, form: match[1]!, show }),
        };
      }
    }
    return undefined;
  },

  handle(resource, ctx) {
    if (resource.kind === 'fields') return handleFields(ctx, resource.list);
    if (resource.kind === 'field') return handleField(ctx, resource.list, resource.field);
    return undefined;
  },

  describe(resource, ctx) {
    return resource.kind === 'field' ? describeField(ctx, resource.list, resource.field) : undefined;
  },
};

function fieldById(ctx: RequestContext, list: ListRecord, key: unknown): FieldRecord {
  const id = stringArgument(key, 'id').replace(/[{}]/g, '').toLowerCase();
  const field = ctx.store.fields(list.id).find((f) => f.id === id);
  if (!field) throw SpErrorFactory.fieldNotFound({ name: id });
  return field;
}

/** A field by title, or (with `internalFirst`, as getByInternalNameOrTitle) by internal name first. */
function fieldByTitle(
  ctx: RequestContext,
  { list, name, internalFirst }: { list: ListRecord; name: string; internalFirst: boolean },
): FieldRecord {
  const fields = ctx.store.fields(list.id);
  const lower = name.toLowerCase();
  const field =
    (internalFirst ? fields.find((f) => f.internalName.toLowerCase() === lower) : undefined) ??
    fields.find((f) => f.title.toLowerCase() === lower);
  if (!field) throw SpErrorFactory.fieldNotFound({ name });
  return field;
}

function handleFields(ctx: RequestContext, list: ListRecord): SpResponse {
  if (ctx.method === 'GET') {
    requireListAccess(ctx, list);
    return collectionQueryResponse(
      ctx,
      ctx.store.fields(list.id).map((field) => describeField(ctx, list, field)),
      { query: ctx.query, metadata: 'SP.ApiData.Fields' },
    );
  }
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.FieldCollection');
  requirePermission(ctx, { kind: 'list', listId: list.id }, 'ManageLists');
  const body = jsonBody(ctx);
  const kind = Number(body.FieldTypeKind);
  requireCreatable(kind);
  checkWriteBody(fieldEntityTypeOf(kind), body, { creating: true });
  const field = createField(ctx, list, fieldSpecFromRest(body));
  const entity = describeField(ctx, list, field);
  return entityResponse(ctx, project(ctx, entity, {}), {
    status: 201,
    headers: { Location: entity.meta.uri },
  });
}

function addField(
  ctx: RequestContext,
  list: ListRecord,
  method: 'AddField' | 'CreateFieldAsXml',
): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, `SP.FieldCollection.${method}`);
  requirePermission(ctx, { kind: 'list', listId: list.id }, 'ManageLists');
  const parameters = parametersOf(jsonBody(ctx));
  let spec;
  if (method === 'AddField') {
    checkFieldCreationInformation(parameters);
    spec = fieldSpecFromRest(parameters);
  } else {
    const xml = parameters.SchemaXml;
    if (typeof xml !== 'string') throw SpErrorFactory.invalidArgument({ message: 'SchemaXml is required.' });
    if (xmlNestingDepth(xml) > MAX_SCHEMA_XML_DEPTH) {
      throw SpErrorFactory.invalidArgument({
        message: `The Field schema XML is not valid: its elements nest deeper than ${MAX_SCHEMA_XML_DEPTH} levels.`,
      });
    }
    const options = Number(parameters.Options ?? 0);
    spec = fieldSpecFromXml(xml, {
      useNameAsInternalName: (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0,
      resolveList: (reference) => resolveListReference(ctx, reference),
    });
  }
  const field = createField(ctx, list, spec);
  return entityResponse(ctx, project(ctx, describeField(ctx, list, field), {}));
}

/** @throws SpError for an `AddField` parameter SP.FieldCreationInformation does not have (400) or the emulator does not model (501). */
function checkFieldCreationInformation(parameters: Record<string, unknown>): void {
  for (const name of Object.keys(parameters)) {
    if (name === '__metadata' || (FIELD_CREATION_INFORMATION.read as readonly string[]).includes(name))
      continue;
    if ((FIELD_CREATION_INFORMATION.notModelled as readonly string[]).includes(name))
      throw SpErrorFactory.notImplemented({ what: `SP.FieldCreationInformation.${name}`, modelled: false });
    throw SpErrorFactory.propertyNotOnType({ name, type: 'SP.FieldCreationInformation' });
  }
}

/** The entity type a field of a kind is answered as (`SP.FieldText`…), for checking a create body. */
function fieldEntityTypeOf(kind: number): string {
  return fieldEntityType({ fieldTypeKind: kind } as FieldRecord);
}

function createField(
  ctx: RequestContext,
  list: ListRecord,
  spec: ReturnType<typeof fieldSpecFromRest>,
): FieldRecord {
  checkTitleLength(spec.title, 'column title');
  if (spec.fieldTypeKind === FieldTypeKind.Lookup) {
    if (!spec.lookupListId || !ctx.store.list(spec.lookupListId)) throw SpErrorFactory.listNotFound();
  }
  if (spec.enforceUniqueValues && !spec.indexed) {
    throw SpErrorFactory.invalidArgument({ message: 'The column must be indexed to enforce unique values.' });
  }
  const field = buildFieldRecord(spec, { listId: list.id, existing: ctx.store.fields(list.id) });
  ctx.store.putField(field);
  return field;
}

/** A Field XML `List` attribute: `{guid}`, a guid, a web-relative or server-relative URL, or a title. */
function resolveListReference(ctx: RequestContext, reference: string): string | undefined {
  const id = reference.replace(/[{}]/g, '').toLowerCase();
  if (ctx.store.list(id)) return id;
  const web = ctx.store.web().serverRelativeUrl.toLowerCase();
  const path = reference.toLowerCase().replace(/\/+$/, '');
  const url = path.startsWith('/') ? path : `${web}/${path}`;
  return (
    ctx.store.lists().find((list) => list.rootFolderUrl.toLowerCase() === url)?.id ??
    ctx.store.listByTitle(reference)?.id
  );
}

function handleField(ctx: RequestContext, list: ListRecord, field: FieldRecord): SpResponse {
  switch (ctx.method) {
    case 'GET':
      requireListAccess(ctx, list);
      return entityResponse(ctx, project(ctx, describeField(ctx, list, field), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      requirePermission(ctx, { kind: 'list', listId: list.id }, 'ManageLists');
      const body = jsonBody(ctx);
      checkWriteBody(fieldEntityType(field), body);
      if (typeof body.Title === 'string') checkTitleLength(body.Title, 'column title');
      ctx.store.putField(updatedField(field, body));
      return noContent();
    }
    case 'DELETE':
      requirePermission(ctx, { kind: 'list', listId: list.id }, 'ManageLists');
      if (field.fromBaseType)
        throw SpErrorFactory.invalidArgument({ message: 'You cannot delete a built-in column.' });
      ctx.store.deleteField(list.id, field.id);
      return deleted();
    default:
      throw unsupportedMethod(ctx, 'SP.Field');
  }
}

function updatedField(field: FieldRecord, body: Record<string, unknown>): FieldRecord {
  const kept = keptFieldProperties(body);
  const extra = { ...field.extra, ...kept };
  const bool = (name: string, current: boolean): boolean =>
    typeof body[name] === 'boolean' ? (body[name] as boolean) : current;
  const num = (name: string, current: number | undefined): number | undefined =>
    body[name] === undefined ? current : Number(body[name]);
  const choices = body.Choices;
  const updated: FieldRecord = {
    ...field,
    title: typeof body.Title === 'string' ? body.Title : field.title,
    staticName: typeof body.StaticName === 'string' ? body.StaticName : field.staticName,
    indexed: bool('Indexed', field.indexed),
    required: bool('Required', field.required),
    hidden: bool('Hidden', field.hidden),
    enforceUniqueValues: bool('EnforceUniqueValues', field.enforceUniqueValues),
    description: typeof body.Description === 'string' ? body.Description : field.description,
    group: typeof body.Group === 'string' ? body.Group : field.group,
    defaultValue:
      body.DefaultValue === undefined
        ? field.defaultValue
        : body.DefaultValue === null
          ? null
          : String(body.DefaultValue),
    maxLength: num('MaxLength', field.maxLength),
    // A number column's DisplayFormat is its decimals (SPNumberFormatTypes; -1 Automatic has none).
    ...(isNumber(field) &&
      kept.DisplayFormat !== undefined && {
        decimals: Number(kept.DisplayFormat) >= 0 ? Number(kept.DisplayFormat) : undefined,
      }),
    minimumValue: num('MinimumValue', field.minimumValue),
    maximumValue: num('MaximumValue', field.maximumValue),
    selectionMode: num('SelectionMode', field.selectionMode),
    lookupField: typeof body.LookupField === 'string' ? body.LookupField : field.lookupField,
    choices: Array.isArray(choices)
      ? choices.map(String)
      : choices !== null &&
          typeof choices === 'object' &&
          Array.isArray((choices as { results?: unknown }).results)
        ? (choices as { results: unknown[] }).results.map(String)
        : field.choices,
    extra,
  };
  if (updated.enforceUniqueValues && !updated.indexed) {
    throw SpErrorFactory.invalidArgument({ message: 'The column must be indexed to enforce unique values.' });
  }
  // A field created from schema XML keeps that XML; one created from properties has it regenerated.
  return field.schemaXml === fieldSchemaXml(field)
    ? { ...updated, schemaXml: fieldSchemaXml(updated) }
    : updated;
}

function isNumber(field: FieldRecord): boolean {
  return [FieldTypeKind.Number, FieldTypeKind.Currency, FieldTypeKind.Integer].includes(
    field.fieldTypeKind as 9 | 10 | 1,
  );
}

function setShowIn(
  ctx: RequestContext,
  { list, field, form, show }: { list: ListRecord; field: FieldRecord; form: string; show: boolean },
): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.Field');
  requirePermission(ctx, { kind: 'list', listId: list.id }, 'ManageLists');
  const name = { displayform: 'ShowInDisplayForm', editform: 'ShowInEditForm', newform: 'ShowInNewForm' }[
    form
  ];
  if (!name) throw unsupportedSegment(ctx, form);
  ctx.store.putField({ ...field, extra: { ...field.extra, [name]: show } });
  return voidResponse(ctx, `SetShowIn${name.slice(6)}`);
}
