import { stepAnchor } from './anchors.ts';

export interface StepLink {
  title: string;
  anchor: string;
}

// `npm run check` has already proven every Step title is a plain double-quoted literal, so this
// light scan of the validated source is exact; it saves a full MDX parse per page at build time.
const STEP_TAG = /<Step\s+title="([^"]+)"/g;

/** The steps of a playbook body, in order, with their stable anchors: the on-page table of contents. */
export function stepOutline(body: string): StepLink[] {
  return [...body.matchAll(STEP_TAG)].map((match) => {
    const title = match[1] ?? '';
    return { title, anchor: stepAnchor(title) };
  });
}
