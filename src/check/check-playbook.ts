import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { z } from 'zod';
import type { PlaybookData } from '../schemas/playbook.ts';
import { checkFile } from './check-file.ts';
import type { Diagnostic, Position } from './diagnostics.ts';
import type { LocatedYaml } from './frontmatter.ts';
import { internalDiagnostic } from './internal.ts';
import { elements, startOf, stepAnchors, treeIndex } from './mdx-tree.ts';
import type { SharedData } from './rule.ts';
import { collectImages, type ContentImage } from './rules/images.ts';
import { collectLinks, type ContentLink } from './rules/links.ts';
import { fieldName } from './schema-issues.ts';
import type { SourceFile } from './source.ts';

/**
 * What the cross-file rules need to know about one playbook, once its own checks are done. Plain
 * data (no syntax tree), so it can come back from a worker thread.
 */
export interface PlaybookFacts {
  file: string;
  id: string;
  diagnostics: Diagnostic[];
  data: PlaybookData | undefined;
  /** Where frontmatter fields stand, by field name (`title`, `related[1]`…), for later messages. */
  locations: Record<string, Position>;
  /** Heading and step anchors of the page. */
  anchors: string[];
  links: ContentLink[];
  /** Where `<Verify />` stands, for the rule that the playbook it links to exists. */
  verifyAt: Position | undefined;
  /** Well-formed image targets, resolved, for the cross-file check that each is an image in content/. */
  images?: ContentImage[];
}

function locations(yaml: LocatedYaml | undefined, data: PlaybookData | undefined): Record<string, Position> {
  if (!yaml) return {};
  const paths: (string | number)[][] = [
    ['title'],
    ['lastReviewed'],
    ['category'],
    ['owner'],
    ['escalateTo'],
    ['verification'],
    ...(data?.related ?? []).map((_, i) => ['related', i]),
    ...(data?.contactReasons ?? []).map((_, i) => ['contactReasons', i]),
  ];
  return Object.fromEntries(paths.map((path) => [fieldName(path), yaml.locate(path)]));
}

/** Checks one playbook on its own (every rule's `eachFile`) and gathers what the cross-file rules need. */
export function checkPlaybookFile(file: SourceFile, shared: SharedData, schema: z.ZodType<PlaybookData>): PlaybookFacts {
  const { scope, diagnostics, data } = checkFile(file, 'playbooks', schema, shared);
  const tree = scope.tree;
  const facts: PlaybookFacts = {
    file: file.path,
    id: scope.id,
    diagnostics,
    data,
    locations: {},
    anchors: [],
    links: [],
    verifyAt: undefined,
    images: [],
  };
  try {
    const slugger = new GithubSlugger();
    const [verify] = tree ? elements(tree, 'Verify') : [];
    facts.locations = locations(scope.yaml?.located, data);
    facts.anchors = tree
      ? [
          ...treeIndex(tree).headings.map((node) => slugger.slug(toString(node))),
          ...stepAnchors(tree),
          // The page lists its sources under #sources (src/components/site/Sources.astro) when it has any.
          ...(data?.sources.length ? ['sources'] : []),
        ]
      : [];
    facts.links = tree ? collectLinks(tree) : [];
    facts.verifyAt = verify ? startOf(verify) : undefined;
    facts.images = tree ? collectImages(tree, file.path) : [];
  } catch (error) {
    diagnostics.push(internalDiagnostic(file.path, 'gathering its anchors and links', error));
  }
  return facts;
}
