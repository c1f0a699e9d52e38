import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

/** Rule ids written in src/check and src/training (`'family/name'` string literals), e.g. mdx/esm, quiz/answer. */
function ruleIds(): string[] {
  const ids = new Set<string>();
  const files = ['src/check', 'src/training'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.includes('client'))
      .map((file) => join(dir, file)),
  );
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['`]([a-z]+\/[a-z][a-z-]*)['`]/g)) ids.add(match[1] as string);
  }
  return [...ids].sort();
}

describe('CONTRIBUTING.md', () => {
  it('documents every rule id the check can report', () => {
    const ids = ruleIds();
    expect(ids.length).toBeGreaterThan(30);
    // schema/<field> ids are documented once, as a family.
    const undocumented = ids.filter(
      (id) => !guide.includes(`\`${id}\``) && !(id.startsWith('schema/') && guide.includes('`schema/<field>`')),
    );
    expect(undocumented).toEqual([]);
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
