import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, playbookSchema } from '../../src/schemas/playbook.ts';
import { VALID_FRONTMATTER, withField } from '../helpers/content.ts';

const CUSTOMER_SAYS = 'customerSays:\n  - my number stopped working after i switched\n  - they told me to cancel my old account';

/** Validates frontmatter text as `npm run check` does, keeping inputs on the issues. */
function validate(frontmatter: string) {
  return playbookSchema().safeParse(parse(frontmatter), { reportInput: true });
}

function accepted(frontmatter: string) {
  const result = validate(frontmatter);
  if (!result.success) throw new Error(`expected the frontmatter to be accepted: ${result.error.message}`);
  return result.data;
}

/** Each issue as its path and message. */
function problems(frontmatter: string): [(string | number)[], string][] {
  const result = validate(frontmatter);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  return result.error.issues.map((issue) => [issue.path as (string | number)[], issue.message]);
}

describe('playbookSchema', () => {
  it('accepts the valid test frontmatter and turns the review day into a date', () => {
    expect(accepted(VALID_FRONTMATTER)).toEqual({
      title: 'Restoring a cancelled line',
      summary: 'Bring back a line the customer cancelled too early so that the number transfer can go through.',
      category: 'porting',
      tags: ['porting', 'cancelled line'],
      audience: ['agent'],
      confidence: 'validated',
      owner: 'porting-desk',
      lastReviewed: new Date('2026-11-01T00:00:00Z'),
      reviewEvery: 90,
      whenToUse: 'The port was rejected because the old line was cancelled before the transfer completed.',
      firstMove: 'Open the port request and read the rejection code.',
      firstWords: 'I can see what happened, and I am going to stay with this until it is fixed.',
      customerSays: ['my number stopped working after i switched', 'they told me to cancel my old account'],
      related: [],
      verification: 'none',
      sources: [],
    });
  });

  it('reviews every 90 days when reviewEvery is left out', () => {
    expect(accepted(withField('reviewEvery', undefined)).reviewEvery).toBe(90);
  });

  it('relates to no playbooks when related is left out', () => {
    expect(accepted(withField('related', undefined)).related).toEqual([]);
  });

  it('accepts an optional escalation team', () => {
    expect(accepted(withField('escalateTo', 'escalateTo: duty-supervisors')).escalateTo).toBe('duty-supervisors');
  });

  it('accepts a review day that the YAML reader already turned into a date', () => {
    const data = { ...parse(VALID_FRONTMATTER), lastReviewed: new Date('2026-11-01T00:00:00Z') };
    const result = playbookSchema().safeParse(data);
    expect(result.success && result.data.lastReviewed.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('trims spaces around text before measuring it', () => {
    expect(accepted(withField('title', 'title: "  Restoring a cancelled line  "')).title).toBe('Restoring a cancelled line');
  });

  it('accepts every KCS state', () => {
    expect(CONFIDENCE_LEVELS.map((state) => accepted(withField('confidence', `confidence: ${state}`)).confidence)).toEqual([
      'wip',
      'not-validated',
      'validated',
      'archived',
    ]);
  });

  it('rejects a title that is too short, saying how long it is', () => {
    expect(problems(withField('title', 'title: Hi'))).toEqual([
      [['title'], 'is 2 characters, under the minimum of 3 — write at least 3 characters (a short title in sentence case)'],
    ]);
  });

  it('rejects a summary over 200 characters, saying how much to cut', () => {
    expect(problems(withField('summary', `summary: ${'x'.repeat(205)}`))).toEqual([
      [
        ['summary'],
        'is 205 characters, over the limit of 200 — shorten it to 200 characters or fewer (one sentence that tells an agent whether this is the right page)',
      ],
    ]);
  });

  it('rejects a title that is not text', () => {
    expect(problems(withField('title', 'title: 42'))).toEqual([[['title'], 'must be text — write a short title in sentence case']]);
  });

  it('rejects a category that is not an id', () => {
    expect(problems(withField('category', 'category: Number Porting'))).toEqual([
      [
        ['category'],
        '"Number Porting" is not a valid id — use the file name of an entry in content/categories/ (lowercase words joined by hyphens)',
      ],
    ]);
  });

  it('rejects an owner that is not an id', () => {
    expect(problems(withField('owner', 'owner: porting_desk'))).toEqual([
      [['owner'], '"porting_desk" is not a valid id — use the file name of an entry in content/teams/ (lowercase words joined by hyphens)'],
    ]);
  });

  it('rejects tags written as a single word instead of a list', () => {
    expect(problems(withField('tags', 'tags: porting'))).toEqual([[['tags'], 'must be a list — write it as [porting, rejected port]']]);
  });

  it('rejects an empty tag list', () => {
    expect(problems(withField('tags', 'tags: []'))).toEqual([[['tags'], 'is empty — add at least one tag agents would search for']]);
  });

  it('rejects a capitalised tag, quoting it', () => {
    expect(problems(withField('tags', 'tags: [porting, Cancelled]'))).toEqual([
      [['tags', 1], 'tag "Cancelled" is not a valid tag — use lowercase letters, digits, spaces or hyphens, at most 40 characters'],
    ]);
  });

  it('rejects more than 12 tags', () => {
    const tags = Array.from({ length: 13 }, (_, i) => `tag${i}`).join(', ');
    expect(problems(withField('tags', `tags: [${tags}]`))).toEqual([
      [['tags'], 'has more than 12 tags — keep the 12 an agent is most likely to type'],
    ]);
  });

  it('rejects an audience that is not a role, listing the roles', () => {
    expect(problems(withField('audience', 'audience: [agent, trainee]'))).toEqual([
      [['audience', 1], '"trainee" is not a role — use one of: new-hire, agent, senior, supervisor'],
    ]);
  });

  it('rejects an audience written as a single word', () => {
    expect(problems(withField('audience', 'audience: agent'))).toEqual([
      [['audience'], 'must be a list of roles — write it as [agent, new-hire], choosing from: new-hire, agent, senior, supervisor'],
    ]);
  });

  it('rejects an empty audience', () => {
    expect(problems(withField('audience', 'audience: []'))).toEqual([
      [['audience'], 'needs at least one role — choose from: new-hire, agent, senior, supervisor'],
    ]);
  });

  it('rejects a role listed twice', () => {
    expect(problems(withField('audience', 'audience: [agent, senior, agent]'))).toEqual([
      [['audience'], 'lists a role twice — keep each role once'],
    ]);
  });

  it('rejects a confidence that is not a KCS state', () => {
    expect(problems(withField('confidence', 'confidence: done'))).toEqual([
      [
        ['confidence'],
        '"done" is not a KCS state — use one of: wip, not-validated, validated, archived (validated once the playbook has worked on real calls)',
      ],
    ]);
  });

  it('rejects a review day written in words', () => {
    expect(problems(withField('lastReviewed', 'lastReviewed: 1st of November'))).toEqual([
      [['lastReviewed'], '"1st of November" is not a date — write it as YYYY-MM-DD, for example 2026-11-02'],
    ]);
  });

  it('rejects a review day written without hyphens', () => {
    expect(problems(withField('lastReviewed', 'lastReviewed: 20261101'))).toEqual([
      [['lastReviewed'], '"20261101" is not a date — write it as YYYY-MM-DD, for example 2026-11-02'],
    ]);
  });

  it('rejects a review day in a month that does not exist', () => {
    expect(problems(withField('lastReviewed', 'lastReviewed: 2026-13-01'))).toEqual([
      [['lastReviewed'], '"2026-13-01" is not a real calendar day — check the month and the day'],
    ]);
  });

  it('rejects a review day past the 31st', () => {
    expect(problems(withField('lastReviewed', 'lastReviewed: 2026-01-32'))).toEqual([
      [['lastReviewed'], '"2026-01-32" is not a real calendar day — check the month and the day'],
    ]);
  });

  it('rejects the 30th of February instead of rolling it over to March', () => {
    expect(problems(withField('lastReviewed', 'lastReviewed: 2026-02-30'))).toEqual([
      [['lastReviewed'], '"2026-02-30" is not a real calendar day — check the month and the day'],
    ]);
  });

  it('rejects a review cycle under a week', () => {
    expect(problems(withField('reviewEvery', 'reviewEvery: 3'))).toEqual([
      [['reviewEvery'], 'is under 7 days — reviews that often are not realistic; use 7 or more'],
    ]);
  });

  it('rejects a review cycle over two years', () => {
    expect(problems(withField('reviewEvery', 'reviewEvery: 731'))).toEqual([
      [['reviewEvery'], 'is over 730 days — review at least every two years'],
    ]);
  });

  it('accepts the review cycle limits of 7 and 730 days', () => {
    expect([
      accepted(withField('reviewEvery', 'reviewEvery: 7')).reviewEvery,
      accepted(withField('reviewEvery', 'reviewEvery: 730')).reviewEvery,
    ]).toEqual([7, 730]);
  });

  it('rejects a review cycle that is not a whole number of days', () => {
    expect(problems(withField('reviewEvery', 'reviewEvery: 7.5'))).toEqual([
      [['reviewEvery'], 'must be a whole number of days — write a number such as 90'],
    ]);
    expect(problems(withField('reviewEvery', 'reviewEvery: quarterly'))).toEqual([
      [['reviewEvery'], 'must be a whole number of days — write a number such as 90'],
    ]);
  });

  it('rejects a single caller phrase', () => {
    const frontmatter = VALID_FRONTMATTER.replace('  - they told me to cancel my old account\n', '');
    expect(problems(frontmatter)).toEqual([
      [['customerSays'], 'needs at least 2 phrases — write down what callers actually say when they need this playbook'],
    ]);
  });

  it('rejects more than 15 caller phrases', () => {
    const phrases = Array.from({ length: 16 }, (_, i) => `  - my line broke ${i}`).join('\n');
    expect(problems(VALID_FRONTMATTER.replace(CUSTOMER_SAYS, `customerSays:\n${phrases}`))).toEqual([
      [['customerSays'], 'has more than 15 phrases — keep the 15 most common'],
    ]);
  });

  it('rejects a caller phrase too short to search for', () => {
    expect(problems(VALID_FRONTMATTER.replace('  - they told me to cancel my old account', '  - help'))).toEqual([
      [['customerSays', 1], 'is 4 characters, under the minimum of 6 — write at least 6 characters (a phrase a caller really says)'],
    ]);
  });

  it('rejects more than 8 related playbooks', () => {
    expect(problems(withField('related', 'related: [a, b, c, d, e, f, g, h, i]'))).toEqual([
      [['related'], 'lists more than 8 related playbooks — keep the closest 8'],
    ]);
  });

  it('rejects a related entry that is not an id', () => {
    expect(problems(withField('related', 'related: [Escalation Guidelines]'))).toEqual([
      [
        ['related', 0],
        '"Escalation Guidelines" is not a valid id — use the file name of an entry in content/playbooks/ (lowercase words joined by hyphens)',
      ],
    ]);
  });

  it('rejects an escalation team that is not an id', () => {
    expect(problems(withField('escalateTo', 'escalateTo: Duty Supervisors'))).toEqual([
      [
        ['escalateTo'],
        '"Duty Supervisors" is not a valid id — use the file name of an entry in content/teams/ (lowercase words joined by hyphens)',
      ],
    ]);
  });

  it('rejects an unknown field, naming it', () => {
    const result = validate(`${VALID_FRONTMATTER}\nowners: porting-desk`);
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.code === 'unrecognized_keys' ? issue.keys : []]),
    ).toEqual([['unrecognized_keys', ['owners']]]);
  });

  it('reports a missing required field as a wrong type with no input, so the check can say it is missing', () => {
    const result = validate(withField('firstMove', undefined));
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.code, issue.input])).toEqual([
      [['firstMove'], 'invalid_type', undefined],
    ]);
  });

  it('requires the verification level, one of none, account or high-risk', () => {
    expect(problems(withField('verification', undefined))).toEqual([
      [
        ['verification'],
        'is missing — add verification: none (the call never reads or changes an account), account (standard check) or high-risk (strong check: SIM, number transfer, contact details)',
      ],
    ]);
    expect(problems(withField('verification', 'verification: strong'))[0]?.[1]).toMatch(/^"strong" is not a verification level — use none/);
    expect(accepted(withField('verification', 'verification: high-risk')).verification).toBe('high-risk');
  });

  it('accepts sources with a title, an https address, what they support and an optional region', () => {
    const sources = `sources:
  - title: Switching mobile provider, Ofcom
    url: https://www.ofcom.org.uk/phones-and-broadband/switching-provider/switching-mobile
    supports: A PAC is valid for 30 days.
    region: uk`;
    expect(accepted(withField('sources', sources)).sources).toEqual([
      {
        title: 'Switching mobile provider, Ofcom',
        url: 'https://www.ofcom.org.uk/phones-and-broadband/switching-provider/switching-mobile',
        supports: 'A PAC is valid for 30 days.',
        region: 'uk',
      },
    ]);
  });

  it('rejects a source that is not https, lacks what it supports, or has a field of its own', () => {
    const sources = `sources:
  - title: Switching mobile provider
    url: http://ofcom.org.uk/switching
    checked: 2026-11-01`;
    expect(problems(withField('sources', sources))).toEqual([
      [['sources', 0, 'url'], 'is not a full https address — copy the address of the official page, starting https://'],
      [['sources', 0, 'supports'], 'must be text — write the fact on the page this source backs up'],
      [['sources', 0], 'Unrecognized key: "checked"'],
    ]);
  });
});

describe('playbookSchema: contact reasons and written first words', () => {
  it('leaves contactReasons, firstWordsChat and firstWordsEmail out when a playbook does not give them', () => {
    const data = accepted(VALID_FRONTMATTER);
    expect([data.contactReasons, data.firstWordsChat, data.firstWordsEmail]).toEqual([undefined, undefined, undefined]);
  });

  it('accepts contact reasons and the first words for chat and email', () => {
    const data = accepted(
      `${VALID_FRONTMATTER}\ncontactReasons: [number-port-rejected, port-out-failed]\nfirstWordsChat: Thanks for your message. I can see what happened.\nfirstWordsEmail: Thank you for writing to us about your number transfer.`,
    );
    expect([data.contactReasons, data.firstWordsChat, data.firstWordsEmail]).toEqual([
      ['number-port-rejected', 'port-out-failed'],
      'Thanks for your message. I can see what happened.',
      'Thank you for writing to us about your number transfer.',
    ]);
  });

  it('refuses a reason that is not lowercase words joined by hyphens, quoting it', () => {
    expect(problems(`${VALID_FRONTMATTER}\ncontactReasons: [number-port-rejected, Fee Dispute, fee--dispute]`)).toMatchInlineSnapshot(`
      [
        [
          [
            "contactReasons",
            1,
          ],
          "reason "Fee Dispute" is not a valid contact reason — use lowercase letters and digits joined by single hyphens, such as number-port-rejected",
        ],
        [
          [
            "contactReasons",
            2,
          ],
          "reason "fee--dispute" is not a valid contact reason — use lowercase letters and digits joined by single hyphens, such as number-port-rejected",
        ],
      ]
    `);
  });

  it('refuses a reason listed twice, an empty list and a single word in place of a list', () => {
    expect([
      ...problems(`${VALID_FRONTMATTER}\ncontactReasons: [fee-dispute, fee-dispute]`),
      ...problems(`${VALID_FRONTMATTER}\ncontactReasons: []`),
      ...problems(`${VALID_FRONTMATTER}\ncontactReasons: fee-dispute`),
    ]).toMatchInlineSnapshot(`
      [
        [
          [
            "contactReasons",
          ],
          "lists a reason twice — keep each reason once",
        ],
        [
          [
            "contactReasons",
          ],
          "is empty — add at least one reason, or leave contactReasons out",
        ],
        [
          [
            "contactReasons",
          ],
          "must be a list — write it as [number-port-rejected, port-out-failed]",
        ],
      ]
    `);
  });

  it('refuses more than 10 reasons and a reason over 60 characters', () => {
    const many = Array.from({ length: 11 }, (_, i) => `reason-${i}`).join(', ');
    expect([
      ...problems(`${VALID_FRONTMATTER}\ncontactReasons: [${many}]`),
      ...problems(`${VALID_FRONTMATTER}\ncontactReasons: [${'a'.repeat(61)}]`),
    ]).toMatchInlineSnapshot(`
      [
        [
          [
            "contactReasons",
          ],
          "has more than 10 reasons — keep the 10 a CRM actually files cases under",
        ],
        [
          [
            "contactReasons",
            0,
          ],
          "reason "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" is over 60 characters — shorten it to the words a CRM case reason uses",
        ],
      ]
    `);
  });

  it('refuses chat first words that are too short to say anything', () => {
    expect(problems(`${VALID_FRONTMATTER}\nfirstWordsChat: Hi there`)).toMatchInlineSnapshot(`
      [
        [
          [
            "firstWordsChat",
          ],
          "is 8 characters, under the minimum of 10 — write at least 10 characters (the first message to send by chat, word for word)",
        ],
      ]
    `);
  });
});
