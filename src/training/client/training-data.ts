// Shared by the training pages' scripts: the embedded catalog, storage that may be refused, files.
import { parseCatalog, type TrainingCatalog } from '../catalog.ts';
import type { StorageLike } from '../progress.ts';

export function readCatalog(doc: Document): TrainingCatalog {
  return parseCatalog(doc.getElementById('training-catalog')?.textContent);
}

/** localStorage, or undefined where merely touching it throws (some privacy settings do). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
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
