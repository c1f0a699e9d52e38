// The site's sections as the header names them, and which one a page belongs to (the header marks
// it with aria-current).

export interface Section {
  id: 'playbooks' | 'teams' | 'training';
  label: string;
  /** The section's index, relative to the site's base. */
  path: string;
  /** Other top-level folders that belong to the section. */
  alsoUnder: readonly string[];
}

export const SECTIONS: readonly Section[] = [
  { id: 'playbooks', label: 'Playbooks', path: 'playbooks/', alsoUnder: ['categories/'] },
  { id: 'teams', label: 'Teams', path: 'teams/', alsoUnder: [] },
  { id: 'training', label: 'Training', path: 'training/', alsoUnder: [] },
];

/** The section a page is in, and whether it is the section's index; undefined for the home page and others. */
export function currentSection(pathname: string, base: string): { section: Section; isIndex: boolean } | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  const path = pathname.slice(root.length);
  const normalised = path.endsWith('/') || path === '' ? path : `${path}/`;
  const section = SECTIONS.find((candidate) => [candidate.path, ...candidate.alsoUnder].some((folder) => normalised.startsWith(folder)));
  return section && { section, isIndex: normalised === section.path };
}
