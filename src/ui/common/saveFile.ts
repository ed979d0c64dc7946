/** The media type of an .xlsx workbook. */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Lets the browser save `content` (text, or the bytes of a workbook) as a file named `name`: an object URL on a
 * Blob, a link with `download`, clicked.
 */
export function saveFile(
  content: string | Uint8Array,
  name: string,
  type: string,
  doc: Document = document,
): void {
  const part = typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Not at once: the click hands the file to the browser, which may still be reading the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
