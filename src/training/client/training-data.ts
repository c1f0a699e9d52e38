// Shared by the training pages' scripts: the embedded catalog, storage that may be refused, files.
import { parseCatalog, type TrainingCatalog } from '../catalog.ts';

export { browserStorage } from './storage.ts';

export function readCatalog(doc: Document): TrainingCatalog {
  return parseCatalog(doc.getElementById('training-catalog')?.textContent);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves `text` as a file through the browser's download, with no server involved. */
export function downloadText(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
