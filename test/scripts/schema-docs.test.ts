import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  describeType,
  fieldRows,
  filesLabel,
  generatedFiles,
  toJsonSchema,
  vscodeSettings,
  type DocumentedCollection,
} from '../../scripts/lib/schema-docs.ts';
import { RULES_END, RULES_START, renderRuleTables, withRuleTables } from '../../scripts/lib/rules-docs.ts';
import type { RuleFamily } from '../../src/check/rule.ts';
import { RULE_FAMILIES } from '../../src/check/rules/index.ts';
import { collections } from '../../src/content.config.ts';
import { collectionList } from '../../src/schemas/collections.ts';
import { ID_PATTERN } from '../../src/schemas/ids.ts';

const COLLECTIONS = collectionList();
const collection = (name: string) => COLLECTIONS.find((c) => c.name === name) as DocumentedCollection;
const fake = (schema: z.ZodType): DocumentedCollection => ({
  name: 'fake',
  folder: 'fake',
  extension: 'yaml',
  schemaFile: 'fake',
  description: 'Fake.',
  schema: () => schema,
});

describe('generated schema files', () => {
  it('match the zod schemas and the rules: docs/schema-reference.md, schemas/*.schema.json, .vscode/settings.json and CONTRIBUTING.md are current (run npm run schema)', async () => {
    const files = await generatedFiles(process.cwd());
    for (const [path, expected] of files) {
      expect(existsSync(path), `${path} is missing — run npm run schema`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is out of date — run npm run schema`).toBe(expected);
    }
  });

  it('cover every collection in src/content.config.ts (playbookPages is a slice of the playbooks: their files and schema)', () => {
    expect(COLLECTIONS.map((c) => c.name).sort()).toEqual(
      Object.keys(collections)
        .filter((name) => name !== 'playbookPages')
        .sort(),
    );
  });

  it('give every field a description written in the zod schema', () => {
    const undocumented = COLLECTIONS.flatMap((c) => {
      const json = toJsonSchema(c);
      return fieldRows(json.type === 'array' && json.items ? json.items : json)
        .filter((row) => row.description === '')
        .map((row) => `${c.name}: ${row.field}`);
    });
    expect(undocumented).toEqual([]);
  });

  it('npm run schema -- --check passes when everything is current', () => {
    const result = spawnSync(process.execPath, ['scripts/schema-docs.ts', '--check'], { encoding: 'utf8' });
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^✓ \d+ generated files are current$/m);
  });
});

describe('toJsonSchema', () => {
  const playbook = toJsonSchema(collection('playbooks'));

  it('describes what a contributor writes: a field with a default is optional and shows the default', () => {
    expect(playbook.required).not.toContain('reviewEvery');
    expect(playbook.properties?.['reviewEvery']).toMatchObject({ type: 'integer', default: 90, minimum: 7, maximum: 730 });
  });

  it('describes a day as a YYYY-MM-DD string, not as the Date the schema turns it into', () => {
    expect(playbook.properties?.['lastReviewed']).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(playbook.properties?.['lastReviewed']?.anyOf).toBeUndefined();
  });

  it('refuses unknown fields, as the check does', () => {
    expect(playbook.additionalProperties).toBe(false);
  });

  it('uses draft-07, which editors support, and carries the field description', () => {
    expect(playbook.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(playbook.properties?.['title']?.description).toMatch(/^Page heading/);
  });

  it('fails loudly on a field type JSON Schema cannot express', () => {
    expect(() => toJsonSchema(fake(z.object({ when: z.date() })))).toThrow(
      "fake.when: a field's type cannot be represented in JSON Schema",
    );
  });
});

describe('describeType', () => {
  it.each([
    [{ type: 'string', minLength: 3, maxLength: 80 }, 'text, 3–80 characters'],
    [{ type: 'string', minLength: 1 }, 'text, at least 1 character'],
    [{ type: 'string', pattern: ID_PATTERN.source }, 'id (lowercase words joined by hyphens)'],
    [{ type: 'string', format: 'date' }, 'date, `YYYY-MM-DD`'],
    [{ type: 'string', enum: ['business', 'calendar'] }, 'one of `business`, `calendar`'],
    [{ type: 'integer', minimum: 7, maximum: 730 }, 'whole number, 7–730'],
    [{ type: 'integer', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }, 'whole number'],
    [{ type: 'boolean' }, '`true` or `false`'],
    [{ type: 'array', minItems: 1, items: { type: 'string', enum: ['agent'] } }, 'list of any of `agent`; at least 1 item'],
    [{ type: 'array', maxItems: 8, items: { type: 'object', properties: {} } }, 'list of objects (fields below); at most 8 items'],
    [
      { type: 'object', propertyNames: { type: 'string', enum: ['agent'] }, additionalProperties: { type: 'number', minimum: 0 } },
      'map from `agent` to number, at least 0',
    ],
    [
      {
        type: 'array',
        items: {
          anyOf: [
            { type: 'string', maxLength: 160 },
            { type: 'object', properties: {} },
          ],
        },
      },
      'list of text, at most 160 characters, or object (fields below)',
    ],
  ] as const)('reads %j as "%s"', (schema, expected) => {
    expect(describeType(schema as Parameters<typeof describeType>[0])).toBe(expected);
  });
});

describe('fieldRows', () => {
  it('lists nested fields after their parent, as parent.child and list[].child', () => {
    const rows = fieldRows(toJsonSchema(collection('teams')));
    expect(rows.map((row) => row.field)).toEqual([
      'name',
      'handles',
      'hours',
      'reach',
      'authority',
      'authority[].id',
      'authority[].label',
      'authority[].unit',
      'authority[].byRole',
      'callbackSla',
      'callbackSla.hours',
      'callbackSla.clock',
      'safetyLine',
      'safetyLine.hours',
      'safetyLine.answers',
      'safetyLine.reach',
    ]);
  });

  it('lists the fields of a list item that may be written as text or as an object', () => {
    const rows = fieldRows(toJsonSchema(collection('modules'))).map((row) => row.field);
    expect(rows.slice(rows.indexOf('checks[].choices'), rows.indexOf('checks[].answer'))).toEqual([
      'checks[].choices',
      'checks[].choices[].text',
      'checks[].choices[].why',
    ]);
  });

  it('marks fields required, optional, or with their default', () => {
    const rows = new Map(fieldRows(toJsonSchema(collection('playbooks'))).map((row) => [row.field, row.required]));
    expect([rows.get('title'), rows.get('escalateTo'), rows.get('related')]).toEqual(['required', 'optional', 'default `[]`']);
  });
});

describe('filesLabel', () => {
  it('names where each kind of collection keeps its files', () => {
    expect(['playbooks', 'teams', 'synonyms'].map((name) => filesLabel(collection(name)))).toEqual([
      'content/playbooks/<id>.mdx (frontmatter)',
      'content/teams/<id>.yaml',
      'content/synonyms.yaml (a list)',
    ]);
  });
});

describe('vscodeSettings', () => {
  it('maps each YAML collection to its JSON Schema and keeps the settings already there', () => {
    const settings = JSON.parse(vscodeSettings('{ "editor.rulers": [140] }', COLLECTIONS)) as Record<string, unknown>;
    expect(settings['editor.rulers']).toEqual([140]);
    expect(settings['yaml.schemas']).toMatchObject({
      './schemas/team.schema.json': ['content/teams/*.yaml'],
      './schemas/category.schema.json': ['content/categories/*.yaml'],
      './schemas/synonyms.schema.json': ['content/synonyms.yaml'],
    });
  });
});

describe('renderRuleTables', () => {
  const family: RuleFamily = {
    title: 'Demo',
    introduction: 'Before the table.',
    note: 'After the table.',
    rules: [{ id: 'demo/pipe', severity: 'error', checks: 'A `a | b` in the text.', eachFile: () => undefined }],
  };

  it('writes a family as its heading, the words around its table, and one row per rule', () => {
    expect(renderRuleTables([family])).toBe(
      '### Demo\n\nBefore the table.\n\n| rule | what it means |\n| --- | --- |\n| `demo/pipe` | A `a \\| b` in the text. |\n\nAfter the table.\n',
    );
  });

  it('lists every family of the check, in order', () => {
    const headings = [...renderRuleTables().matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(RULE_FAMILIES.map((f) => f.title));
  });
});

describe('withRuleTables', () => {
  it('replaces only the text between the markers', () => {
    const guide = `# Guide\n\n${RULES_START}\n\nold tables\n\n${RULES_END}\n\n## After\n`;
    expect(withRuleTables(guide, 'new tables\n')).toBe(`# Guide\n\n${RULES_START}\n\nnew tables\n\n${RULES_END}\n\n## After\n`);
  });

  it('refuses a guide without the markers rather than writing the tables somewhere else', () => {
    expect(() => withRuleTables('# Guide\n', 'tables')).toThrow(/needs the markers/);
  });
});
