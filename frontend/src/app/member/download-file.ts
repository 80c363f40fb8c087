/** Offers text (or bytes) made or fetched here as a file to save, under the given name (the browser asks or saves it). */
export function downloadFile(document: Document, fileName: string, content: BlobPart, type: string): void {
  const view = document.defaultView;
  if (!view?.URL?.createObjectURL) {
    return;
  }
  const url = view.URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has read the file when the click returns; the address can go a moment later.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
