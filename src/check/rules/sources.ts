// Facts carry their source and region: a fact that holds only in one country is marked
// <Region code="…" />, every marked region has a source for it in `sources`, every regional
// source backs a marked fact, and a regulator named in the text has a source from its region.
import type { Heading, Root, RootContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Region } from '../../schemas/region.ts';
import type { PlaybookSource } from '../../schemas/sources.ts';
import type { Position } from '../diagnostics.ts';
import { attributeValue, isJsx, startOf, treeIndex } from '../mdx-tree.ts';
import type { FileScope, Rule, RuleFamily } from '../rule.ts';

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

/** The playbook's `sources` when its frontmatter fits the schema, with a locator for their fields. */
export function playbookSources({
  collection,
  yaml,
}: FileScope): { sources: PlaybookSource[]; locate: (path: (string | number)[]) => Position } | undefined {
  if (collection !== 'playbooks' || !yaml || yaml.schemaError || yaml.located.errors.length) return undefined;
  const { sources = [] } = yaml.located.data as { sources?: PlaybookSource[] };
  return { sources, locate: (path) => yaml.located.locate(path) };
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

function label(regions: ReadonlyMap<string, Region>, id: string): string {
  return regions.get(id)?.label ?? id;
}

const unmarked: Rule = {
  id: 'region/unmarked',
  severity: 'error',
  checks: 'A fact is labelled for one country by hand (`**UK:**`), or a section named after a country has no `<Region code="…" />` marker.',
  eachFile({ tree, regions }, report) {
    if (!tree) return;
    // `**UK:**` or `**UK mobile**:`, anywhere.
    visit(tree, 'strong', (strong: Strong, index, parent) => {
      const text = toString(strong).trim();
      const next = index === undefined ? undefined : parent?.children[index + 1];
      const colon = text.endsWith(':') || (next?.type === 'text' && next.value.startsWith(':'));
      const id = colon ? regionNamedIn(text, regions, true) : undefined;
      if (id === undefined) return;
      report({
        position: startOf(strong),
        message: `"${text.replace(/:$/, '')}:" labels a fact for one region by hand`,
        fix: `write <Region code="${id}" /> in place of the bold label: it marks the fact as ${label(regions, id)}-only and links it to the page's sources`,
      });
    });
    // A section whose heading names a region marks its facts with that region.
    const nodes: RootContent[] = tree.children;
    nodes.forEach((node, index) => {
      if (node.type !== 'heading') return;
      const heading: Heading = node;
      const title = toString(heading);
      const id = regionNamedIn(title, regions, false);
      if (id === undefined) return;
      const end = nodes.findIndex((next, at) => at > index && next.type === 'heading' && next.depth <= heading.depth);
      let marked = false;
      for (const part of nodes.slice(index + 1, end === -1 ? undefined : end)) {
        visit(part, (inner) => {
          if (isJsx(inner) && inner.name === 'Region' && attributeValue(inner, 'code') === id) marked = true;
        });
      }
      if (marked) return;
      report({
        position: startOf(heading),
        message: `the section "${title}" is about one region but has no <Region code="${id}" /> marker`,
        fix: `open the section with a sentence that starts <Region code="${id}" />, so its facts are tied to the page's ${label(regions, id)} sources`,
      });
    });
  },
};

const regional: Rule = {
  id: 'sources/region',
  severity: 'error',
  checks: 'A `<Region>` marker has no source for its region in `sources`, or a regional source backs no marked fact.',
  eachFile(scope, report) {
    const frontmatter = playbookSources(scope);
    if (!scope.tree || !frontmatter) return;
    const { regions } = scope;
    const marked = markedRegions(scope.tree);
    frontmatter.sources.forEach((source, index) => {
      // A region with no file is reported by ref/regions.
      if (source.region === undefined || !regions.has(source.region) || marked.has(source.region)) return;
      report({
        position: frontmatter.locate(['sources', index]),
        message: `source "${source.title}" is for the ${label(regions, source.region)}, but no fact on the page is marked <Region code="${source.region}" />`,
        fix: `mark the fact it backs with <Region code="${source.region}" />, or remove region: ${source.region} if the fact holds everywhere`,
      });
    });
    const sourced = new Set(frontmatter.sources.map((source) => source.region));
    for (const [region, position] of marked) {
      // A marker naming no region is reported by ref/region.
      if (!regions.has(region) || sourced.has(region)) continue;
      report({
        position,
        message: `<Region code="${region}" /> marks a fact for the ${label(regions, region)}, but no source in \`sources\` is for the ${label(regions, region)}`,
        fix: `add the official page that states it to sources (title, url, supports) with region: ${region}`,
      });
    }
  },
};

const regulator: Rule = {
  id: 'sources/regulator',
  severity: 'error',
  checks: 'The text cites a regulator of one region (e.g. Ofcom) but `sources` has nothing for that region.',
  eachFile(scope, report) {
    const frontmatter = playbookSources(scope);
    if (!scope.tree || !frontmatter) return;
    const sourced = new Set(frontmatter.sources.map((source) => source.region));
    const reported = new Set<string>();
    for (const node of treeIndex(scope.tree).texts) {
      for (const [id, region] of scope.regions) {
        for (const name of region.regulators) {
          if (sourced.has(id) || reported.has(name) || !new RegExp(`\\b${escape(name)}\\b`).test(node.value)) continue;
          reported.add(name);
          report({
            position: startOf(node),
            message: `the text cites ${name}, whose rules hold in the ${region.label}, but no source in \`sources\` is for the ${region.label}`,
            fix: `add the ${name} page the fact relies on to sources (title, url, supports) with region: ${id}`,
          });
        }
      }
    }
  },
};

export const sources: RuleFamily = {
  title: 'Sources and regions',
  introduction:
    'Rules, rights and deadlines carry their source in `sources`, listed at the foot of the page. A fact that holds only in one country is marked `<Region code="…" />`, and its source gives that `region` (a file in `content/regions/`).',
  rules: [unmarked, regional, regulator],
};
