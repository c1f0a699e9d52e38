import { buildSiteOnce } from './support/site.ts';

// One build of the real site for every browser test file.
export default function setup(): void {
  buildSiteOnce();
}
