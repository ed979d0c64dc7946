import type { RequestContext } from '../context';
import type { ItemRecord, ListRecord } from '../model/records';
import type { Securable } from '../security/securable';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { canSeeList } from '../handlers/access';

/** A document or folder with the list that holds it. */
export interface ListEntry {
  list: ListRecord;
  item: ItemRecord;
}

/** A server-relative URL without a trailing slash, from an absolute, server-relative or web-relative one. */
export function normalizeUrl(ctx: RequestContext, url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/i, '').replace(/\/+$/, '');
  return path.startsWith('/') ? path : `${ctx.store.web().serverRelativeUrl}/${path}`;
}

/** `name` under `folderUrl`, unless it is itself server-relative or absolute. */
export function childUrl(folderUrl: string, name: string): string {
  return name.startsWith('/') || /^https?:/i.test(name) ? name : `${folderUrl}/${name}`;
}

/** The list whose root folder holds a URL (the root folder itself included). */
export function listOf(ctx: RequestContext, url: string): ListRecord | undefined {
  const lower = url.toLowerCase();
  return ctx.store.lists().find((list) => {
    const root = list.rootFolderUrl.toLowerCase();
    return lower === root || lower.startsWith(`${root}/`);
  });
}

/** A URL's parent folder and last segment. */
export function splitUrl(url: string): { parent: string; name: string } {
  const slash = url.lastIndexOf('/');
  return { parent: url.slice(0, slash), name: url.slice(slash + 1) };
}

function findInFolder(ctx: RequestContext, url: string, kind: 'file' | 'folder'): ListEntry | undefined {
  const list = listOf(ctx, url);
  if (!list) return undefined;
  const { parent, name } = splitUrl(url.toLowerCase());
  if (kind === 'folder') {
    const id = ctx.store.folderItemId(list.id, url);
    const item = id === undefined ? undefined : ctx.store.item(list.id, id);
    return item && ctx.security.canRead(list, item) ? { list, item } : undefined;
  }
  for (const id of ctx.store.itemIdsInFolder(list.id, parent)) {
    const item = ctx.store.item(list.id, id)!;
    if (item.file?.name.toLowerCase() === name)
      return ctx.security.canRead(list, item) ? { list, item } : undefined;
  }
  return undefined;
}

/** The file at a server-relative URL, if the user may read it. */
export function findFile(ctx: RequestContext, url: string): ListEntry | undefined {
  return findInFolder(ctx, url, 'file');
}

/** The item of the folder at a server-relative URL, if the user may read it (root folders have none). */
export function findFolderItem(ctx: RequestContext, url: string): ListEntry | undefined {
  return findInFolder(ctx, url, 'folder');
}

/**
 * The `Forms` folder every document library has at its root, beside its documents: it holds the library's view
 * and form pages, is no list item, and is no place for documents (SharePoint refuses a folder of that name there:
 * https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa).
 * @returns its server-relative URL, or undefined for a generic list.
 */
export function formsFolderUrl(list: ListRecord): string | undefined {
  return list.baseType === 1 ? `${list.rootFolderUrl}/Forms` : undefined;
}

/** The library whose `Forms` folder `url` is, if it is one. */
export function formsFolderOf(ctx: RequestContext, url: string): ListRecord | undefined {
  const list = listOf(ctx, url);
  return list && formsFolderUrl(list)?.toLowerCase() === url.toLowerCase() ? list : undefined;
}

/** Whether a folder exists for the user: the web's root folder, a list's root or Forms folder, or a readable folder. */
export function folderExists(ctx: RequestContext, url: string): boolean {
  const lower = url.toLowerCase();
  if (lower === ctx.store.web().serverRelativeUrl.toLowerCase()) return true;
  const list = listOf(ctx, url);
  if (!list || !canSeeList(ctx, list)) return false;
  return (
    list.rootFolderUrl.toLowerCase() === lower ||
    formsFolderUrl(list)?.toLowerCase() === lower ||
    findFolderItem(ctx, url) !== undefined
  );
}

/** The readable items directly in a folder. */
export function childrenOf(ctx: RequestContext, folderUrl: string): ListEntry[] {
  const list = listOf(ctx, folderUrl);
  if (!list) return [];
  return ctx.store
    .itemIdsInFolder(list.id, folderUrl)
    .map((id) => ctx.store.item(list.id, id)!)
    .filter((item) => ctx.security.canRead(list, item))
    .map((item) => ({ list, item }));
}

/** The server-relative URLs of a folder's subfolders (the web's root folder holds the libraries). */
export function subfolders(ctx: RequestContext, folderUrl: string): string[] {
  if (folderUrl.toLowerCase() === ctx.store.web().serverRelativeUrl.toLowerCase()) {
    return ctx.store
      .lists()
      .filter((list) => canSeeList(ctx, list) && !list.rootFolderUrl.includes('/Lists/'))
      .map((list) => list.rootFolderUrl);
  }
  const list = listOf(ctx, folderUrl);
  const forms =
    list && list.rootFolderUrl.toLowerCase() === folderUrl.toLowerCase() ? formsFolderUrl(list) : undefined;
  return [
    ...childrenOf(ctx, folderUrl)
      .filter(({ item }) => item.fileSystemObjectType === 1)
      .map(({ item }) => `${item.folderUrl}/${item.leafName}`),
    ...(forms ? [forms] : []),
  ];
}

/**
 * @throws SpError 501 when `folderUrl` is a library's `Forms` folder, whose view and form pages the emulator
 * serves as pages but does not model as files (`what` says what was asked of it).
 */
export function refuseFormsFolder(ctx: RequestContext, folderUrl: string, what: string): void {
  if (formsFolderOf(ctx, folderUrl))
    throw SpErrorFactory.notImplemented({
      what: `${what} of a library's Forms folder (${folderUrl})`,
      modelled: false,
    });
}

/** The readable files directly in a folder. */
export function filesIn(ctx: RequestContext, folderUrl: string): ListEntry[] {
  return childrenOf(ctx, folderUrl).filter(({ item }) => item.file !== undefined);
}

/** The securable that holds what is added to a folder: the folder's item, or the list for its root folder. */
export function containerSecurable(ctx: RequestContext, list: ListRecord, folderUrl: string): Securable {
  const folderId = ctx.store.folderItemId(list.id, folderUrl);
  return folderId === undefined
    ? { kind: 'list', listId: list.id }
    : { kind: 'item', listId: list.id, itemId: folderId };
}

/**
 * The folder holding a folder: null for the web's root folder (the root web of its site collection). A generic
 * list's root folder lies in the web's `Lists` folder, which the emulator does not model: 501.
 * @throws SpError 404 when the parent is not there for the user, 501 for the `Lists` folder.
 */
export function parentFolderUrl(ctx: RequestContext, folderUrl: string): string | null {
  const web = ctx.store.web().serverRelativeUrl;
  if (folderUrl.toLowerCase() === web.toLowerCase()) return null;
  const parent = folderUrl.slice(0, folderUrl.lastIndexOf('/'));
  if (folderExists(ctx, parent)) return parent;
  if (parent.toLowerCase() === `${web}/lists`.toLowerCase())
    throw SpErrorFactory.notImplemented({
      what: `the folder ${parent} (the web's Lists folder)`,
      modelled: false,
    });
  throw SpErrorFactory.fileNotFound();
}
