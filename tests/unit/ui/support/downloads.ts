// The browser's edge of a download, which jsdom lacks: `URL.createObjectURL` hands the test the Blob, and a click on
// a link with `download` is kept from navigating, as a browser saves the file and stays on the page.

/** What the page handed the browser to save. */
export interface Downloads {
  readonly blobs: Blob[];
  readonly saved: { name: string; url: string }[];
}

/** Catches every download of the test file's pages from now on. */
export function captureDownloads(): Downloads {
  const downloads: Downloads = { blobs: [], saved: [] };
  URL.createObjectURL = (blob: Blob) => {
    downloads.blobs.push(blob);
    return `blob:http://127.0.0.1/${downloads.blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  document.addEventListener('click', (event) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
    event.preventDefault();
    downloads.saved.push({ name: link.download, url: link.href });
  });
  return downloads;
}

/** A Blob's bytes, read as a page would (this jsdom's Blob has no `arrayBuffer()`). */
export function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
