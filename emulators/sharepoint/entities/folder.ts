import { createHash } from 'node:crypto';
import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import {
  childrenOf,
  filesIn,
  findFolderItem,
  formsFolderOf,
  listOf,
  parentFolderUrl,
  refuseFormsFolder,
  subfolders,
} from '../files/folderTree';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { ItemRecord, ListRecord } from '../model/records';
import { complexValue, typedCollection } from '../odata/format';
import { contentTypeIdFor } from '../schema/newList';
import { entityOf } from './entityOf';

/** A GUID that stays the same for the same seed (for folders the emulator keeps no record of, such as Forms). */
function stableGuid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function resourcePath(decodedUrl: string): unknown {
  return complexValue('SP.ResourcePath', { DecodedUrl: decodedUrl });
}

/** The ETag of a file: `"{<ITEM GUID>},<version>"`. */
export function fileETag(item: ItemRecord): string {
  return `"{${item.guid.toUpperCase()}},${item.version}"`;
}

/** A file as SharePoint describes SP.File. */
export function describeFile(ctx: RequestContext, list: ListRecord, item: ItemRecord): Entity {
  const file = item.file!;
  const url = `${item.folderUrl}/${file.name}`;
  const editLink = `Web/GetFileByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;
  const uri = apiUrl(ctx, editLink);
  const link = (path: string) => ({ uri: `${uri}/${path}`, editLink: `${editLink}/${path}` });
  const user = (id: number): Entity | null => {
    const found = ctx.store.user(id);
    return found ? ctx.describe({ kind: 'user', user: found }) : null;
  };
  return entityOf({
    meta: { type: 'SP.File', id: uri, uri, editLink, metadata: 'SP.ApiData.Files12/@Element' },
    values: {
      CheckInComment: '',
      CheckOutType: 2,
      ContentTag: `{${item.guid.toUpperCase()}},${file.contentVersion},${item.version}`,
      CustomizedPageStatus: 0,
      ETag: fileETag(item),
      Exists: true,
      IrmEnabled: false,
      Length: String(file.length),
      Level: 1,
      LinkingUri: null,
      LinkingUrl: '',
      MajorVersion: item.version,
      MinorVersion: 0,
      Name: file.name,
      ServerRelativeUrl: url,
      TimeCreated: item.created,
      TimeLastModified: file.timeLastModified,
      Title: null,
      UIVersion: item.version * 512,
      UIVersionLabel: `${item.version}.0`,
      UniqueId: item.guid,
    },
    selected: {
      ServerRelativePath: () => resourcePath(url),
      ListId: () => list.id,
      SiteId: () => ctx.store.web().siteId,
      WebId: () => ctx.store.web().id,
    },
    navigation: {
      ListItemAllFields: {
        link: link('ListItemAllFields'),
        resolve: () => ctx.describe({ kind: 'item', list, item }),
      },
      Author: { link: link('Author'), resolve: () => user(item.authorId) },
      ModifiedBy: { link: link('ModifiedBy'), resolve: () => user(item.editorId) },
    },
  });
}

/**
 * `ContentTypeOrder` of a folder in a list: the list's content type for what the folder holds (item or document;
 * the folder content type is hidden from it). The web's root folder holds no list's content: 501.
 */
function contentTypeOrder(ctx: RequestContext, list: ListRecord | undefined, folderUrl: string): unknown {
  refuseFormsFolder(ctx, folderUrl, 'SP.Folder.ContentTypeOrder');
  if (!list)
    throw SpErrorFactory.notImplemented({
      what: `SP.Folder.ContentTypeOrder of ${folderUrl}`,
      modelled: false,
    });
  const id = contentTypeIdFor(list, list.baseType === 1 ? 'document' : 'item');
  return typedCollection('SP.ContentTypeId', [complexValue('SP.ContentTypeId', { StringValue: id })]);
}

/** A folder as SharePoint describes SP.Folder. */
export function describeFolder(ctx: RequestContext, folderUrl: string): Entity {
  const found = findFolderItem(ctx, folderUrl);
  const list = listOf(ctx, folderUrl);
  const forms = formsFolderOf(ctx, folderUrl);
  const web = ctx.store.web();
  const editLink = `Web/GetFolderByServerRelativePath(decodedurl='${folderUrl.replace(/'/g, "''")}')`;
  const uri = apiUrl(ctx, editLink);
  const link = (path: string) => ({ uri: `${uri}/${path}`, editLink: `${editLink}/${path}` });
  const name = folderUrl.slice(folderUrl.lastIndexOf('/') + 1);
  return entityOf({
    meta: { type: 'SP.Folder', id: uri, uri, editLink, metadata: 'SP.ApiData.Folders/@Element' },
    values: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: list ? childrenOf(ctx, folderUrl).length : 0,
      Name: name,
      ProgID: null,
      ServerRelativePath: resourcePath(folderUrl),
      ServerRelativeUrl: folderUrl,
      TimeCreated: found?.item.created ?? list?.created ?? web.created,
      TimeLastModified: found?.item.modified ?? list?.lastItemModifiedDate ?? web.lastItemModifiedDate,
      UniqueId:
        found?.item.guid ?? (forms ? stableGuid(`forms:${forms.id}`) : undefined) ?? list?.id ?? web.id,
      WelcomePage: '',
    },
    selected: {
      ContentTypeOrder: () => contentTypeOrder(ctx, list, folderUrl),
      // The emulator never sets a folder's own order, so none is unique (SharePoint answers null then).
      UniqueContentTypeOrder: () => null,
    },
    navigation: {
      Files: {
        link: link('Files'),
        resolve: () => {
          refuseFormsFolder(ctx, folderUrl, 'the files');
          return filesIn(ctx, folderUrl).map(({ list: l, item }) =>
            ctx.describe({ kind: 'file', list: l, item }),
          );
        },
      },
      Folders: {
        link: link('Folders'),
        resolve: () => {
          refuseFormsFolder(ctx, folderUrl, 'the folders');
          return subfolders(ctx, folderUrl).map((url) => ctx.describe({ kind: 'folder', folderUrl: url }));
        },
      },
      ListItemAllFields: {
        link: link('ListItemAllFields'),
        resolve: () => (found ? ctx.describe({ kind: 'item', list: found.list, item: found.item }) : null),
      },
      ParentFolder: {
        link: link('ParentFolder'),
        resolve: () => {
          const parent = parentFolderUrl(ctx, folderUrl);
          return parent === null ? null : ctx.describe({ kind: 'folder', folderUrl: parent });
        },
      },
    },
  });
}
