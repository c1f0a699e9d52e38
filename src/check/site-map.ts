import type { PlaybookFacts } from './check-playbook.ts';
import { teamAnchor } from '../lib/directory.ts';
import { idFromPath, type ContentFiles } from './source.ts';

/** Every page the site publishes (path relative to the site root, ending in `/`) and its anchors. */
export type SiteMap = ReadonlyMap<string, ReadonlySet<string>>;

/** Anchors the playbook layout adds around the content (see src/pages/playbooks/[id].astro). */
const LAYOUT_ANCHORS = ['main', 'customer-says', 'related', 'escalate-title'];

/** Pages the site will publish and the anchors on each, for the link rules. */
export function buildSiteMap(
  playbooks: readonly PlaybookFacts[],
  files: Pick<ContentFiles, 'categories' | 'modules' | 'paths' | 'teams' | 'safety'>,
): SiteMap {
  const main = () => new Set(['main']);
  const site = new Map<string, Set<string>>([
    ['/', main()],
    ['/playbooks/', main()],
    ['/training/', main()],
    // The team directory (src/pages/teams/index.astro): one anchor per team, and the safety route when there is one.
    ['/teams/', new Set(['main', ...(files.safety ? ['safety'] : []), ...files.teams.map((file) => teamAnchor(idFromPath(file.path)))])],
  ]);
  for (const file of files.categories) site.set(`/categories/${idFromPath(file.path)}/`, main());
  for (const file of files.modules) site.set(`/training/modules/${idFromPath(file.path)}/`, main());
  for (const file of files.paths) site.set(`/training/paths/${idFromPath(file.path)}/`, main());
  for (const playbook of playbooks) site.set(`/playbooks/${playbook.id}/`, new Set([...LAYOUT_ANCHORS, ...playbook.anchors]));
  return site;
}
