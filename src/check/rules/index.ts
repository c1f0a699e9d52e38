// Every rule of `npm run check`, by family, in the order CONTRIBUTING.md lists them (its tables
// are generated from these by `npm run schema`) and the runner applies them.
import type { Rule, RuleFamily } from '../rule.ts';
import { channels } from './channels.ts';
import { numbersAndPromises } from './data.ts';
import { files } from './files.ts';
import { links } from './links.ts';
import { mdxSafety } from './mdx-safety.ts';
import { publicFiles } from './public.ts';
import { references } from './references.ts';
import { safety } from './safety.ts';
import { sources } from './sources.ts';
import { structure } from './structure.ts';
import { training } from './training.ts';
import { verification } from './verification.ts';
import { warnings } from './warnings.ts';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  files,
  publicFiles,
  references,
  mdxSafety,
  structure,
  numbersAndPromises,
  verification,
  safety,
  sources,
  channels,
  links,
  training,
  warnings,
];

export const RULES: readonly Rule[] = RULE_FAMILIES.flatMap((family) => family.rules);
