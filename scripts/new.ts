// npm run new -- playbook "Title" [--owner team-id] [--category category-id]
// npm run new -- module "Title" [--playbook playbook-id]
// Writes content/playbooks/<slug>.mdx (or content/modules/<slug>.yaml) from a template that passes
// `npm run check`, dated today, with TODO markers (listed by the check as warnings) where the
// writing goes. Never overwrites.
import { parseArgs } from 'node:util';
import { isoDay } from '../src/schemas/dates.ts';
import { contentFolder } from '../src/check/read-content.ts';
import { scaffold } from './lib/scaffold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    owner: { type: 'string' },
    category: { type: 'string' },
    playbook: { type: 'string' },
    /** YYYY-MM-DD instead of today, for repeatable output. */
    today: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});

/** Today on the contributor's own calendar, YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const today = values.today ?? localDay(new Date());
const day = isoDay().safeParse(today);
if (!day.success) {
  console.error(`✗ npm run new: --today ${day.error.issues[0]?.message ?? 'is not a day'}`);
  process.exit(1);
}
const [kind, ...titleWords] = positionals;
const result = scaffold({
  kind,
  // A title typed without quotes arrives as several words.
  title: titleWords.length ? titleWords.join(' ') : undefined,
  root: values.root,
  content: contentFolder(),
  today,
  owner: values.owner,
  category: values.category,
  playbook: values.playbook,
});

if (result.ok) {
  console.log(`✓ wrote ${result.path}`);
  console.log('  Next: replace every TODO (npm run check lists them with line numbers), then open a pull request.');
  if (kind === 'playbook') console.log('  Check the owner and category, and run npm run codeowners so the owner team reviews it.');
} else {
  console.error(`✗ npm run new: ${result.message}`);
  process.exitCode = 1;
}
