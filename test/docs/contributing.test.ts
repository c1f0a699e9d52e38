import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.ts';
import { RULES_END, RULES_START } from '../../scripts/lib/rules-docs.ts';
import { generateContributing } from '../../scripts/lib/schema-docs.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

describe('CONTRIBUTING.md', () => {
  it('has the rule tables generated from src/check/rules/ (run npm run schema)', async () => {
    expect(guide, 'CONTRIBUTING.md is out of date — run npm run schema').toBe(await generateContributing(process.cwd()));
  });

  it('documents every rule the check runs, each in its own row', () => {
    const section = guide.slice(guide.indexOf(RULES_START), guide.indexOf(RULES_END));
    const documented = [...section.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1]);
    expect(documented).toEqual(RULES.map((rule) => rule.id));
  });

  it('documents each reference rule the check builds from a collection name', () => {
    for (const collection of ['teams', 'categories', 'playbooks', 'modules']) expect(guide).toContain(`\`ref/${collection}\``);
  });

  it('links only to files that exist', () => {
    const targets = [...guide.matchAll(/\]\(((?:docs|src|scripts|schemas)\/[^)#]+)(?:#[^)]*)?\)/g)].map((match) => match[1] as string);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !existsSync(target))).toEqual([]);
  });

  it('links to the generated schema reference', () => {
    expect(guide).toContain('](docs/schema-reference.md)');
  });

  it('mentions every npm script a contributor runs', () => {
    for (const script of ['new', 'check', 'dev', 'stale', 'codeowners', 'schema', 'build', 'test', 'lint']) {
      expect(guide, script).toMatch(new RegExp(`npm (run )?${script}\\b`));
    }
  });
});
