/** The media type of an .xlsx workbook. */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Lets the browser save `bytes` as a file named `name`: an object URL on a Blob, a link with `download`, clicked. */
export function saveFile(bytes: Uint8Array, name: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Not at once: the click hands the file to the browser, which may still be reading the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
