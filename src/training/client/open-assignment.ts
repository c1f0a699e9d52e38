// What the assignment page and the completion record both start from: the assignment in the link,
// the modules it names as this trainee takes them (their draw from each bank), and the progress
// saved in this browser. Every line of `notes` is shown to the trainee as text.
import { assignmentKey, decodeAssignment, type Assignment } from '../assignment.ts';
import { moduleForTrainee, resolveAssignment, type ResolvedAssignment } from '../catalog.ts';
import { createProgressStore, describeUpgrade, type ProgressStore, type ReportModule } from '../progress.ts';
import { assignmentSeed } from '../seed.ts';
import { browserStorage, readCatalog } from './training-data.ts';

export interface OpenAssignment {
  assignment: Assignment;
  resolved: ResolvedAssignment;
  /** The assigned modules with the questions drawn for this trainee. */
  modules: ReportModule[];
  store: ProgressStore;
  /** Whose order the questions and choices are in (see seed.ts). */
  seed: string;
  notes: string[];
}

/** The assignment named by `search`, or the lines that say why nothing can be shown. */
export function openAssignment(search: string, doc: Document): { ok: true; opened: OpenAssignment } | { ok: false; lines: string[] } {
  const decoded = decodeAssignment(search);
  if (!decoded.ok) return { ok: false, lines: [decoded.reason] };
  const { assignment } = decoded;
  const resolved = resolveAssignment(assignment, readCatalog(doc));
  const notes = [...decoded.notes];
  if (resolved.unknown.length) notes.push(`${resolved.unknown.length} item(s) in this link no longer exist on the site and are not shown.`);
  if (resolved.modules.length === 0)
    return { ok: false, lines: [...notes, 'Nothing in this link can be shown. Ask your trainer for a new link.'] };
  const storage = browserStorage();
  const store = createProgressStore(storage, assignmentKey(assignment), resolved.modules);
  const upgraded = describeUpgrade(store.upgrade());
  if (upgraded) notes.push(upgraded);
  const seed = assignmentSeed(assignment.trainee, storage);
  const modules = resolved.modules.map((module) => moduleForTrainee(module, seed));
  return { ok: true, opened: { assignment, resolved, modules, store, seed, notes } };
}
