import { SpErrorFactory } from '../errors/SpErrorFactory';

/**
 * The longest title SharePoint takes for a list or library, a view, a column, a group or the web: 255 characters
 * ("Its length must be equal to or less than 255", List.Title and ViewCreationInformation.Title:
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee545356(v=office.15),
 * https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj246711(v=office.15)).
 */
export const TITLE_MAX_LENGTH = 255;

/**
 * The longest decoded path of a file or folder, its name included: 400 characters ("Restrictions and
 * limitations in OneDrive and SharePoint",
 * https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa).
 */
export const PATH_MAX_LENGTH = 400;

/** @throws SpError 400 when a title is longer than SharePoint takes. */
export function checkTitleLength(title: string, what: string): void {
  if (title.length > TITLE_MAX_LENGTH) throw SpErrorFactory.valueTooLong({ what, limit: TITLE_MAX_LENGTH });
}
