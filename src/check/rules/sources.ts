// Facts carry their source and region: a fact that holds only in one country is marked
// <Region code="…" />, every marked region has a source for it in `sources`, every regional
// source backs a marked fact, and a regulator named in the text has a source from its region.
import type { Heading, Root, RootContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Region } from '../../schemas/region.ts';
import type { PlaybookSource } from '../../schemas/sources.ts';
import type { Position } from '../diagnostics.ts';
import { attributeValue, startOf, type Finding } from './mdx-safety.ts';
import { closestId } from './references.ts';
import { treeIndex } from './structure.ts';

export interface SourcesInput {
  /** The playbook's `sources`; empty when the frontmatter is invalid. */
  sources: readonly PlaybookSource[];
  /** Where a frontmatter field stands, e.g. ['sources', 1, 'region']. */
  locate: (path: (string | number)[]) => Position;
  regions: ReadonlyMap<string, Region>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The region a piece of text names by its label or name ("UK", "United Kingdom"), as a whole word. */
function regionNamedIn(text: string, regions: ReadonlyMap<string, Region>, anchored: boolean): string | undefined {
  for (const [id, region] of regions) {
    const words = `(?:${escape(region.label)}|${escape(region.name)})`;
    if (new RegExp(anchored ? `^${words}\\b` : `\\b${words}\\b`).test(text)) return id;
  }
  return undefined;
}

/** Regions marked on the page, with the first marker of each. */
function markedRegions(tree: Root): Map<string, Position> {
  const marked = new Map<string, Position>();
  for (const { node } of treeIndex(tree).jsx) {
    const code = node.name === 'Region' ? attributeValue(node, 'code') : undefined;
    if (typeof code === 'string' && !marked.has(code)) marked.set(code, startOf(node));
  }
  return marked;
}

/** `**UK:**` or `**UK mobile**:`: a region written by hand as a bold label instead of marked. */
function handLabels(tree: Root, regions: ReadonlyMap<string, Region>): Finding[] {
  const findings: Finding[] = [];
  visit(tree, 'strong', (strong: Strong, index, parent) => {
    const label = toString(strong).trim();
    const next = index === undefined ? undefined : parent?.children[index + 1];
    const colon = label.endsWith(':') || (next?.type === 'text' && next.value.startsWith(':'));
    const id = colon ? regionNamedIn(label, regions, true) : undefined;
    if (id === undefined) return;
    findings.push({
      position: startOf(strong),
      rule: 'region/unmarked',
      message: `"${label.replace(/:$/, '')}:" labels a fact for one region by hand`,
      fix: `write <Region code="${id}" /> in place of the bold label: it marks the fact as ${regions.get(id)?.label ?? id}-only and links it to the page's sources`,
    });
  });
  return findings;
}

/** A section whose heading names a region must mark its facts with that region. */
function unmarkedSections(tree: Root, regions: ReadonlyMap<string, Region>): Finding[] {
  const findings: Finding[] = [];
  const nodes: RootContent[] = tree.children;
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const heading: Heading = node;
    const title = toString(heading);
    const id = regionNamedIn(title, regions, false);
    if (id === undefined) return;
    const end = nodes.findIndex((next, at) => at > index && next.type === 'heading' && next.depth <= heading.depth);
    const section = nodes.slice(index + 1, end === -1 ? undefined : end);
    const marked = section.some((part) => {
      let found = false;
      visit(part, (inner) => {
        if (
          (inner.type === 'mdxJsxTextElement' || inner.type === 'mdxJsxFlowElement') &&
          inner.name === 'Region' &&
          attributeValue(inner, 'code') === id
        )
          found = true;
      });
      return found;
    });
    if (marked) return;
    findings.push({
      position: startOf(heading),
      rule: 'region/unmarked',
      message: `the section "${title}" is about one region but has no <Region code="${id}" /> marker`,
      fix: `open the section with a sentence that starts <Region code="${id}" />, so its facts are tied to the page's ${regions.get(id)?.label ?? id} sources`,
    });
  });
  return findings;
}

/** Regions named by the regulators the text cites ("Ofcom"), with the first place each is cited. */
function citedRegulators(tree: Root, regions: ReadonlyMap<string, Region>): { regulator: string; region: string; position: Position }[] {
  const cited = new Map<string, { regulator: string; region: string; position: Position }>();
  visit(tree, 'text', (node) => {
    for (const [id, region] of regions) {
      for (const regulator of region.regulators) {
        if (cited.has(regulator) || !new RegExp(`\\b${escape(regulator)}\\b`).test(node.value)) continue;
        cited.set(regulator, { regulator, region: id, position: startOf(node) });
      }
    }
  });
  return [...cited.values()];
}

export function sourcesFindings(tree: Root, { sources, locate, regions }: SourcesInput): Finding[] {
  const findings: Finding[] = [...handLabels(tree, regions), ...unmarkedSections(tree, regions)];
  const marked = markedRegions(tree);
  const sourced = new Set(sources.map((source) => source.region).filter((region): region is string => region !== undefined));
  const label = (id: string) => regions.get(id)?.label ?? id;

  sources.forEach((source, index) => {
    if (source.region === undefined) return;
    if (!regions.has(source.region)) {
      const guess = closestId(source.region, regions.keys());
      findings.push({
        position: locate(['sources', index, 'region']),
        rule: 'ref/regions',
        message: `\`sources[${index}].region\` names "${source.region}", but there is no content/regions/${source.region}.yaml`,
        fix: guess
          ? `did you mean "${guess}"?`
          : `use the id (file name) of an entry in content/regions/: ${[...regions.keys()].join(', ')}`,
      });
    } else if (!marked.has(source.region)) {
      findings.push({
        position: locate(['sources', index]),
        rule: 'sources/region',
        message: `source "${source.title}" is for the ${label(source.region)}, but no fact on the page is marked <Region code="${source.region}" />`,
        fix: `mark the fact it backs with <Region code="${source.region}" />, or remove region: ${source.region} if the fact holds everywhere`,
      });
    }
  });
  for (const [region, position] of marked) {
    if (!regions.has(region) || sourced.has(region)) continue;
    findings.push({
      position,
      rule: 'sources/region',
      message: `<Region code="${region}" /> marks a fact for the ${label(region)}, but no source in \`sources\` is for the ${label(region)}`,
      fix: `add the official page that states it to sources (title, url, supports) with region: ${region}`,
    });
  }
  for (const { regulator, region, position } of citedRegulators(tree, regions)) {
    if (sourced.has(region)) continue;
    findings.push({
      position,
      rule: 'sources/regulator',
      message: `the text cites ${regulator}, whose rules hold in the ${label(region)}, but no source in \`sources\` is for the ${label(region)}`,
      fix: `add the ${regulator} page the fact relies on to sources (title, url, supports) with region: ${region}`,
    });
  }
  return findings;
}
