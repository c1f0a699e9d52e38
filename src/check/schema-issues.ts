import type { z } from 'zod';
import type { LocatedYaml } from './frontmatter.ts';
import type { Finding } from './rule.ts';

export const UNKNOWN_FIELD = 'schema/unknown-field';

/** `related[2]`, `authority[0].byRole.agent`: how a field is named in messages. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

function splitFix(message: string): { message: string; fix: string | undefined } {
  const at = message.indexOf(' — ');
  return at === -1 ? { message, fix: undefined } : { message: message.slice(0, at), fix: message.slice(at + 3) };
}

/** A fix for zod's built-in messages, which say what is wrong but not what to do. */
function defaultFix(issue: z.core.$ZodIssue, field: string, file: string): string {
  const where = file.endsWith('.mdx') ? 'the frontmatter' : 'the file';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add \`${field}:\` to ${where} (see docs/schema-reference.md for every field)`
        : `write ${field} as ${issue.expected}`;
    case 'too_small':
      return `use a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return `use a value of at most ${String(issue.maximum)}`;
    default:
      return `correct ${field} (see docs/schema-reference.md)`;
  }
}

/**
 * A schema error as findings located at the offending fields, in zod's order: one per unknown
 * field (`schema/unknown-field`), and one per other problem, named after the top-level field it is
 * in (`schema/<field>`, `schema/frontmatter` when the whole document is wrong).
 */
export function schemaFindings(file: string, error: z.ZodError, yaml: LocatedYaml): (Finding & { id: string })[] {
  // zod runs length checks even on a value of the wrong type ("tags: one phrase" is also "too
  // long"); the wrong type is the real problem, so it is the one reported for that field.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => fieldName(issue.path)));
  const issues = error.issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(fieldName(issue.path)));
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          id: UNKNOWN_FIELD,
          position: yaml.locate(path),
          message: `unknown field \`${fieldName(path)}\``,
          fix: 'remove it or fix its spelling (field names are case-sensitive; see docs/schema-reference.md)',
        };
      });
    }
    const field = fieldName(issue.path) || 'frontmatter';
    if (issue.code === 'invalid_type' && issue.input instanceof Date && issue.expected !== 'date') {
      // js-yaml, as the build uses it, reads an unquoted YYYY-MM-DD as a date.
      const day = Number.isNaN(issue.input.getTime()) ? 'YYYY-MM-DD' : issue.input.toISOString().slice(0, 10);
      return [
        {
          id: `schema/${String(issue.path[0] ?? 'frontmatter')}`,
          position: yaml.locate(issue.path),
          message: `\`${field}\` is read as a date, not as ${issue.expected === 'string' ? 'text' : issue.expected}: YAML reads an unquoted YYYY-MM-DD as a date`,
          fix: `put the value in quotes: "${day}"`,
        },
      ];
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const parts = missing ? { message: 'is missing', fix: undefined } : splitFix(issue.message);
    return [
      {
        // In a list file the path starts with the entry's index; the id names the field.
        id: `schema/${String(issue.path.find((key) => typeof key !== 'number') ?? 'frontmatter')}`,
        position: yaml.locate(issue.path),
        message: `\`${field}\` ${parts.message}`,
        fix: parts.fix ?? defaultFix(issue, field, file),
      },
    ];
  });
}
