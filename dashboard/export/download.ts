/** Save bytes or text as a file through the browser's download (no server involved). */
export function downloadBlob(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  downloadUrl(url, fileName);
  // Revoke after the click has been handled: the download has its own copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** A file name from parts people read: spaces kept, characters file systems refuse removed. */
export function fileNameOf(...parts: string[]): string {
  return parts.join(' ').replace(/[\\/:*?"<>|]+/g, '-').trim();
}
