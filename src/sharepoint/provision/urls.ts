import { type ListSchema } from '../schema';

/** A site URL without trailing slashes. */
export function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The server-relative URL of a list's root folder: `/sites/x/Lists/<url>`, or `/sites/x/<url>` for a library. */
export function listServerRelativeUrl(
  webServerRelativeUrl: string,
  list: Pick<ListSchema, 'url' | 'template'>,
): string {
  const web = trimSlashes(webServerRelativeUrl);
  return list.template === 101 ? `${web}/${list.url}` : `${web}/Lists/${list.url}`;
}

/** The server-relative URL of a unit's folder in a list. */
export function unitFolderServerRelativeUrl(
  webServerRelativeUrl: string,
  list: Pick<ListSchema, 'url' | 'template'>,
  unitCode: string,
): string {
  return `${listServerRelativeUrl(webServerRelativeUrl, list)}/${unitCode}`;
}
