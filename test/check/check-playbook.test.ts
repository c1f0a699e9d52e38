import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPlaybookFile } from '../../src/check/check-playbook.ts';
import { NO_SHARED_DATA } from '../../src/check/rule.ts';
import type { SourceFile } from '../../src/check/source.ts';
import type { Diagnostic } from '../../src/check/diagnostics.ts';
import { playbookSchema } from '../../src/schemas/playbook.ts';
import { teamSchema, type Team } from '../../src/schemas/team.ts';
import { PORTING_TEAM, playbook, VALID_BODY, VALID_FRONTMATTER, withField } from '../helpers/content.ts';

const teams: ReadonlyMap<string, Team> = new Map([['porting-desk', teamSchema().parse(parse(PORTING_TEAM.source))]]);
const schema = playbookSchema();

/** The body starts on this line of a file made by `playbook()`: after `---`, 17 YAML lines and `---`. */
const BODY_FIRST_LINE = 20;

function check(file: SourceFile) {
  return checkPlaybookFile(file, { ...NO_SHARED_DATA, teams }, schema);
}

/** VALID_BODY with one piece replaced; fails loudly if the piece is not there. */
function bodyWith(from: string, to: string): string {
  if (!VALID_BODY.includes(from)) throw new Error(`VALID_BODY has no ${from}`);
  return VALID_BODY.replace(from, to);
}

function brief(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => [d.rule, d.line, d.column, d.severity]);
}

describe('checkPlaybookFile', () => {
  it('accepts the valid test playbook and returns its data, anchors and no links', () => {
    const facts = check(playbook('restoring-a-cancelled-line'));
    expect(facts.diagnostics).toEqual([]);
    expect(facts.file).toBe('content/playbooks/restoring-a-cancelled-line.mdx');
    expect(facts.id).toBe('restoring-a-cancelled-line');
    expect(facts.data?.title).toBe('Restoring a cancelled line');
    expect(facts.data?.related).toEqual([]);
    expect(facts.anchors).toEqual(['steps', 'escalate-when', 'step-read-the-rejection', 'step-reactivate-the-line']);
    expect(facts.links).toEqual([]);
  });

  it('applies the schema defaults to the data', () => {
    const facts = check(playbook('restoring-a-cancelled-line', withField('reviewEvery', undefined)));
    expect(facts.diagnostics).toEqual([]);
    expect(facts.data?.reviewEvery).toBe(90);
  });

  it('records where each frontmatter field stands in the file', () => {
    const facts = check(playbook('a', withField('related', 'related: [billing-dispute, escalation-guidelines]')));
    expect(facts.locations).toMatchObject({
      title: { line: 2, column: 8 },
      category: { line: 4, column: 11 },
      owner: { line: 8, column: 8 },
      lastReviewed: { line: 9, column: 15 },
      'related[0]': { line: 17, column: 11 },
      'related[1]': { line: 17, column: 28 },
    });
    expect(Object.keys(facts.locations).sort()).toEqual([
      'category',
      'escalateTo',
      'lastReviewed',
      'owner',
      'related[0]',
      'related[1]',
      'title',
      'verification',
    ]);
  });

  it('records no related locations when the frontmatter fails the schema', () => {
    const frontmatter = withField('related', 'related: [billing-dispute]').replace('confidence: validated', 'confidence: done');
    const facts = check(playbook('a', frontmatter));
    expect(facts.data).toBeUndefined();
    expect(brief(facts.diagnostics)).toEqual([['schema/confidence', 7, 13, 'error']]);
    expect(Object.keys(facts.locations)).not.toContain('related[0]');
    expect(facts.locations['title']).toEqual({ line: 2, column: 8 });
  });

  it('reports an empty frontmatter block field by field, not as a missing block', () => {
    const facts = check({ path: 'content/playbooks/empty.mdx', source: `---\n---\n${VALID_BODY}` });
    const rules = facts.diagnostics.map((diagnostic) => diagnostic.rule);
    expect(rules).not.toContain('schema/frontmatter');
    expect(rules).toEqual(expect.arrayContaining(['schema/title', 'schema/summary', 'schema/category']));
    expect(facts.diagnostics.find((diagnostic) => diagnostic.rule === 'schema/title')?.message).toBe('`title` is missing');
  });

  it('reports a file without frontmatter once, at its start, and still checks the body', () => {
    const facts = check({ path: 'content/playbooks/bare.mdx', source: VALID_BODY });
    expect(facts.diagnostics).toEqual([
      {
        file: 'content/playbooks/bare.mdx',
        line: 1,
        column: 1,
        rule: 'schema/frontmatter',
        message: 'the file has no frontmatter',
        fix: 'start the file with a --- block of fields (copy one from an existing playbook, or run npm run new)',
        severity: 'error',
      },
    ]);
    expect(facts.data).toBeUndefined();
    expect(facts.locations).toEqual({});
    expect(facts.anchors).toContain('step-read-the-rejection');
  });

  it('reports unreadable frontmatter YAML at its line in the file and keeps checking the body', () => {
    const frontmatter = `${VALID_FRONTMATTER}\ntitle: Restoring a line`;
    const facts = check(playbook('a', frontmatter, bodyWith('<Step title="Reactivate the line">', '<Step title="Read the rejection">')));
    expect(facts.data).toBeUndefined();
    // The repeated title is YAML line 18, so line 19 of the file; the body moves down one line.
    expect(brief(facts.diagnostics)).toEqual([
      ['yaml/syntax', 19, 1, 'error'],
      ['structure/duplicate-step', BODY_FIRST_LINE + 13, 1, 'error'],
    ]);
  });

  it('warns, without failing, about a TODO left in the frontmatter, at its line and column', () => {
    const facts = check(playbook('a', withField('firstMove', 'firstMove: TODO write the first thing to do')));
    expect(facts.data?.firstMove).toBe('TODO write the first thing to do');
    expect(brief(facts.diagnostics)).toEqual([['content/todo', 12, 12, 'warning']]);
    expect(facts.diagnostics[0]?.message).toBe('a TODO marker is still in the frontmatter');
  });

  it('reports an MDX syntax error with its cause and fix, and returns no anchors or links', () => {
    const facts = check(
      playbook('a', VALID_FRONTMATTER, bodyWith('Open the port request.', 'Open the port {request. See [the guide](../guide/).')),
    );
    expect(facts.diagnostics).toEqual([
      {
        file: 'content/playbooks/a.mdx',
        line: BODY_FIRST_LINE + 5,
        column: expect.any(Number),
        rule: 'mdx/syntax',
        message: expect.stringMatching(/^MDX cannot be parsed: .*`\{`/),
        fix: 'a bare "<" or "{" in text starts code in MDX — write "less than" or escape it as \\< or \\{',
        severity: 'error',
      },
    ]);
    expect(facts.data?.title).toBe('Restoring a cancelled line');
    expect(facts.anchors).toEqual([]);
    expect(facts.links).toEqual([]);
  });

  it('reports structure problems at their line in the file, not in the body', () => {
    const start = VALID_BODY.indexOf('<Decision');
    const end = VALID_BODY.indexOf('</Decision>') + '</Decision>'.length;
    const noDecision = check(playbook('a', VALID_FRONTMATTER, VALID_BODY.slice(0, start) + VALID_BODY.slice(end)));
    expect(brief(noDecision.diagnostics)).toEqual([['structure/decision', 1, 1, 'error']]);
    const oneStep = check(
      playbook(
        'a',
        VALID_FRONTMATTER,
        bodyWith('<Step title="Reactivate the line">\n<Do>\nAsk the customer to call the old provider.\n</Do>\n</Step>\n', ''),
      ),
    );
    expect(brief(oneStep.diagnostics)).toEqual([['structure/steps', BODY_FIRST_LINE + 1, 1, 'error']]);
  });

  it('reports unsafe MDX in the body at its line in the file', () => {
    const facts = check(
      playbook('a', VALID_FRONTMATTER, bodyWith('Open the port request.', 'Open the port request.\n\n<script>alert(1)</script>')),
    );
    expect(facts.diagnostics.map((d) => [d.file, d.rule, d.line, d.column, d.severity])).toEqual([
      ['content/playbooks/a.mdx', 'mdx/forbidden-element', BODY_FIRST_LINE + 7, 1, 'error'],
    ]);
  });

  it('rejects a file name that is not a valid id and suggests the slug to rename it to', () => {
    const facts = check({ ...playbook('x'), path: 'content/playbooks/Restoring A Line.mdx' });
    expect(facts.id).toBe('Restoring A Line');
    expect(facts.diagnostics).toEqual([
      {
        file: 'content/playbooks/Restoring A Line.mdx',
        line: 1,
        column: 1,
        rule: 'file/name',
        message: 'the file name "Restoring A Line" is not a valid id',
        fix: 'rename the file to restoring-a-line.mdx (lowercase words joined by hyphens)',
        severity: 'error',
      },
    ]);
  });

  it('accepts ids made of lowercase words and digits joined by single hyphens', () => {
    for (const name of ['a', 'esim-2', '5g-setup']) {
      expect(check(playbook(name)).diagnostics, name).toEqual([]);
    }
    for (const name of ['double--hyphen', '-leading', 'trailing-', 'under_score']) {
      expect(
        check(playbook(name)).diagnostics.map((d) => d.rule),
        name,
      ).toEqual(['file/name']);
    }
  });

  it('lists heading anchors of every level, as the page slugs them, then the step anchors', () => {
    const body = `${VALID_BODY}\n### Why *this* works\n\nText.\n\n### Why this works\n\nMore.\n`;
    expect(check(playbook('a', VALID_FRONTMATTER, body)).anchors).toEqual([
      'steps',
      'escalate-when',
      'why-this-works',
      'why-this-works-1',
      'step-read-the-rejection',
      'step-reactivate-the-line',
    ]);
  });

  it('collects the links in the body with their position in the file', () => {
    const body = bodyWith(
      'Open the port request.',
      'Open the port request, see [escalations](../escalation-guidelines/#steps).\n\n[pac]: https://example.com/pac',
    );
    expect(check(playbook('a', VALID_FRONTMATTER, body)).links).toEqual([
      { url: '../escalation-guidelines/#steps', position: { line: BODY_FIRST_LINE + 5, column: 28 } },
      { url: 'https://example.com/pac', position: { line: BODY_FIRST_LINE + 7, column: 1 } },
    ]);
  });

  it('reads a file saved with Windows line endings', () => {
    const file = playbook('restoring-a-cancelled-line');
    const facts = check({ ...file, source: file.source.replace(/\n/g, '\r\n') });
    expect(facts.diagnostics).toEqual([]);
    expect(facts.data?.title).toBe('Restoring a cancelled line');
    expect(facts.locations['lastReviewed']).toEqual({ line: 9, column: 15 });
  });
});
