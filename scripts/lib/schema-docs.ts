// Turns the zod schemas into documentation and editor support: JSON Schema files (schemas/*.schema.json),
// a field reference (docs/schema-reference.md) and the VS Code mapping of YAML files to those schemas.
// The zod schemas stay the single source: field descriptions live in them as `.meta({ description })`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { z } from 'zod';
import { categorySchema } from '../../src/schemas/category.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { pathSchema } from '../../src/schemas/path.ts';
import { playbookSchema } from '../../src/schemas/playbook.ts';
import { synonymGroupSchema } from '../../src/schemas/synonyms.ts';
import { teamSchema } from '../../src/schemas/team.ts';

/** One collection as contributors meet it: where its files live and what schema checks them. */
export interface CollectionDoc {
  /** Collection name in src/content.config.ts. */
  name: string;
  /** Base name of the JSON Schema file: `schemas/<schemaFile>.schema.json`. */
  schemaFile: string;
  /** Where the files live, relative to the content folder. */
  files: string;
  /** Globs of YAML files the JSON Schema applies to in editors (none for MDX frontmatter). */
  yamlGlobs: string[];
  /** One or two sentences for the reference page. */
  description: string;
  schema: z.ZodType;
}

export const COLLECTIONS: CollectionDoc[] = [
  {
    name: 'playbooks',
    schemaFile: 'playbook',
    files: 'content/playbooks/<id>.mdx (frontmatter)',
    yamlGlobs: [],
    description:
      'The frontmatter of a playbook, shaped after a KCS article. The file name is the id. The body (sections, components) is described in docs/playbook-format.md.',
    schema: playbookSchema(),
  },
  {
    name: 'teams',
    schemaFile: 'team',
    files: 'content/teams/<id>.yaml',
    yamlGlobs: ['content/teams/*.yaml'],
    description:
      'A team agents escalate to: the single source of truth for hours, contact route, authority limits and callback SLA. Playbooks render these and never restate the numbers.',
    schema: teamSchema(),
  },
  {
    name: 'categories',
    schemaFile: 'category',
    files: 'content/categories/<id>.yaml',
    yamlGlobs: ['content/categories/*.yaml'],
    description: 'A category groups playbooks on the site and in the search filter.',
    schema: categorySchema(),
  },
  {
    name: 'modules',
    schemaFile: 'module',
    files: 'content/modules/<id>.yaml',
    yamlGlobs: ['content/modules/*.yaml'],
    description:
      'A training module: playbooks to read in order, knowledge checks and role-plays. References, answers and prerequisite cycles are checked across files by npm run check.',
    schema: moduleSchema(),
  },
  {
    name: 'paths',
    schemaFile: 'path',
    files: 'content/paths/<id>.yaml',
    yamlGlobs: ['content/paths/*.yaml'],
    description: 'A learning path: training modules in the order a trainee takes them.',
    schema: pathSchema(),
  },
  {
    name: 'synonyms',
    schemaFile: 'synonyms',
    files: 'content/synonyms.yaml (a list of groups)',
    yamlGlobs: ['content/synonyms.yaml'],
    description:
      'Groups of words customers and agents use for the same thing. A playbook that uses any term in its title, tags or customerSays is also found by the others.',
    schema: synonymGroupSchema().array(),
  },
];

export const REFERENCE_PATH = 'docs/schema-reference.md';
export const VSCODE_SETTINGS_PATH = '.vscode/settings.json';
export const jsonSchemaPath = (collection: CollectionDoc) => `schemas/${collection.schemaFile}.schema.json`;

/** The subset of JSON Schema that z.toJSONSchema produces for these schemas. */
export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
}

function isDateUnion(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def;
  return def.type === 'union' && (def as z.core.$ZodUnionDef).options.some((option) => option._zod.def.type === 'date');
}

/**
 * JSON Schema of what a contributor writes (`io: 'input'`): fields with a default are optional
 * and show it, transforms are described by their input. Dates are written as YAML text
 * (`2026-11-02`), which the schema accepts as text or as the Date some YAML readers make; in
 * JSON Schema a Date cannot be represented, so the day is described as a `date`-format string.
 * Draft 7, which every editor's YAML and JSON support understands.
 */
export function toJsonSchema(collection: CollectionDoc): JsonSchema {
  const generated = z.toJSONSchema(collection.schema, {
    io: 'input',
    target: 'draft-7',
    // A Date inside the day union becomes `{}` and is replaced below; anything else that cannot be
    // represented is caught by assertRepresented.
    unrepresentable: 'any',
    override: (ctx) => {
      if (!isDateUnion(ctx.zodSchema)) return;
      const json = ctx.jsonSchema as JsonSchema;
      const text = json.anyOf?.find((option) => option.type === 'string');
      delete json.anyOf;
      Object.assign(json, { type: 'string', format: 'date', ...(text?.pattern ? { pattern: text.pattern } : {}) });
    },
  }) as JsonSchema;
  assertRepresented(generated, collection.name);
  const { $schema, ...rest } = generated;
  return {
    ...($schema ? { $schema } : {}),
    title: `Frontline ${collection.name}: ${collection.files}`,
    description: `${collection.description} Generated from src/schemas/ by npm run schema.`,
    ...rest,
  };
}

/** Fails on an empty `{}` schema, which is how zod renders a type JSON Schema cannot express. */
function assertRepresented(schema: JsonSchema, where: string): void {
  if (Object.keys(schema).length === 0) throw new Error(`${where}: a field's type cannot be represented in JSON Schema`);
  for (const [key, value] of Object.entries(schema.properties ?? {})) assertRepresented(value, `${where}.${key}`);
  if (schema.items) assertRepresented(schema.items, `${where}[]`);
  for (const option of schema.anyOf ?? []) assertRepresented(option, where);
  if (typeof schema.additionalProperties === 'object') assertRepresented(schema.additionalProperties, `${where}.*`);
}

const ID_PATTERN_SOURCE = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

function range(min: number | undefined, max: number | undefined, unit = ''): string {
  const low = min !== undefined && min > -UNBOUNDED ? min : undefined;
  const high = max !== undefined && max < UNBOUNDED ? max : undefined;
  const units = (n: number) => (unit && n !== 1 ? ` ${unit}s` : unit ? ` ${unit}` : '');
  if (low !== undefined && high !== undefined) return `${low}–${high}${units(high)}`;
  if (low !== undefined) return `at least ${low}${units(low)}`;
  if (high !== undefined) return `at most ${high}${units(high)}`;
  return '';
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** A short, human reading of a JSON Schema type, e.g. "text, 3–80 characters". */
export function describeType(schema: JsonSchema): string {
  if (schema.format === 'date') return 'date, `YYYY-MM-DD`';
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
  switch (schema.type) {
    case 'string': {
      if (schema.pattern === ID_PATTERN_SOURCE) return 'id (lowercase words joined by hyphens)';
      const length = range(schema.minLength, schema.maxLength, 'character');
      const pattern = schema.pattern ? `matching ${code(schema.pattern)}` : '';
      return ['text', length, pattern].filter(Boolean).join(', ');
    }
    case 'integer':
    case 'number': {
      const bounds = range(schema.minimum, schema.maximum);
      return [schema.type === 'integer' ? 'whole number' : 'number', bounds].filter(Boolean).join(', ');
    }
    case 'array': {
      const count = range(schema.minItems, schema.maxItems, 'item');
      const item = schema.items ?? {};
      const items = item.enum
        ? `any of ${item.enum.map(code).join(', ')}`
        : item.type === 'object' && item.properties
          ? 'objects (fields below)'
          : describeType(item);
      return [`list of ${items}`, count].filter(Boolean).join('; ');
    }
    case 'object': {
      if (schema.properties) return 'object (fields below)';
      const keys = schema.propertyNames?.enum ? `${schema.propertyNames.enum.map(code).join(', ')}` : 'text';
      const values = typeof schema.additionalProperties === 'object' ? describeType(schema.additionalProperties) : 'anything';
      return `map from ${keys} to ${values}`;
    }
    default:
      return 'anything';
  }
}

export interface FieldRow {
  field: string;
  type: string;
  required: string;
  description: string;
}

/** One row per field, nested fields after their parent as `parent.child` or `list[].child`. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({
      field: path,
      type: describeType(field),
      required: required.has(name) ? 'required' : field.default !== undefined ? `default ${code(field.default)}` : 'optional',
      description: field.description ?? '',
    });
    if (field.type === 'object' && field.properties) rows.push(...fieldRows(field, `${path}.`));
    if (field.type === 'array' && field.items?.type === 'object' && field.items.properties)
      rows.push(...fieldRows(field.items, `${path}[].`));
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/schema-reference.md, unformatted. */
export function renderReference(collections: CollectionDoc[] = COLLECTIONS): string {
  const parts = [
    '# Content schema reference',
    '',
    '<!-- Generated by `npm run schema` from the zod schemas in src/schemas/. Do not edit by hand: change the schema, then regenerate. -->',
    '',
    'Every field `npm run check` and the build accept, per collection. Field descriptions come from the zod schemas in `src/schemas/`; ' +
      'the same schemas are published as JSON Schema in `schemas/` so editors can autocomplete and validate YAML files ' +
      '(see [CONTRIBUTING.md](../CONTRIBUTING.md#editing-locally)).',
    '',
  ];
  for (const collection of collections) {
    const json = toJsonSchema(collection);
    const root = json.type === 'array' && json.items ? json.items : json;
    parts.push(`## ${collection.name}`, '', `\`${collection.files}\` — ${collection.description}`, '');
    parts.push(`JSON Schema: [\`${jsonSchemaPath(collection)}\`](../${jsonSchemaPath(collection)})`, '');
    if (json.type === 'array') parts.push('The file is a list; each entry has these fields.', '');
    parts.push('| field | type | required / default | description |', '| --- | --- | --- | --- |');
    for (const row of fieldRows(root)) {
      parts.push(`| \`${row.field}\` | ${cell(row.type)} | ${cell(row.required)} | ${cell(row.description)} |`);
    }
    parts.push('');
    if (root.additionalProperties === false) parts.push('Any other field is an error (`schema/unknown-field`).', '');
  }
  return parts.join('\n');
}

/** The `yaml.schemas` mapping the Red Hat YAML extension reads, merged into existing settings. */
export function vscodeSettings(existing: string | undefined, collections: CollectionDoc[] = COLLECTIONS): string {
  const settings = existing ? (JSON.parse(existing) as Record<string, unknown>) : {};
  const yamlSchemas: Record<string, string[]> = {};
  for (const collection of collections) {
    if (collection.yamlGlobs.length) yamlSchemas[`./${jsonSchemaPath(collection)}`] = collection.yamlGlobs;
  }
  return `${JSON.stringify({ ...settings, 'yaml.schemas': yamlSchemas }, null, 2)}\n`;
}

async function format(root: string, path: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(join(root, path))) ?? {};
  return prettier.format(text, { ...options, filepath: join(root, path) });
}

/** Every generated file, path → contents, formatted as `npm run lint` expects. Nothing is written. */
export async function generateSchemaFiles(root: string, collections: CollectionDoc[] = COLLECTIONS): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const collection of collections) {
    const path = jsonSchemaPath(collection);
    files.set(path, await format(root, path, JSON.stringify(toJsonSchema(collection), null, 2)));
  }
  files.set(REFERENCE_PATH, await format(root, REFERENCE_PATH, renderReference(collections)));
  const settingsPath = join(root, VSCODE_SETTINGS_PATH);
  const existing = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined;
  files.set(VSCODE_SETTINGS_PATH, await format(root, VSCODE_SETTINGS_PATH, vscodeSettings(existing, collections)));
  return files;
}
