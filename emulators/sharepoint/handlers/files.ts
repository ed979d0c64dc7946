import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { ItemRecord, ListRecord } from '../model/records';
import type { PathSegment } from '../odata/path';
import type { ResourceFamily } from '../router/family';
import type { Resource } from '../router/resources';
import { unsupportedMethod } from '../router/unsupported';
import { contentTypeIdFor } from '../schema/newList';
import type { SpResponse } from '../response';
import { collectionQueryResponse } from './collection';
import { project } from './entity';
import { checkIfMatch } from './etag';
import { booleanArgument, namedArgument, onlyArgument, requirePermission, stringArgument } from './guards';
import { deleted, entityResponse, noContent, valueResponse } from './http';
import { addItem, deleteItem, stamp, touchItem } from '../items/itemWrites';
import { describeFile, describeFolder, fileETag } from '../entities/folder';
import { checkNewName } from '../files/names';
import {
  childUrl,
  containerSecurable,
  filesIn,
  findFile,
  findFolderItem,
  folderExists,
  formsFolderOf,
  listOf,
  normalizeUrl,
  parentFolderUrl,
  refuseFormsFolder,
  splitUrl,
  subfolders,
} from '../files/folderTree';

/** Document libraries' folders and files: add (with overwrite), get by server-relative URL, content, delete. */
export const filesFamily: ResourceFamily = {
  navigate(resource, segment, ctx) {
    const name = segment.name.toLowerCase();
    switch (resource.kind) {
      case 'web':
        return navigateWeb(ctx, name, segment);
      case 'list':
        return name === 'rootfolder' ? { kind: 'folder', folderUrl: resource.list.rootFolderUrl } : undefined;
      case 'item':
        if (name === 'file' && resource.item.file)
          return { kind: 'file', list: resource.list, item: resource.item };
        if (name === 'folder' && resource.item.fileSystemObjectType === 1) {
          return { kind: 'folder', folderUrl: `${resource.item.folderUrl}/${resource.item.leafName}` };
        }
        return undefined;
      case 'folder':
        if (resource.missing) throw SpErrorFactory.fileNotFound();
        return navigateFolder(ctx, resource.folderUrl, segment);
      case 'folders':
        return navigateFolders(ctx, { folderUrl: resource.folderUrl, segment });
      case 'files':
        return navigateFiles(ctx, { folderUrl: resource.folderUrl, segment });
      case 'file':
        if (name === '$value' || name === 'openbinarystream')
          return { kind: 'fileContent', list: resource.list, item: resource.item };
        if (name === 'listitemallfields') return { kind: 'item', list: resource.list, item: resource.item };
        if (name === 'recycle') {
          const { list, item } = resource;
          return {
            kind: 'operation',
            name: 'Recycle',
            run: (c) => deleteFile(c, list, item, { recycle: true }),
          };
        }
        return undefined;
      default:
        return undefined;
    }
  },

  handle(resource, ctx) {
    switch (resource.kind) {
      case 'folder':
        return resource.missing
          ? missingFolder(ctx, resource.folderUrl)
          : handleFolder(ctx, resource.folderUrl);
      case 'folders':
        if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.FolderCollection');
        return collectionQueryResponse(
          ctx,
          subfolders(ctx, resource.folderUrl).map((url) => describeFolder(ctx, url)),
          {
            query: ctx.query,
            metadata: 'SP.ApiData.Folders',
          },
        );
      case 'files':
        if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.FileCollection');
        return collectionQueryResponse(
          ctx,
          filesIn(ctx, resource.folderUrl).map(({ list, item }) => describeFile(ctx, list, item)),
          {
            query: ctx.query,
            metadata: 'SP.ApiData.Files12',
          },
        );
      case 'file':
        return handleFile(ctx, resource.list, resource.item);
      case 'fileContent':
        return handleContent(ctx, resource.list, resource.item);
      default:
        return undefined;
    }
  },

  describe(resource, ctx) {
    if (resource.kind === 'folder' && !resource.missing) return describeFolder(ctx, resource.folderUrl);
    if (resource.kind === 'file') return describeFile(ctx, resource.list, resource.item);
    return undefined;
  },
};

function navigateWeb(ctx: RequestContext, name: string, segment: PathSegment): Resource | undefined {
  switch (name) {
    case 'getfolderbyserverrelativeurl':
    case 'getfolderbyserverrelativepath': {
      const url = normalizeUrl(ctx, pathArgument(segment));
      // SharePoint resolves a missing folder to an object whose only readable property is Exists (false).
      return folderExists(ctx, url)
        ? { kind: 'folder', folderUrl: url }
        : { kind: 'folder', folderUrl: url, missing: true };
    }
    case 'getfilebyserverrelativeurl':
    case 'getfilebyserverrelativepath': {
      const found = findFile(ctx, normalizeUrl(ctx, pathArgument(segment)));
      if (!found) throw SpErrorFactory.fileNotFound();
      return { kind: 'file', ...found };
    }
    case 'folders': {
      // `web/folders('Shared Documents')`: the web's collection is indexed by a folder's URL as a folder's is.
      const webUrl = ctx.store.web().serverRelativeUrl;
      if (segment.key !== undefined) return childFolder(ctx, webUrl, segment.key);
      return { kind: 'folders', folderUrl: webUrl };
    }
    case 'rootfolder':
      return { kind: 'folder', folderUrl: ctx.store.web().serverRelativeUrl };
    default:
      return undefined;
  }
}

function navigateFolder(ctx: RequestContext, folderUrl: string, segment: PathSegment): Resource | undefined {
  switch (segment.name.toLowerCase()) {
    case 'folders':
      refuseFormsFolder(ctx, folderUrl, 'the folders');
      // `folders('E1042')` is PnPjs's `folders.getByUrl('E1042')`.
      if (segment.key !== undefined) return childFolder(ctx, folderUrl, segment.key);
      return { kind: 'folders', folderUrl };
    case 'files':
      refuseFormsFolder(ctx, folderUrl, 'the files');
      // `files('a.xlsx')` is `files.getByUrl('a.xlsx')`.
      if (segment.key !== undefined) return fileIn(ctx, folderUrl, segment.key);
      return { kind: 'files', folderUrl };
    case 'parentfolder': {
      const parent = parentFolderUrl(ctx, folderUrl);
      return parent === null
        ? { kind: 'property', name: 'ParentFolder', value: () => null }
        : { kind: 'folder', folderUrl: parent };
    }
    case 'listitemallfields': {
      const found = findFolderItem(ctx, folderUrl);
      if (found) return { kind: 'item', ...found };
      // A list's root folder (and a library's Forms folder) has no item: SharePoint answers `{"odata.null":true}`
      // (PnPjs's getItem checks it).
      if (
        listOf(ctx, folderUrl)?.rootFolderUrl.toLowerCase() === folderUrl.toLowerCase() ||
        formsFolderOf(ctx, folderUrl)
      )
        return { kind: 'property', name: 'ListItemAllFields', value: () => null };
      throw SpErrorFactory.itemNotFound();
    }
    default:
      return undefined;
  }
}

function childFolder(ctx: RequestContext, folderUrl: string, key: unknown): Resource {
  const url = childUrl(folderUrl, stringArgument(key, 'url'));
  if (!folderExists(ctx, url)) throw SpErrorFactory.fileNotFound();
  return { kind: 'folder', folderUrl: url };
}

/** GET of a folder that does not exist: `$select=Exists` gives `{Exists:false}`, anything else 404. */
function missingFolder(ctx: RequestContext, folderUrl: string): SpResponse {
  const select = ctx.query.select ?? [];
  const onlyExists =
    select.length > 0 && select.every((path) => path.length === 1 && /^exists$/i.test(path[0]!));
  if (ctx.method !== 'GET' || !onlyExists) throw SpErrorFactory.fileNotFound();
  const entity = describeFolder(ctx, folderUrl);
  return entityResponse(ctx, { props: { Exists: false }, meta: entity.meta });
}

function navigateFolders(
  ctx: RequestContext,
  { folderUrl, segment }: { folderUrl: string; segment: PathSegment },
): Resource | undefined {
  const name = segment.name.toLowerCase();
  if (name === 'getbyurl') return childFolder(ctx, folderUrl, segment.key);
  if (name === 'addusingpath' || name === 'add') {
    const target = childUrl(
      folderUrl,
      stringArgument(
        name === 'add' ? onlyArgument(segment) : namedArgument(segment, 'DecodedUrl'),
        'DecodedUrl',
      ),
    );
    const overwrite = namedArgument(segment, 'overwrite');
    return {
      kind: 'operation',
      name: 'AddUsingPath',
      run: (c) =>
        addFolder(c, {
          url: normalizeUrl(c, target),
          overwrite: overwrite === undefined ? false : booleanArgument(overwrite, 'overwrite'),
        }),
    };
  }
  return undefined;
}

function fileIn(ctx: RequestContext, folderUrl: string, key: unknown): Resource {
  const found = findFile(ctx, childUrl(folderUrl, stringArgument(key, 'url')));
  if (!found) throw SpErrorFactory.fileNotFound();
  return { kind: 'file', ...found };
}

function navigateFiles(
  ctx: RequestContext,
  { folderUrl, segment }: { folderUrl: string; segment: PathSegment },
): Resource | undefined {
  const name = segment.name.toLowerCase();
  if (name === 'getbyurl') return fileIn(ctx, folderUrl, segment.key);
  if (name === 'add' || name === 'addusingpath') {
    const url = stringArgument(
      name === 'add' ? (namedArgument(segment, 'url') ?? segment.key) : namedArgument(segment, 'decodedurl'),
      'url',
    );
    const overwrite = namedArgument(segment, 'overwrite');
    return {
      kind: 'operation',
      name: 'Add',
      run: (c) =>
        addFile(c, {
          url: normalizeUrl(c, childUrl(folderUrl, url)),
          overwrite: overwrite === undefined ? false : booleanArgument(overwrite, 'overwrite'),
        }),
    };
  }
  return undefined;
}

function pathArgument(segment: PathSegment): string {
  return stringArgument(namedArgument(segment, 'decodedurl') ?? onlyArgument(segment), 'serverRelativeUrl');
}

function libraryFor(ctx: RequestContext, folderUrl: string): ListRecord {
  refuseFormsFolder(ctx, folderUrl, 'adding to');
  const list = listOf(ctx, folderUrl);
  if (!list || !folderExists(ctx, folderUrl)) throw SpErrorFactory.fileNotFound();
  return list;
}

function addFolder(ctx: RequestContext, { url, overwrite }: { url: string; overwrite: boolean }): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.FolderCollection.AddUsingPath');
  const { parent, name } = splitUrl(url);
  const list = libraryFor(ctx, parent);
  requirePermission(ctx, containerSecurable(ctx, list, parent), 'AddListItems');
  checkNewName({
    name,
    url,
    kind: 'folder',
    atLibraryRoot: list.baseType === 1 && parent === list.rootFolderUrl,
  });
  // Existence regardless of what the caller may read: a hidden folder of that name is still taken.
  if (ctx.store.folderItemId(list.id, url) === undefined) {
    addItem(ctx, list, {
      values: { Title: null },
      contentTypeId: contentTypeIdFor(list, 'folder'),
      folderUrl: parent,
      fileSystemObjectType: 1,
      leafName: name,
    });
  } else if (!overwrite) {
    throw SpErrorFactory.fileAlreadyExists({ url });
  }
  return entityResponse(ctx, project(ctx, describeFolder(ctx, url), ctx.query));
}

function addFile(ctx: RequestContext, { url, overwrite }: { url: string; overwrite: boolean }): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.FileCollection.Add');
  const { parent, name } = splitUrl(url);
  const list = libraryFor(ctx, parent);
  if (list.baseType !== 1)
    throw SpErrorFactory.invalidArgument({ message: 'Files can only be added to document libraries.' });
  checkNewName({ name, url, kind: 'file' });
  const existing = findFile(ctx, url);
  const blobId = randomUUID();
  ctx.store.putBlob(blobId, ctx.body);
  const file = { name, length: ctx.body.length, blobId, timeLastModified: stamp(ctx), contentVersion: 1 };
  let item: ItemRecord;
  if (existing) {
    if (!overwrite) throw SpErrorFactory.fileAlreadyExists({ url });
    if (!ctx.security.canWrite(list, existing.item, 'EditListItems')) throw SpErrorFactory.accessDenied();
    const oldBlob = existing.item.file?.blobId;
    item = touchItem(ctx, {
      list,
      item: existing.item,
      change: { file: { ...file, contentVersion: (existing.item.file?.contentVersion ?? 0) + 1 } },
    });
    if (oldBlob) ctx.store.deleteBlob(oldBlob);
  } else {
    requirePermission(ctx, containerSecurable(ctx, list, parent), 'AddListItems');
    item = addItem(ctx, list, {
      values: { Title: null },
      contentTypeId: contentTypeIdFor(list, 'document'),
      folderUrl: parent,
      file,
    });
  }
  return entityResponse(ctx, project(ctx, describeFile(ctx, list, item), ctx.query));
}

function handleFolder(ctx: RequestContext, folderUrl: string): SpResponse {
  switch (ctx.method) {
    case 'GET':
      return entityResponse(ctx, project(ctx, describeFolder(ctx, folderUrl), ctx.query));
    case 'DELETE': {
      refuseFormsFolder(ctx, folderUrl, 'deleting');
      const found = findFolderItem(ctx, folderUrl);
      if (!found)
        throw SpErrorFactory.invalidArgument({ message: 'The root folder of a list cannot be deleted.' });
      if (!ctx.security.canWrite(found.list, found.item, 'DeleteListItems'))
        throw SpErrorFactory.accessDenied();
      deleteItem(ctx, found.list, found.item);
      return deleted();
    }
    default:
      throw unsupportedMethod(ctx, 'SP.Folder');
  }
}

function handleFile(ctx: RequestContext, list: ListRecord, item: ItemRecord): SpResponse {
  switch (ctx.method) {
    case 'GET':
      return entityResponse(ctx, project(ctx, describeFile(ctx, list, item), ctx.query));
    case 'DELETE':
      return deleteFile(ctx, list, item, { recycle: false });
    default:
      throw unsupportedMethod(ctx, 'SP.File');
  }
}

function deleteFile(
  ctx: RequestContext,
  list: ListRecord,
  item: ItemRecord,
  options: { recycle: boolean },
): SpResponse {
  if (ctx.method !== (options.recycle ? 'POST' : 'DELETE')) throw unsupportedMethod(ctx, 'SP.File');
  if (!ctx.security.canWrite(list, item, 'DeleteListItems')) throw SpErrorFactory.accessDenied();
  if (!options.recycle) checkIfMatch(ctx, { version: item.version, current: fileETag(item) });
  deleteItem(ctx, list, item);
  if (!options.recycle) return deleted();
  const id = randomUUID();
  ctx.store.putRecycleBinItem({
    id,
    listId: list.id,
    itemId: item.id,
    title: item.file?.name ?? String(item.id),
    deletedById: ctx.user.id,
    deletedDate: stamp(ctx),
    item,
  });
  return valueResponse(ctx, id, { name: 'Recycle', type: 'Edm.Guid' });
}

function handleContent(ctx: RequestContext, list: ListRecord, item: ItemRecord): SpResponse {
  if (ctx.method === 'GET') {
    const content = item.file ? ctx.store.blob(item.file.blobId) : undefined;
    if (!content) throw SpErrorFactory.fileNotFound();
    return {
      status: 200,
      headers: { 'Content-Type': 'application/octet-stream', ETag: fileETag(item) },
      body: content,
    };
  }
  if (ctx.method !== 'PUT') throw unsupportedMethod(ctx, 'SP.File.$value');
  if (!ctx.security.canWrite(list, item, 'EditListItems')) throw SpErrorFactory.accessDenied();
  const blobId = randomUUID();
  ctx.store.putBlob(blobId, ctx.body);
  const old = item.file!;
  touchItem(ctx, {
    list,
    item,
    change: {
      file: {
        ...old,
        blobId,
        length: ctx.body.length,
        timeLastModified: stamp(ctx),
        contentVersion: old.contentVersion + 1,
      },
    },
  });
  ctx.store.deleteBlob(old.blobId);
  return noContent();
}
