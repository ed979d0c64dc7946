// Ids end up in SharePoint columns, URLs and JSON keys; restricting them to ASCII avoids encoding surprises.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Whether a text may be used as an id: ASCII letters, digits, `.`, `-`, `_`, at most 64 characters. */
export function isValidId(text: string): boolean {
  return idPattern.test(text);
}
