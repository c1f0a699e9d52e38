// npm run stale [-- --today YYYY-MM-DD] [-- --json]: playbooks whose review is overdue
// (lastReviewed + reviewEvery has passed), grouped by owner team, most overdue first. A report
// for owners, so it always exits 0; `npm run check -- --strict` is the gate that fails on them.
import { parseArgs } from 'node:util';
import { idFromPath } from '../src/check/source.ts';
import { extractFrontmatter, parseLocatedYaml } from '../src/check/frontmatter.ts';
import { formatOverdueReport, overdueByOwner, overdueReportJson, type ReviewEntry } from '../src/check/review-report.ts';
import { playbookSchema } from '../src/schemas/playbook.ts';
import { teamSchema } from '../src/schemas/team.ts';
import { readContentFiles } from '../src/check/read-content.ts';

const { values } = parseArgs({
  options: {
    today: { type: 'string' },
    json: { type: 'boolean', default: false },
    root: { type: 'string', default: process.cwd() },
  },
});

function parseToday(text: string | undefined): Date | undefined {
  if (text === undefined) return new Date();
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? date : undefined;
}

const today = parseToday(values.today);
if (!today) {
  console.error(`✗ npm run stale: --today "${values.today}" is not a day — write it as YYYY-MM-DD, for example 2026-11-25`);
  process.exit(1);
}

const files = readContentFiles(values.root);
const teamNames = new Map<string, string>();
for (const file of files.teams) {
  const team = teamSchema().safeParse(parseLocatedYaml(file.source).data);
  if (team.success) teamNames.set(idFromPath(file.path), team.data.name);
}
const entries: ReviewEntry[] = [];
const unreadable: string[] = [];
for (const file of files.playbooks) {
  const frontmatter = extractFrontmatter(file.source);
  const parsed = frontmatter ? playbookSchema().safeParse(parseLocatedYaml(frontmatter.yaml).data) : undefined;
  if (!parsed?.success) {
    unreadable.push(file.path);
    continue;
  }
  const { title, owner, confidence, lastReviewed, reviewEvery } = parsed.data;
  entries.push({ id: idFromPath(file.path), file: file.path, title, owner, confidence, lastReviewed, reviewEvery });
}

const groups = overdueByOwner(entries, teamNames, today);
if (values.json) {
  console.log(JSON.stringify({ ...overdueReportJson(groups, today), unreadable }, null, 2));
} else {
  for (const line of formatOverdueReport(groups, today)) console.log(line);
  if (unreadable.length) {
    console.log(`\n${unreadable.length} playbook(s) left out because their frontmatter is invalid (npm run check says why):`);
    for (const path of unreadable) console.log(`  ${path}`);
  }
}
