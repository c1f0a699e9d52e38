// Files, YAML and fields: whether content/ holds only what the build may read, whether each file
// can be read, fits its collection's schema and has a name that can be its id, and whether ids and
// titles are unique.
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { ID_PATTERN } from '../../schemas/ids.ts';
import type { PlaybookFacts } from '../check-playbook.ts';
import { FILE_START } from '../diagnostics.ts';
import { contentAllowList, contentRole, IMAGE_TYPES } from '../content-types.ts';
import { INTERNAL_ERROR } from '../internal.ts';
import { MAX_IMAGE_BYTES, MAX_TEXT_BYTES } from '../limits.ts';
import type { ListedEntry } from '../listing.ts';
import { MAX_ALIAS_COUNT, type YamlProblemKind } from '../frontmatter.ts';
import type { FileScope, Finding, Rule, RuleFamily } from '../rule.ts';
import { schemaFindings, UNKNOWN_FIELD } from '../schema-issues.ts';

/** Reports the YAML problems of one kind, each with the same fix. */
function yamlProblems(kind: YamlProblemKind, message: (text: string) => string, fix: string): NonNullable<Rule['eachFile']> {
  return ({ yaml }, report) => {
    for (const error of yaml?.located.errors ?? [])
      if (error.kind === kind) report({ position: error.position, message: message(error.message), fix });
  };
}

const yamlSyntax: Rule = {
  id: 'yaml/syntax',
  severity: 'error',
  checks:
    "The YAML (a playbook's frontmatter or a `.yaml` file) cannot be read: wrong indentation, a duplicate key, or text with a `: ` that needs quotes.",
  eachFile: yamlProblems(
    'syntax',
    (text) => `YAML cannot be read: ${text}`,
    'check indentation and quoting on this line; text with a colon needs quotes',
  ),
};

const yamlTag: Rule = {
  id: 'yaml/tag',
  severity: 'error',
  checks: 'A YAML value carries a tag (`!!js/function`, `!!binary`, `!custom`…). Content YAML is plain text, lists and fields; no tags.',
  eachFile: yamlProblems(
    'tag',
    (text) => `${text}: content YAML takes no tags, and the build cannot read most of them`,
    'remove the tag and write the value as plain text',
  ),
};

const yamlAlias: Rule = {
  id: 'yaml/alias',
  severity: 'error',
  checks: `YAML aliases (\`*name\`) stand for more than ${MAX_ALIAS_COUNT} values, as in a "billion laughs" that would stall the build.`,
  eachFile: yamlProblems(
    'alias',
    (text) => `YAML cannot be used: ${text}, which would stall the build`,
    'write the values out instead of using anchors (&name) and aliases (*name)',
  ),
};

const yamlDate: Rule = {
  id: 'yaml/date',
  severity: 'error',
  checks: 'An unquoted `YYYY-MM-DD` is not a real calendar day (2026-02-30); YAML would silently roll it over to another day.',
  eachFile: yamlProblems('date', (text) => text, 'check the month and the day'),
};

const noFrontmatter: Rule = {
  id: 'schema/frontmatter',
  severity: 'error',
  checks: 'The playbook does not start with a `---` block of fields.',
  eachFile({ collection, yaml }, report) {
    if (collection !== 'playbooks' || yaml) return;
    report({
      position: FILE_START,
      message: 'the file has no frontmatter',
      fix: 'start the file with a --- block of fields (copy one from an existing playbook, or run npm run new)',
    });
  },
};

function schemaProblems({ file, yaml }: FileScope): ReturnType<typeof schemaFindings> {
  return yaml?.schemaError ? schemaFindings(file.path, yaml.schemaError, yaml.located) : [];
}

const fieldBreaksSchema: Rule = {
  id: 'schema/<field>',
  severity: 'error',
  checks:
    'A field breaks its rule: it is missing, has the wrong type, is too short or too long, or is not one of the allowed values. The id names the field, e.g. `schema/summary`.',
  eachFile(scope, report) {
    for (const finding of schemaProblems(scope)) if (finding.id !== UNKNOWN_FIELD) report(finding);
  },
};

const unknownField: Rule = {
  id: UNKNOWN_FIELD,
  severity: 'error',
  checks: 'A field the schema does not know — usually a typo (field names are case-sensitive).',
  eachFile(scope, report) {
    for (const finding of schemaProblems(scope)) if (finding.id === UNKNOWN_FIELD) report(finding);
  },
};

/**
 * A valid id close to an invalid file name, for the fix message: accents dropped, lowercase,
 * every run of other characters (underscores, spaces, repeated hyphens) one hyphen.
 */
export function suggestedId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length ? words.join('-') : 'playbook';
}

/** The collections whose file names are checked against the id pattern. */
const NAMED_BY_FILE: readonly CollectionName[] = ['playbooks', 'modules', 'paths'];

const fileName: Rule = {
  id: 'file/name',
  severity: 'error',
  checks: 'The file name is not a valid id: use lowercase words joined by hyphens, because the file name becomes the page address.',
  eachFile({ collection, id }, report) {
    if (!NAMED_BY_FILE.includes(collection) || ID_PATTERN.test(id)) return;
    report({
      position: FILE_START,
      message: `the file name "${id}" is not a valid id`,
      fix:
        collection === 'playbooks'
          ? `rename the file to ${suggestedId(id)}.mdx (lowercase words joined by hyphens)`
          : 'rename the file to lowercase words joined by hyphens, e.g. porting-basics.yaml',
    });
  },
};

/** Reports each playbook whose key (lowercased) an earlier playbook already has. */
function reportRepeats(
  playbooks: readonly PlaybookFacts[],
  key: (playbook: PlaybookFacts) => string | undefined,
  report: (file: string, finding: Finding) => void,
  finding: (playbook: PlaybookFacts, first: PlaybookFacts) => Finding,
): void {
  const seen = new Map<string, PlaybookFacts>();
  for (const playbook of playbooks) {
    const value = key(playbook)?.toLowerCase();
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) report(playbook.file, finding(playbook, first));
    else seen.set(value, playbook);
  }
}

const duplicateId: Rule = {
  id: 'duplicate/id',
  severity: 'error',
  checks:
    'Two files have the same id (in different folders, or differing only in case), or two entries of a list file (`content/values.yaml`, `content/synonyms.yaml`) do.',
  eachFile({ collection, yaml }, report) {
    if (!yaml || !('file' in COLLECTIONS[collection]) || !Array.isArray(yaml.located.data)) return;
    const firstLine = new Map<string, number>();
    (yaml.located.data as unknown[]).forEach((entry, index) => {
      const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
      if (typeof id !== 'string') return;
      const position = yaml.located.locate([index, 'id']);
      const first = firstLine.get(id);
      if (first === undefined) firstLine.set(id, position.line);
      else
        report({
          position,
          message: `the id "${id}" is already used by the entry on line ${first}`,
          fix: 'give each entry its own id, or remove the repeated one',
        });
    });
  },
  allFiles({ playbooks }, report) {
    reportRepeats(
      playbooks,
      (playbook) => playbook.id,
      report,
      (playbook, first) => ({
        position: FILE_START,
        message: `the id "${playbook.id}" is also used by ${first.file}`,
        fix: 'rename one of the files; ids must be unique across all folders',
      }),
    );
  },
};

const duplicateTitle: Rule = {
  id: 'duplicate/title',
  severity: 'error',
  checks: 'Two playbooks have the same title, so agents could not tell the search results apart.',
  allFiles({ playbooks }, report) {
    reportRepeats(
      playbooks,
      (playbook) => playbook.data?.title,
      report,
      (playbook, first) => ({
        position: playbook.locations['title'] ?? FILE_START,
        message: `the title "${playbook.data?.title}" is also used by ${first.file}`,
        fix: 'make the titles distinct so agents can tell the results apart',
      }),
    );
  },
};

const symlink: Rule = {
  id: 'file/symlink',
  severity: 'error',
  checks: 'A symbolic link in `content/`. The check never follows one; the build would read (and publish) whatever it points at.',
  eachPath(entry, report) {
    if (entry.area !== 'content' || entry.kind !== 'symlink') return;
    report({
      position: FILE_START,
      message: `is a symbolic link to ${entry.target ?? 'another file'}: the build would read what it points at`,
      fix: 'commit the file itself in its place, or delete the link',
    });
  },
};

/** Why an entry of content/ is refused by `file/type`, and what to do; undefined when content/ may hold it. */
function typeProblem(entry: ListedEntry): { problem: string; fix: string } | undefined {
  const elsewhere = 'delete it, or move it where it belongs (code and pages go in src/, reviewed as code)';
  if (entry.kind === 'other') return { problem: 'is not a regular file', fix: 'delete it' };
  const role = contentRole(entry.inFolder);
  if (!role) {
    const extension = /\.[^./]+$/.exec(entry.inFolder)?.[0];
    const problem = `${extension ? `a ${extension} file` : 'a file without an extension'} has no place here`;
    if (extension === '.svg') return { problem, fix: 'export the drawing as a PNG: an SVG can carry script, so content takes none' };
    return { problem, fix: elsewhere };
  }
  if (role.kind === 'image' && !IMAGE_TYPES[role.extension].starts(entry.head ?? new Uint8Array())) {
    const { name } = IMAGE_TYPES[role.extension];
    return { problem: `is named .${role.extension} but does not hold a ${name} image`, fix: `export it again as a real ${name} image` };
  }
  if (role.kind === 'placeholder' && entry.size > 0) return { problem: 'is a .gitkeep that is not empty', fix: 'empty it' };
  return undefined;
}

const fileType: Rule = {
  id: 'file/type',
  severity: 'error',
  checks:
    'A file `content/` may not hold. It holds playbooks (`.mdx` in `playbooks/`), YAML (`.yaml` in `teams/`, `categories/`, `modules/`, `paths/`, and `synonyms.yaml`) and PNG, JPEG or WebP images; nothing else, so nothing in it can run at build time.',
  eachPath(entry, report) {
    if (entry.area !== 'content' || entry.kind === 'symlink') return;
    const found = typeProblem(entry);
    if (!found) return;
    report({ position: FILE_START, message: `${found.problem}: content/ holds only ${contentAllowList()}`, fix: found.fix });
  },
};

const fileSize: Rule = {
  id: 'file/size',
  severity: 'error',
  checks: `An MDX or YAML file over ${MAX_TEXT_BYTES / 1024} KB, or an image over ${MAX_IMAGE_BYTES / 1024 / 1024} MB, in \`content/\`. Such a file is not read at all.`,
  eachPath(entry, report) {
    if (entry.area !== 'content' || entry.kind !== 'file') return;
    const role = contentRole(entry.inFolder);
    const limit = role?.kind === 'image' ? MAX_IMAGE_BYTES : role?.kind === 'entry' ? MAX_TEXT_BYTES : undefined;
    if (limit === undefined || entry.size <= limit) return;
    report({
      position: FILE_START,
      message: `is ${Math.ceil(entry.size / 1024)} KB, over the limit of ${limit / 1024} KB for ${role?.kind === 'image' ? 'an image' : 'a content file'}, so it was not checked`,
      fix:
        role?.kind === 'image'
          ? 'export it smaller (crop it, or save it as .webp or .jpg)'
          : entry.inFolder.endsWith('.mdx')
            ? 'split it: a playbook is 500–1,100 words, about 10 KB'
            : 'shorten it: a YAML file of content is a few KB',
    });
  },
};

/**
 * Characters that show as nothing, or that reorder what is shown: a Say line with a right-to-left
 * override reads aloud differently from what the reviewer saw in the pull request, and a zero-width
 * space inside "refund" hides the word from search. Tabs and line breaks are ordinary text.
 */
const HIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const HIDDEN_NAMES: Record<string, string> = {
  '\u00ad': 'soft hyphen',
  '\u061c': 'Arabic letter mark',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero-width no-break space (byte order mark)',
};

/** `U+202E (right-to-left override)`: the code point, and its name where it has a short one. */
function describeCharacter(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = HIDDEN_NAMES[character] ?? 'control character';
  return `${code} (${name})`;
}

const hiddenCharacter: Rule = {
  id: 'text/hidden-character',
  severity: 'error',
  checks:
    'An invisible character in a content file: a control character, a zero-width character, or a bidirectional control that makes text display in another order than it is written.',
  eachFile({ file }, report) {
    file.source.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(HIDDEN_CHARACTERS)) {
        // A byte order mark at the very start of a file is an editor's, not the text's.
        if (match[0] === '\ufeff' && index === 0 && match.index === 0) continue;
        report({
          position: { line: index + 1, column: match.index + 1 },
          message: `an invisible ${describeCharacter(match[0])} in the text: what it shows can differ from what it says, and search cannot find the word it sits in`,
          fix: 'delete it and retype the characters around it; use plain spaces, line breaks and tabs only',
        });
      }
    });
  },
};

export const files: RuleFamily = {
  title: 'Files, YAML and fields',
  rules: [
    INTERNAL_ERROR,
    symlink,
    fileType,
    fileSize,
    hiddenCharacter,
    yamlSyntax,
    yamlTag,
    yamlAlias,
    yamlDate,
    noFrontmatter,
    fieldBreaksSchema,
    unknownField,
    fileName,
    duplicateId,
    duplicateTitle,
  ],
};
