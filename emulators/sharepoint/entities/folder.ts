import type { RequestContext } from '../context';
import { childrenOf, filesIn, findFolderItem, listOf, subfolders } from '../files/folderTree';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { ItemRecord, ListRecord } from '../model/records';
import { complexValue } from '../odata/format';

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
  return {
    meta: { type: 'SP.File', id: uri, uri, editLink, metadata: 'SP.ApiData.Files12/@Element' },
    props: {
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
    navigation: {
      ListItemAllFields: {
        link: { uri: `${uri}/ListItemAllFields`, editLink: `${editLink}/ListItemAllFields` },
        resolve: () => ctx.describe({ kind: 'item', list, item }),
      },
    },
  };
}

/** A folder as SharePoint describes SP.Folder. */
export function describeFolder(ctx: RequestContext, folderUrl: string): Entity {
  const found = findFolderItem(ctx, folderUrl);
  const list = listOf(ctx, folderUrl);
  const editLink = `Web/GetFolderByServerRelativePath(decodedurl='${folderUrl.replace(/'/g, "''")}')`;
  const uri = apiUrl(ctx, editLink);
  const name = folderUrl.slice(folderUrl.lastIndexOf('/') + 1);
  return {
    meta: { type: 'SP.Folder', id: uri, uri, editLink, metadata: 'SP.ApiData.Folders/@Element' },
    props: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: list ? childrenOf(ctx, folderUrl).length : 0,
      Name: name,
      ProgID: null,
      ServerRelativePath: complexValue('SP.ResourcePath', { DecodedUrl: folderUrl }),
      ServerRelativeUrl: folderUrl,
      TimeCreated: found?.item.created ?? list?.created ?? ctx.store.web().created,
      TimeLastModified:
        found?.item.modified ?? list?.lastItemModifiedDate ?? ctx.store.web().lastItemModifiedDate,
      UniqueId: found?.item.guid ?? list?.id ?? ctx.store.web().id,
      WelcomePage: '',
    },
    navigation: {
      Files: {
        link: { uri: `${uri}/Files`, editLink: `${editLink}/Files` },
        resolve: () =>
          filesIn(ctx, folderUrl).map(({ list: l, item }) => ctx.describe({ kind: 'file', list: l, item })),
      },
      Folders: {
        link: { uri: `${uri}/Folders`, editLink: `${editLink}/Folders` },
        resolve: () =>
          subfolders(ctx, folderUrl).map((url) => ctx.describe({ kind: 'folder', folderUrl: url })),
      },
      ListItemAllFields: {
        link: { uri: `${uri}/ListItemAllFields`, editLink: `${editLink}/ListItemAllFields` },
        resolve: () => (found ? ctx.describe({ kind: 'item', list: found.list, item: found.item }) : null),
      },
    },
  };
}
