import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkFile } from '../../src/check/check-file.ts';
import { NO_SHARED_DATA } from '../../src/check/rule.ts';
import { files } from '../../src/check/rules/files.ts';
import { runEachFile } from '../../src/check/run-rules.ts';
import { fieldName } from '../../src/check/schema-issues.ts';
import { playbookSchema } from '../../src/schemas/playbook.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { valueSchema } from '../../src/schemas/value.ts';
import { PORTING_TEAM, VALID_FRONTMATTER, withField } from '../helpers/content.ts';

const FILE = 'content/playbooks/restoring-a-cancelled-line.mdx';

/** What the schema rules report on YAML as `npm run check` reads it: a playbook's frontmatter (from line 2), or a whole YAML file. */
function diagnose(schema: z.ZodType, yamlText: string, file = FILE) {
  const isPlaybook = file.endsWith('.mdx');
  const source = isPlaybook ? `---\n${yamlText}\n---\n` : yamlText;
  const { scope } = checkFile({ path: file, source }, isPlaybook ? 'playbooks' : 'teams', schema, NO_SHARED_DATA);
  if (!scope.yaml?.schemaError) throw new Error('expected the data to be rejected');
  return runEachFile(
    scope,
    files.rules.filter((rule) => rule.id.startsWith('schema/')),
  );
}

describe('fieldName', () => {
  it('names a top-level field by its key', () => {
    expect(fieldName(['title'])).toBe('title');
  });

  it('names a list item with its index in brackets', () => {
    expect(fieldName(['related', 2])).toBe('related[2]');
  });

  it('joins nested keys with dots', () => {
    expect(fieldName(['authority', 0, 'byRole', 'agent'])).toBe('authority[0].byRole.agent');
  });

  it('names the root as nothing', () => {
    expect(fieldName([])).toBe('');
  });
});

describe('the schema rules', () => {
  it('reports a value of the wrong type once, without the length checks zod also runs on it', () => {
    const lines = diagnose(playbookSchema(), withField('tags', 'tags: porting and rejected ports')).map((d) => d.message);
    expect(lines).toEqual(['`tags` must be a list']);
  });

  it('reports a missing field at the top of the frontmatter with how to add it', () => {
    expect(diagnose(playbookSchema(), withField('title', undefined))).toEqual([
      {
        file: FILE,
        line: 2,
        column: 1,
        rule: 'schema/title',
        message: '`title` is missing',
        fix: 'add `title:` to the frontmatter (see docs/schema-reference.md for every field)',
        severity: 'error',
      },
    ]);
  });

  it('splits an instructive message into what is wrong and the fix, at the value', () => {
    expect(diagnose(playbookSchema(), withField('confidence', 'confidence: done'))).toEqual([
      {
        file: FILE,
        line: 7,
        column: 13,
        rule: 'schema/confidence',
        message: '`confidence` "done" is not a KCS state',
        fix: 'use one of: wip, not-validated, validated, archived (validated once the playbook has worked on real calls)',
        severity: 'error',
      },
    ]);
  });

  it('names a list item by its index and locates it', () => {
    expect(diagnose(playbookSchema(), withField('related', 'related: [escalation-guidelines, Escalation_Guide]'))).toEqual([
      {
        file: FILE,
        line: 17,
        column: 34,
        rule: 'schema/related',
        message: '`related[1]` "Escalation_Guide" is not a valid id',
        fix: 'use the file name of an entry in content/playbooks/ (lowercase words joined by hyphens)',
        severity: 'error',
      },
    ]);
  });

  it("names a field of a list file's entry in the id, and the entry by its index in the message", () => {
    const { scope } = checkFile(
      { path: 'content/values.yaml', source: '- id: pac-validity\n  label: How long a PAC stays valid\n  value: 30\n  unit: fortnights\n' },
      'values',
      valueSchema().array(),
      NO_SHARED_DATA,
    );
    expect(runEachFile(scope, files.rules).map(({ line, column, rule, message }) => `${line}:${column} ${rule} ${message}`)).toEqual([
      '4:9 schema/unit `[0].unit` "fortnights" is not a unit',
    ]);
  });

  it('reports each unknown field on its own line', () => {
    const yamlText = `${VALID_FRONTMATTER}\nowners: porting-desk\nTags: [porting]`;
    expect(diagnose(playbookSchema(), yamlText).map((d) => [d.line, d.column, d.rule, d.message, d.fix])).toEqual([
      [
        19,
        9,
        'schema/unknown-field',
        'unknown field `owners`',
        'remove it or fix its spelling (field names are case-sensitive; see docs/schema-reference.md)',
      ],
      [
        20,
        7,
        'schema/unknown-field',
        'unknown field `Tags`',
        'remove it or fix its spelling (field names are case-sensitive; see docs/schema-reference.md)',
      ],
    ]);
  });

  it('names an unknown key deep inside a team file by its full path', () => {
    const source = PORTING_TEAM.source.replace('byRole: { agent: 10, senior: 35 }', 'byRole: { agent: 10, trainee: 5 }');
    const found = diagnose(teamSchema(), source, PORTING_TEAM.path);
    expect(found.map((d) => [d.line, d.rule, d.message])).toEqual([
      [9, 'schema/unknown-field', 'unknown field `authority[0].byRole.trainee`'],
    ]);
  });

  it('reports several problems in one pass', () => {
    const yamlText = withField('reviewEvery', 'reviewEvery: 3').replace('audience: [agent]', 'audience: [agent, trainee]');
    expect(diagnose(playbookSchema(), yamlText).map((d) => [d.line, d.rule, d.message, d.fix])).toEqual([
      [6, 'schema/audience', '`audience[1]` "trainee" is not a role', 'use one of: new-hire, agent, senior, supervisor'],
      [10, 'schema/reviewEvery', '`reviewEvery` is under 7 days', 'reviews that often are not realistic; use 7 or more'],
    ]);
  });

  it('supplies a fix for a wrong type when the schema gives none', () => {
    const schema = z.strictObject({ hours: z.number() });
    expect(diagnose(schema, 'hours: soon', 'x.yaml').map((d) => [d.message, d.fix])).toEqual([
      ['`hours` Invalid input: expected number, received string', 'write hours as number'],
    ]);
  });

  it('supplies a fix for a value that is too small or too big when the schema gives none', () => {
    const schema = z.strictObject({ low: z.number().min(3), high: z.array(z.string()).max(1) });
    expect(diagnose(schema, 'low: 1\nhigh: [a, b]', 'x.yaml').map((d) => d.fix)).toEqual([
      'use a value of at least 3',
      'use a value of at most 1',
    ]);
  });

  it('points to the field reference for any other problem the schema does not explain', () => {
    const schema = z.strictObject({ contact: z.email() });
    expect(diagnose(schema, 'contact: nobody', 'x.yaml').map((d) => [d.rule, d.fix])).toEqual([
      ['schema/contact', 'correct contact (see docs/schema-reference.md)'],
    ]);
  });

  it('calls a problem with the whole document the frontmatter', () => {
    const found = diagnose(playbookSchema(), 'just a sentence');
    expect(found.map((d) => [d.line, d.column, d.rule, d.message, d.fix])).toEqual([
      [2, 1, 'schema/frontmatter', '`frontmatter` Invalid input: expected object, received string', 'write frontmatter as object'],
    ]);
  });
});
