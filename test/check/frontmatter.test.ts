import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { extractFrontmatter, parseLocatedYaml } from '../../src/check/frontmatter.ts';
import { playbook, VALID_FRONTMATTER } from '../helpers/content.ts';

describe('extractFrontmatter', () => {
  it('returns the YAML between the fences and says it starts on line 2', () => {
    expect(extractFrontmatter('---\ntitle: Porting\nowner: porting-desk\n---\n\n## Steps\n')).toEqual({
      yaml: 'title: Porting\nowner: porting-desk',
      firstLine: 2,
    });
  });

  it('reads frontmatter written with Windows line endings', () => {
    expect(extractFrontmatter('---\r\ntitle: Porting\r\n---\r\nBody')).toEqual({ yaml: 'title: Porting', firstLine: 2 });
  });

  it('reads a file that ends right after the closing fence', () => {
    expect(extractFrontmatter('---\ntitle: Porting\n---')).toEqual({ yaml: 'title: Porting', firstLine: 2 });
  });

  it('extracts the whole frontmatter of the test playbook', () => {
    expect(extractFrontmatter(playbook('restoring-a-cancelled-line').source)?.yaml).toBe(VALID_FRONTMATTER);
  });

  it('finds no frontmatter in a file that does not start with a fence', () => {
    expect(extractFrontmatter('\n---\ntitle: Porting\n---\n')).toBeUndefined();
    expect(extractFrontmatter('## Steps\n')).toBeUndefined();
  });

  it('finds an empty frontmatter block, so its missing fields can be reported one by one', () => {
    expect(extractFrontmatter('---\n---\n\nBody.')).toEqual({ yaml: '', firstLine: 2 });
    expect(extractFrontmatter('---\r\n---\r\n')).toEqual({ yaml: '', firstLine: 2 });
  });

  it('finds no frontmatter when the closing fence is missing', () => {
    expect(extractFrontmatter('---\ntitle: Porting\n\n## Steps\n')).toBeUndefined();
  });
});

describe('parseLocatedYaml', () => {
  it('parses YAML to plain data as the build does: an unquoted day is a date, a quoted one text', () => {
    const yaml = parseLocatedYaml('title: Porting\nlastReviewed: 2026-11-01\nsince: "2026-11-01"\ntags: [porting, cancelled line]\n');
    expect(yaml.errors).toEqual([]);
    expect(yaml.data).toEqual({
      title: 'Porting',
      lastReviewed: new Date('2026-11-01T00:00:00Z'),
      since: '2026-11-01',
      tags: ['porting', 'cancelled line'],
    });
  });

  it('reads every value exactly as js-yaml, the reader Astro uses, reads it: merge keys, numbers, words', () => {
    const text = 'base: &base { hours: 24 }\nsla:\n  <<: *base\n  clock: business\nyes: yes\nbig: 0x1F\nn: ~\n';
    expect(parseLocatedYaml(text).data).toEqual(load(text));
    expect(parseLocatedYaml(text).data).toMatchObject({ sla: { hours: 24, clock: 'business' }, yes: 'yes', big: 31, n: null });
  });

  it('refuses any tag, known to the build or not, at the tagged value', () => {
    const yaml = parseLocatedYaml('title: Porting\nfirstMove: !!js/function "function () {}"\nx: !!binary aGk=\ny: !custom [a]\n', 1);
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors).toEqual([
      { kind: 'tag', message: 'the value is tagged !!js/function', position: { line: 3, column: 12 } },
      { kind: 'tag', message: 'the value is tagged !!binary', position: { line: 4, column: 4 } },
      { kind: 'tag', message: 'the value is tagged !custom', position: { line: 5, column: 4 } },
    ]);
  });

  it('refuses an alias bomb at its first alias, without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [from, to] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]]))
      levels.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    const started = performance.now();
    const yaml = parseLocatedYaml(levels.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors).toEqual([
      { kind: 'alias', message: 'its aliases (*name) stand for more than 100 values', position: { line: 2, column: 8 } },
    ]);
  });

  it('accepts a few aliases', () => {
    expect(parseLocatedYaml('a: &a [x, y]\nb: *a\nc: *a\n').data).toEqual({ a: ['x', 'y'], b: ['x', 'y'], c: ['x', 'y'] });
  });

  it('refuses an unquoted day that does not exist, which the build would roll over to another day', () => {
    expect(parseLocatedYaml('lastReviewed: 2026-02-30\n', 1).errors).toEqual([
      {
        kind: 'date',
        message: '2026-02-30 is not a real calendar day: the build would read it as 2026-03-02',
        position: { line: 2, column: 15 },
      },
    ]);
    expect(parseLocatedYaml('d: 2026-00-10\n').errors.map((e) => e.message)).toEqual([
      '2026-00-10 is not a real calendar day: the build would read it as 2025-12-10',
    ]);
  });

  it('locates the value of a field, shifted by the line offset', () => {
    const yaml = parseLocatedYaml('title: Porting\nowner: porting-desk\n', 1);
    expect(yaml.locate(['owner'])).toEqual({ line: 3, column: 8 });
  });

  it('locates an item of a list by its index', () => {
    const yaml = parseLocatedYaml('title: Porting\ncustomerSays:\n  - my number stopped working\n  - they told me to cancel\n');
    expect(yaml.locate(['customerSays', 1])).toEqual({ line: 4, column: 5 });
  });

  it('locates an item of a flow list by its index', () => {
    const yaml = parseLocatedYaml('related: [escalation-guidelines, escalation-guide]\n');
    expect(yaml.locate(['related', 1])).toEqual({ line: 1, column: 34 });
  });

  it('locates a nested field', () => {
    const yaml = parseLocatedYaml('name: Desk\ncallbackSla:\n  hours: 24\n  clock: business\n');
    expect(yaml.locate(['callbackSla', 'clock'])).toEqual({ line: 4, column: 10 });
  });

  it('reports a missing field at the start of its parent', () => {
    const yaml = parseLocatedYaml('title: Porting\ncallbackSla:\n  hours: 24\n', 1);
    expect(yaml.locate(['summary'])).toEqual({ line: 2, column: 1 });
    expect(yaml.locate(['callbackSla', 'clock'])).toEqual({ line: 4, column: 3 });
  });

  it('locates an empty document at its first line', () => {
    expect(parseLocatedYaml('', 1).locate(['title'])).toEqual({ line: 2, column: 1 });
  });

  it('reports a syntax error with its first line of explanation, located in the file, and gives no data', () => {
    const yaml = parseLocatedYaml('title: Porting: the sequel\nowner: porting-desk\n', 1);
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors).toEqual([
      { kind: 'syntax', message: 'Nested mappings are not allowed in compact mappings', position: { line: 2, column: 8 } },
    ]);
  });

  it('reports an unclosed quote where the text runs out', () => {
    expect(parseLocatedYaml('title: "Porting\nowner: porting-desk\n', 1).errors).toEqual([
      { kind: 'syntax', message: 'Missing closing "quote', position: { line: 4, column: 1 } },
    ]);
  });

  it('locates a field with no value on the line of its key', () => {
    expect(parseLocatedYaml('summary: Hi\ntitle:\nowner: x\n', 1).locate(['title'])).toEqual({ line: 3, column: 7 });
  });

  it('rejects a field written twice', () => {
    const yaml = parseLocatedYaml('title: Porting\ntitle: Billing\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.errors.map((e) => [e.message, e.position])).toEqual([['Map keys must be unique', { line: 2, column: 1 }]]);
  });
});
