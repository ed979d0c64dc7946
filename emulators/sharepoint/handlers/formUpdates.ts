import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { FieldValue, ItemRecord, ListRecord } from '../model/records';
import { complexValue } from '../odata/format';
import { unsupportedMethod } from '../router/unsupported';
import { contentTypeIdFor } from '../schema/newList';
import { ListSchema } from '../items/ListSchema';
import { parseFormValue, SYSTEM_COLUMNS } from '../items/formValues';
import { checkUniqueValues, defaultValues } from '../items/writeValues';
import { isSupportedLocale, type LocaleId } from '../site/locale';
import type { SpResponse } from '../response';
import { containerSecurable } from '../files/folderTree';
import { checkNewName } from '../files/names';
import { requirePermission } from './guards';
import { jsonBody, valueResponse } from './http';
import { addItem, touchItem } from '../items/itemWrites';

/** One entry of `formValues`, as sent and as answered (SP.ListItemFormUpdateValue). */
interface FormResult {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ItemId: number;
}

/** What a request's form values came to: values to store, and the answer for each entry. */
interface ValidatedForm {
  values: Record<string, FieldValue>;
  system: { authorId?: number; editorId?: number; created?: string; modified?: string };
  results: FormResult[];
  failed: boolean;
}

// Our choice where sources are silent: the HRESULT of System.ArgumentException for a refused value.
const INVALID_VALUE_CODE = -2147024809;

/**
 * `POST list/AddValidateUpdateItemUsingPath()` (PnPjs `list.addValidateUpdateItemUsingPath`): creates an item (or,
 * with `UnderlyingObjectType: 1` and a `LeafName`, a folder) in `listItemCreateInfo.FolderPath`, from string
 * form values validated per field in the web's locale. If any value is refused nothing is stored, and the answer
 * says which (`HasException`) — SharePoint answers 200 either way (MS-CSOMSPT 3.2.5.79.2.1.19).
 * @throws SpError for a folder that does not exist (404), an unknown column (400) or no AddListItems (403).
 */
export function addValidateUpdateItemUsingPath(ctx: RequestContext, list: ListRecord): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.List.AddValidateUpdateItemUsingPath');
  const body = jsonBody(ctx);
  const info = (body.listItemCreateInfo ?? {}) as Record<string, unknown>;
  const folderUrl = folderOf(ctx, list, decodedUrl(info.FolderPath));
  requirePermission(ctx, containerSecurable(ctx, list, folderUrl), 'AddListItems');
  const objectType = info.UnderlyingObjectType === undefined ? 0 : Number(info.UnderlyingObjectType);
  if (objectType !== 0 && objectType !== 1)
    throw SpErrorFactory.invalidArgument({ message: 'UnderlyingObjectType must be 0 (item) or 1 (folder).' });
  if (list.baseType === 1 && objectType === 0) {
    throw SpErrorFactory.invalidArgument({
      message: 'To add an item to a document library, use SPFileCollection.Add()',
    });
  }
  const schema = new ListSchema(list, ctx.store);
  const form = validate(ctx, schema, formValuesOf(body));
  if (form.failed) return answer(ctx, 'AddValidateUpdateItemUsingPath', form.results);
  const leafName = objectType === 1 ? decodedUrl(info.LeafName) : undefined;
  if (objectType === 1) {
    checkNewName({
      name: leafName ?? '',
      url: `${folderUrl}/${leafName ?? ''}`,
      kind: 'folder',
      atLibraryRoot: list.baseType === 1 && folderUrl.toLowerCase() === list.rootFolderUrl.toLowerCase(),
    });
    if (ctx.store.folderItemId(list.id, `${folderUrl}/${leafName}`) !== undefined)
      throw SpErrorFactory.fileAlreadyExists({ url: `${folderUrl}/${leafName}` });
  }
  const created = addItem(ctx, list, {
    values: { ...(objectType === 0 ? defaultValues(ctx, schema) : {}), ...form.values },
    contentTypeId: contentTypeIdFor(list, objectType === 1 ? 'folder' : 'item'),
    folderUrl,
    ...(objectType === 1 && { fileSystemObjectType: 1, leafName }),
  });
  const item = withSystemColumns(ctx, created, form.system);
  checkUniqueValues(ctx, schema, item);
  const results = form.results.map((result) => ({ ...result, ItemId: item.id }));
  // SharePoint ends the answer with the new item's id as a pseudo field "Id".
  results.push(success({ name: 'Id', text: String(item.id), itemId: item.id }));
  return answer(ctx, 'AddValidateUpdateItemUsingPath', results);
}

/**
 * `POST items(n)/ValidateUpdateListItem` (PnPjs `item.validateUpdateListItem`): sets string form values,
 * validated as for `addValidateUpdateItemUsingPath`; also Author, Editor, Created and Modified. Nothing changes
 * if any value is refused. No IF-MATCH: the item's version still goes up.
 * @throws SpError for an unknown column (400) or when the user may not edit the item (403).
 */
export function validateUpdateListItem(ctx: RequestContext, list: ListRecord, item: ItemRecord): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.ListItem.ValidateUpdateListItem');
  if (!ctx.security.canWrite(list, item, 'EditListItems')) throw SpErrorFactory.accessDenied();
  const schema = new ListSchema(list, ctx.store);
  const form = validate(ctx, schema, formValuesOf(jsonBody(ctx)));
  const results = form.results.map((result) => ({ ...result, ItemId: item.id }));
  if (form.failed) return answer(ctx, 'ValidateUpdateListItem', results);
  const touched = touchItem(ctx, { list, item, change: { values: { ...item.values, ...form.values } } });
  checkUniqueValues(ctx, schema, withSystemColumns(ctx, touched, form.system));
  return answer(ctx, 'ValidateUpdateListItem', results);
}

/** The web's LocaleId, as its regional settings say. */
export function webLocale(ctx: RequestContext): LocaleId {
  const id = ctx.store.web().localeId;
  return isSupportedLocale(id) ? id : 1033;
}

function validate(
  ctx: RequestContext,
  schema: ListSchema,
  entries: { name: string; text: string }[],
): ValidatedForm {
  const localeId = webLocale(ctx);
  const form: ValidatedForm = { values: {}, system: {}, results: [], failed: false };
  for (const { name, text } of entries) {
    const field = schema.field(name);
    if (!field) throw SpErrorFactory.columnNotFound({ name });
    // SharePoint renames the item's folder or file for this value; the emulator does not model renames.
    if (field.internalName === 'FileLeafRef')
      throw SpErrorFactory.notImplemented({ what: 'renaming an item by writing FileLeafRef' });
    const parsed = parseFormValue(ctx, field, { text, localeId });
    if (parsed.kind === 'invalid') {
      form.failed = true;
      form.results.push({
        ErrorCode: INVALID_VALUE_CODE,
        ErrorMessage: parsed.message,
        FieldName: name,
        FieldValue: text,
        HasException: true,
        ItemId: 0,
      });
      continue;
    }
    form.results.push(success({ name, text, itemId: 0 }));
    if (SYSTEM_COLUMNS.has(field.internalName)) applySystem(form, field.internalName, parsed.value);
    else form.values[field.internalName] = parsed.value;
  }
  return form;
}

function applySystem(form: ValidatedForm, name: string, value: FieldValue): void {
  if (value === null) return;
  if (name === 'Author') form.system.authorId = value as number;
  else if (name === 'Editor') form.system.editorId = value as number;
  else if (name === 'Created') form.system.created = value as string;
  else form.system.modified = value as string;
}

function withSystemColumns(
  ctx: RequestContext,
  item: ItemRecord,
  system: ValidatedForm['system'],
): ItemRecord {
  if (Object.keys(system).length === 0) return item;
  const updated = { ...item, ...system };
  ctx.store.putItem(updated);
  return updated;
}

function success({ name, text, itemId }: { name: string; text: string; itemId: number }): FormResult {
  return {
    ErrorCode: 0,
    ErrorMessage: null,
    FieldName: name,
    FieldValue: text,
    HasException: false,
    ItemId: itemId,
  };
}

function answer(ctx: RequestContext, name: string, results: FormResult[]): SpResponse {
  return valueResponse(
    ctx,
    results.map((result) => complexValue('SP.ListItemFormUpdateValue', { ...result })),
    { name, type: 'Collection(SP.ListItemFormUpdateValue)' },
  );
}

/** `formValues` as a plain or verbose (`{"results":[…]}`) array of `{FieldName, FieldValue}`. */
function formValuesOf(body: Record<string, unknown>): { name: string; text: string }[] {
  const raw = body.formValues;
  const list = Array.isArray(raw) ? raw : (raw as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(list)) throw SpErrorFactory.invalidArgument({ message: 'formValues is required.' });
  return list.map((entry) => {
    const { FieldName, FieldValue } = (entry ?? {}) as { FieldName?: unknown; FieldValue?: unknown };
    if (typeof FieldName !== 'string' || FieldName === '')
      throw SpErrorFactory.invalidArgument({ message: 'Every form value needs a FieldName.' });
    return {
      name: FieldName,
      text: FieldValue === null || FieldValue === undefined ? '' : String(FieldValue),
    };
  });
}

/** `{DecodedUrl}` (SP.ResourcePath) or a plain string. */
function decodedUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const url = (value as { DecodedUrl?: unknown } | null | undefined)?.DecodedUrl;
  return typeof url === 'string' ? url : undefined;
}

/**
 * The server-relative URL of the list folder an item goes into: the root folder when none is given; an
 * absolute, server-relative or web-relative path otherwise.
 * @throws SpError 404 when the folder does not exist in this list.
 */
function folderOf(ctx: RequestContext, list: ListRecord, path: string | undefined): string {
  if (path === undefined || path.trim() === '') return list.rootFolderUrl;
  const trimmed = path.replace(/^https?:\/\/[^/]+/i, '').replace(/\/+$/, '');
  const url = trimmed.startsWith('/') ? trimmed : `${ctx.store.web().serverRelativeUrl}/${trimmed}`;
  if (url.toLowerCase() === list.rootFolderUrl.toLowerCase()) return list.rootFolderUrl;
  const folderId = ctx.store.folderItemId(list.id, url);
  const folder = folderId === undefined ? undefined : ctx.store.item(list.id, folderId);
  if (!folder || !ctx.security.canRead(list, folder)) throw SpErrorFactory.fileNotFound();
  // The folder's own spelling of its URL, whatever case the caller used.
  return `${folder.folderUrl}/${folder.leafName ?? ''}`;
}
