// Turns the zod schemas into documentation and editor support: JSON Schema files (schemas/*.schema.json),
// a field reference (docs/schema-reference.md) and the VS Code mapping of YAML files to those schemas;
// with the rule tables of CONTRIBUTING.md (scripts/lib/rules-docs.ts), every file `npm run schema` writes.
// The zod schemas stay the single source: field descriptions live in them as `.meta({ description })`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { z } from 'zod';
import { collectionList, fileSchema, type Collection } from '../../src/schemas/collections.ts';
import { ID_PATTERN } from '../../src/schemas/ids.ts';
import { CONTRIBUTING_PATH, renderRuleTables, withRuleTables } from './rules-docs.ts';

/** A collection as the reference documents it (src/schemas/collections.ts), with its name. */
export type DocumentedCollection = Collection & { name: string };

/** Where the files live, as the reference names them: `content/teams/<id>.yaml`. */
export function filesLabel(collection: DocumentedCollection): string {
  if ('file' in collection) return `content/${collection.file} (a list)`;
  return `content/${collection.folder}/<id>.${collection.extension}${collection.extension === 'mdx' ? ' (frontmatter)' : ''}`;
}

/** Globs of YAML files the JSON Schema applies to in editors (none for MDX frontmatter). */
function yamlGlobs(collection: DocumentedCollection): string[] {
  if ('file' in collection) return [`content/${collection.file}`];
  return collection.extension === 'yaml' ? [`content/${collection.folder}/*.yaml`] : [];
}

export const REFERENCE_PATH = 'docs/schema-reference.md';
export const VSCODE_SETTINGS_PATH = '.vscode/settings.json';
export const jsonSchemaPath = (collection: DocumentedCollection) => `schemas/${collection.schemaFile}.schema.json`;

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
export function toJsonSchema(collection: DocumentedCollection): JsonSchema {
  const generated = z.toJSONSchema(fileSchema(collection), {
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
    title: `Frontline ${collection.name}: ${filesLabel(collection)}`,
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
  // A field that may be written two ways, e.g. a choice as its text or as an object with a `why`.
  if (schema.anyOf?.length) return schema.anyOf.map(describeType).join(', or ');
  if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
  switch (schema.type) {
    case 'string': {
      if (schema.pattern === ID_PATTERN.source) return 'id (lowercase words joined by hyphens)';
      const length = range(schema.minLength, schema.maxLength, 'character');
      const pattern = schema.pattern ? `matching ${code(schema.pattern)}` : '';
      return ['text', length, pattern].filter(Boolean).join(', ');
    }
    case 'integer':
    case 'number': {
      const bounds = range(schema.minimum, schema.maximum);
      return [schema.type === 'integer' ? 'whole number' : 'number', bounds].filter(Boolean).join(', ');
    }
    case 'boolean':
      return '`true` or `false`';
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
    const written =
      field.type === 'array' ? field.items?.anyOf?.find((option) => option.type === 'object' && option.properties) : undefined;
    if (written) rows.push(...fieldRows(written, `${path}[].`));
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/schema-reference.md, unformatted. */
export function renderReference(collections: DocumentedCollection[] = collectionList()): string {
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
    parts.push(`## ${collection.name}`, '', `\`${filesLabel(collection)}\` — ${collection.description}`, '');
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
export function vscodeSettings(existing: string | undefined, collections: DocumentedCollection[] = collectionList()): string {
  const settings = existing ? (JSON.parse(existing) as Record<string, unknown>) : {};
  const yamlSchemas: Record<string, string[]> = {};
  for (const collection of collections) {
    const globs = yamlGlobs(collection);
    if (globs.length) yamlSchemas[`./${jsonSchemaPath(collection)}`] = globs;
  }
  return `${JSON.stringify({ ...settings, 'yaml.schemas': yamlSchemas }, null, 2)}\n`;
}

async function format(root: string, path: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(join(root, path))) ?? {};
  return prettier.format(text, { ...options, filepath: join(root, path) });
}

/** CONTRIBUTING.md with its rule tables regenerated, formatted. */
export async function generateContributing(root: string): Promise<string> {
  const guide = readFileSync(join(root, CONTRIBUTING_PATH), 'utf8');
  return format(root, CONTRIBUTING_PATH, withRuleTables(guide, renderRuleTables()));
}

/** Every generated file, path → contents, formatted as `npm run lint` expects. Nothing is written. */
export async function generatedFiles(root: string, collections: DocumentedCollection[] = collectionList()): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const collection of collections) {
    const path = jsonSchemaPath(collection);
    files.set(path, await format(root, path, JSON.stringify(toJsonSchema(collection), null, 2)));
  }
  files.set(REFERENCE_PATH, await format(root, REFERENCE_PATH, renderReference(collections)));
  const settingsPath = join(root, VSCODE_SETTINGS_PATH);
  const existing = existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : undefined;
  files.set(VSCODE_SETTINGS_PATH, await format(root, VSCODE_SETTINGS_PATH, vscodeSettings(existing, collections)));
  files.set(CONTRIBUTING_PATH, await generateContributing(root));
  return files;
}
