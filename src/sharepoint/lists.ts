import { extractWebUrl, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { type IList } from '@pnp/sp/lists';
import { listNames, type ListKey } from './schema';

/** The site's absolute URL a client was made for, without a trailing slash. */
export function siteUrlOf(sp: SPFI): string {
  return extractWebUrl(sp.web.toUrl()).replace(/\/+$/, '');
}

/** The server-relative path of a site URL (absolute or already server-relative), without a trailing slash. */
export function serverRelativeSite(siteUrl: string): string {
  const path = /^https?:\/\//i.test(siteUrl) ? new URL(siteUrl).pathname : siteUrl;
  return decodeURIComponent(path).replace(/\/+$/, '');
}

/** A list's server-relative URL: `/sites/x/Lists/<url>` for lists, `/sites/x/<url>` for document libraries. */
export function listServerRelativeUrl(siteUrl: string, key: ListKey): string {
  const schema = listNames[key];
  const site = serverRelativeSite(siteUrl);
  return schema.template === 101 ? `${site}/${schema.url}` : `${site}/Lists/${schema.url}`;
}

/**
 * The list for a key, found by its URL (never by title, so IT may rename lists). A fresh PnPjs chain on every
 * call: reusing one chain for two calls in a batch silently drops one of them.
 */
export function listByKey(sp: SPFI, key: ListKey): IList {
  return sp.web.getList(listServerRelativeUrl(siteUrlOf(sp), key));
}

/** The server-relative URL of a unit's folder in a list (`…/Lists/Inventeringar/E1042`). */
export function unitFolderUrl(siteUrl: string, key: ListKey, unitCode: string): string {
  return `${listServerRelativeUrl(siteUrl, key)}/${unitCode}`;
}

/** The lists that keep a folder per unit, whose folders prove whose an item is (mapping/folders.ts). */
export type UnitFolderList = 'inventeringar' | 'inventeringsrader' | 'granskningsbeslut' | 'remissvar';

/** The lists that keep a folder per kontor: what a kontor's head books, and what the project team notes for it. */
export type KontorFolderList = 'bokningar' | 'seminarieanteckningar';

/** Every list whose items live in folders with their own permissions. */
export type FolderList = UnitFolderList | KontorFolderList;

/** The server-relative URL of each folder list's root folder. */
export type FolderRoots = Readonly<Record<FolderList, string>>;

/** The root folders of the folder lists of the site a client was made for. */
export function folderRootsOf(sp: SPFI): FolderRoots {
  const site = siteUrlOf(sp);
  const root = (key: FolderList) => listServerRelativeUrl(site, key);
  return {
    inventeringar: root('inventeringar'),
    inventeringsrader: root('inventeringsrader'),
    granskningsbeslut: root('granskningsbeslut'),
    remissvar: root('remissvar'),
    bokningar: root('bokningar'),
    seminarieanteckningar: root('seminarieanteckningar'),
  };
}
