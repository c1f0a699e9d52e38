import { slug } from 'github-slugger';

/**
 * The anchor of a `<Step title="…">`. Derived from the title alone (not its position) so links
 * into a step keep working when steps are added or reordered above it.
 */
export function stepAnchor(title: string): string {
  return `step-${slug(title)}`;
}
