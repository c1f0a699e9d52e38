// Attribute values the component registry constrains beyond plain text: a region, a safety case,
// or one of a fixed list. (Teams, steps and roles are checked in structure.ts.)
import type { Root } from 'mdast';
import { CONTENT_COMPONENTS } from '../../lib/component-registry.ts';
import { attributeValue, startOf, type Finding } from './mdx-safety.ts';
import { treeIndex } from './structure.ts';

export interface KnownValues {
  /** Ids of content/regions/ files. */
  regions: ReadonlySet<string>;
  /** Ids of the entries of content/safety.yaml. */
  safetyCases: ReadonlySet<string>;
}

export function attributeValueFindings(tree: Root, known: KnownValues): Finding[] {
  const findings: Finding[] = [];
  for (const { node } of treeIndex(tree).jsx) {
    const spec = node.name ? CONTENT_COMPONENTS[node.name] : undefined;
    for (const [name, kind] of Object.entries(spec?.attributes ?? {})) {
      const value = attributeValue(node, name);
      if (typeof value !== 'string') continue;
      const tag = `<${String(node.name)} ${name}="${value}">`;
      if (kind === 'region' && !known.regions.has(value)) {
        findings.push({
          position: startOf(node),
          rule: 'ref/region',
          message: `${tag} names a region that has no file in content/regions/`,
          fix: known.regions.size ? `use one of: ${[...known.regions].join(', ')}` : `add content/regions/${value}.yaml`,
        });
      } else if (kind === 'safety-case' && !known.safetyCases.has(value)) {
        findings.push({
          position: startOf(node),
          rule: 'ref/safety',
          message: `${tag} names a safety case that content/safety.yaml does not have`,
          fix: known.safetyCases.size
            ? `use one of: ${[...known.safetyCases].join(', ')}`
            : `add an entry with id: ${value} to content/safety.yaml`,
        });
      } else if (typeof kind === 'object' && !kind.oneOf.includes(value)) {
        findings.push({
          position: startOf(node),
          rule: 'component/attribute-value',
          message: `${tag} is not one of the values ${name} takes`,
          fix: `use one of: ${kind.oneOf.join(', ')}`,
        });
      }
    }
  }
  return findings;
}
