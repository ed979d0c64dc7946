import { SpErrorFactory } from '../errors/SpErrorFactory';
import { PATH_MAX_LENGTH } from '../model/limits';

// What SharePoint Online refuses in a file or folder name: the characters " * : < > ? / \ |, a leading or
// trailing space, the names Windows reserves, `_vti_` anywhere, `desktop.ini`, a name starting with `~$`, and a
// folder called `forms` at the root of a library ("Restrictions and limitations in OneDrive and SharePoint",
// https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa).
// `#` and `%` are allowed, as they are by default in SharePoint Online today.
const INVALID_CHARACTERS = /["*:<>?/\\|]/;
const RESERVED = /^(\.lock|con|prn|aux|nul|com\d|lpt\d|desktop\.ini)$/i;

/**
 * @throws SpError 400 when SharePoint would refuse `name` as the name of a new file or folder at `url` (its full
 * server-relative path), or the path is longer than it takes.
 */
export function checkNewName(options: {
  name: string;
  url: string;
  kind: 'file' | 'folder';
  /** Whether the new folder would sit directly in a library's root folder. */
  atLibraryRoot?: boolean;
}): void {
  const { name, url, kind } = options;
  const refused =
    name === '' ||
    name !== name.trim() ||
    INVALID_CHARACTERS.test(name) ||
    RESERVED.test(name) ||
    /_vti_/i.test(name) ||
    name.startsWith('~$') ||
    (kind === 'folder' && options.atLibraryRoot === true && name.toLowerCase() === 'forms');
  if (refused) throw SpErrorFactory.invalidArgument({ message: `The ${kind} name '${name}' is not valid.` });
  if (url.length > PATH_MAX_LENGTH) throw SpErrorFactory.pathTooLong({ url, limit: PATH_MAX_LENGTH });
}
