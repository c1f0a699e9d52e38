// One small library per rule id, each breaking exactly that rule once: test/check/rules.test.ts
// runs the whole check on each and expects that rule, and only it, to be reported.
import type { ListedEntry } from '../../src/check/listing.ts';
import type { ContentFiles, SourceFile } from '../../src/check/source.ts';
import { contentWith, playbook, VALID_BODY, VALID_FRONTMATTER, withField } from '../helpers/content.ts';
import { MODULE as VALID_MODULE } from '../helpers/module-yaml.ts';

/** VALID_BODY with one piece replaced; fails loudly if the piece is not there. */
function bodyWith(from: string, to: string): string {
  if (!VALID_BODY.includes(from)) throw new Error(`VALID_BODY has no ${from}`);
  return VALID_BODY.replace(from, to);
}

/** The valid playbook with another body. */
function withBodyText(body: string): ContentFiles {
  return contentWith(playbook('restoring-a-cancelled-line', VALID_FRONTMATTER, body));
}

/** The valid playbook with one piece of its body replaced. */
function withBody(from: string, to: string): ContentFiles {
  return withBodyText(bodyWith(from, to));
}

/** The shared valid module, reading this library's one playbook. */
const MODULE = VALID_MODULE.replace('playbook: porting-troubleshooting', 'playbook: restoring-a-cancelled-line');

/** MODULE with these questions, each written as [question, right answer's place, choices]. */
function withQuestions(...questions: [string, number, string[]][]): string {
  const checks = questions.map(([question, at, choices]) => {
    const lines = choices.map((text, place) =>
      place === at ? `      - ${text}` : `      - text: ${text}\n        why: Believable, but the playbook rules it out.`,
    );
    return `  - question: ${question}\n    choices:\n${lines.join('\n')}\n    answer: ${choices[at] ?? ''}\n    explanation: The playbook says so in its first step.`;
  });
  return `${MODULE.slice(0, MODULE.indexOf('checks:'))}checks:\n${checks.join('\n')}\n`;
}

function moduleText(from: string, to: string): string {
  if (!MODULE.includes(from)) throw new Error(`MODULE has no ${from}`);
  return MODULE.replace(from, to);
}

function module(id: string, source = MODULE): SourceFile {
  return { path: `content/modules/${id}.yaml`, source };
}

function withPrerequisites(id: string, prerequisites: string[]): SourceFile {
  return module(id, MODULE.replace('prerequisites: []', `prerequisites: [${prerequisites.join(', ')}]`));
}

function path(id: string, modules: string[]): SourceFile {
  return {
    path: `content/paths/${id}.yaml`,
    source: `title: Week one\nsummary: The first week of training, in order.\naudience: [new-hire]\nmodules: [${modules.join(', ')}]\n`,
  };
}

/** The valid playbook plus training modules and paths. */
function training(modules: SourceFile[], paths: SourceFile[] = []): ContentFiles {
  return { ...contentWith(playbook('restoring-a-cancelled-line')), modules, paths };
}

/** A region for the source and region rules: the UK, with Ofcom as its regulator. */
const UK: SourceFile = {
  path: 'content/regions/uk.yaml',
  source: `name: United Kingdom
label: UK
regulators: [Ofcom]
emergency: { number: '999', source: { title: When to call 999, url: 'https://www.nhs.uk/' } }
crisisLine: { name: Samaritans, reach: 'call 116 123, any hour', source: { title: Samaritans, url: 'https://www.samaritans.org/' } }
`,
};

/** The valid playbook, with the UK region, and one piece of its body replaced. */
function inTheUk(from: string, to: string, frontmatter = VALID_FRONTMATTER): ContentFiles {
  return { ...contentWith(playbook('restoring-a-cancelled-line', frontmatter, bodyWith(from, to))), regions: [UK] };
}

const CHECKS = `- id: account
  check: Standard check
  requests: [Ask about a bill]
  method: [The account passcode]
- id: high-risk
  check: Strong check
  requests: [Change a SIM]
  method: [A one-time code to a number already on the account]
`;

/** The identity-verification playbook that <Verify /> links to. */
const REFERENCE = playbook(
  'identity-verification',
  withField('title', 'title: Identity verification').replace('verification: none', 'verification: high-risk'),
);

/**
 * The valid playbook with a verification level and <Verify /> opening its first step (or `verify`
 * in place of it), with the check data and the identity-verification playbook unless left out.
 */
function verified(level: string, verify = '<Verify />\n', { checks = CHECKS, reference = true } = {}): ContentFiles {
  const frontmatter = withField('verification', `verification: ${level}`);
  const body = bodyWith('<Step title="Read the rejection">\n', `<Step title="Read the rejection">\n${verify}`);
  const files = contentWith(playbook('restoring-a-cancelled-line', frontmatter, body), ...(reference ? [REFERENCE] : []));
  return { ...files, verification: { path: 'content/verification.yaml', source: checks } };
}

const DECISION = VALID_BODY.slice(VALID_BODY.indexOf('<Decision'), VALID_BODY.indexOf('</Decision>') + '</Decision>'.length);

/** A playbook whose text cannot be had: stands for any file the check fails on. */
const UNREADABLE: SourceFile = {
  path: 'content/playbooks/a.mdx',
  get source(): string {
    throw new Error('the text cannot be read');
  },
};

/** The valid library plus entries of content/ or public/ as the listing shows them. */
function withListing(...entries: Partial<ListedEntry>[]): ContentFiles {
  const listing = entries.map((entry) => ({
    path: `${entry.area ?? 'content'}/${entry.inFolder ?? ''}`,
    inFolder: '',
    area: 'content' as const,
    kind: 'file' as const,
    size: 10,
    ...entry,
  }));
  return { ...contentWith(playbook('restoring-a-cancelled-line')), listing };
}

const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const RULE_EXAMPLES: Record<string, () => ContentFiles> = {
  'file/symlink': () => withListing({ inFolder: 'playbooks/loop', kind: 'symlink', target: '.' }),
  'file/type': () => withListing({ inFolder: 'playbooks/handoff.png', head: PNG_HEAD }, { inFolder: 'playbooks/diagram.mjs' }),
  'public/symlink': () => withListing({ area: 'public', inFolder: 'robots-extra.txt', kind: 'symlink', target: '/etc/passwd' }),
  'public/not-a-file': () => withListing({ area: 'public', inFolder: 'pipe.txt', kind: 'other' }),
  'public/type': () => withListing({ area: 'public', inFolder: 'login.html' }),
  'public/active-svg': () =>
    withListing({
      area: 'public',
      inFolder: 'favicon.svg',
      text: '<svg xmlns="http://www.w3.org/2000/svg"><svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script></svg>',
    }),
  'check/internal': () => contentWith(UNREADABLE),
  'yaml/syntax': () => contentWith(playbook('a', withField('title', 'title: "Restoring a cancelled line'))),
  'yaml/tag': () => contentWith(playbook('a', withField('firstMove', 'firstMove: !!js/function "function () {}"'))),
  'yaml/alias': () =>
    contentWith(
      playbook(
        'a',
        withField(
          'tags',
          `tags: &t [porting, ${Array.from({ length: 120 }, () => 'x').join(', ')}]\nlaughs: [${Array.from({ length: 120 }, () => '*t').join(', ')}]`,
        ),
      ),
    ),
  'yaml/date': () => contentWith(playbook('a', withField('lastReviewed', 'lastReviewed: 2026-02-30'))),
  'schema/frontmatter': () => contentWith({ path: 'content/playbooks/a.mdx', source: VALID_BODY }),
  'schema/<field>': () => contentWith(playbook('a', withField('title', undefined))),
  'schema/unknown-field': () => contentWith(playbook('a', `${VALID_FRONTMATTER}\nowners: porting-desk`)),
  'file/name': () => contentWith(playbook('Restoring_A_Line')),
  'duplicate/id': () =>
    contentWith(
      { ...playbook('a'), path: 'content/playbooks/porting/a.mdx' },
      { ...playbook('a', withField('title', 'title: Restoring a cancelled line again')), path: 'content/playbooks/billing/a.mdx' },
    ),
  'duplicate/title': () => contentWith(playbook('one'), playbook('two')),
  'ref/teams': () => contentWith(playbook('a', withField('owner', 'owner: poting-desk'))),
  'ref/categories': () => contentWith(playbook('a', withField('category', 'category: portting'))),
  'ref/playbooks': () => contentWith(playbook('a', withField('related', 'related: [escalation-guide]'))),
  'ref/modules': () => training([withPrerequisites('porting-basics', ['porting-basic'])]),
  'ref/team': () => withBody('<Escalate team="porting-desk">', '<Escalate team="porting">'),
  'ref/step': () => withBody('goto="step-read-the-rejection"', 'goto="step-read-the-rejections"'),
  'ref/role': () => withBody('Open the port request.', 'Limit: <Limit team="porting-desk" authority="port-fee-credit" role="trainee" />.'),
  'ref/authority': () => withBody('Open the port request.', 'Limit: <Limit team="porting-desk" authority="fee-waiver" role="agent" />.'),
  'ref/value': () => withBody('Open the port request.', 'Escalate on the <Value of="repeat-contact" />.'),
  'mdx/syntax': () => withBody('Open the port request.', 'Open the port {request.'),
  'mdx/esm': () => withBodyText(`import data from './data.json';\n${VALID_BODY}`),
  'mdx/expression': () => withBody('Open the port request.', 'Open the port request {1 + 1}.'),
  'mdx/attribute-expression': () => withBody('Open the port request.', 'Press <abbr title={name}>PAC</abbr>.'),
  'mdx/spread-attribute': () => withBody('<Say>', '<Say {...props}>'),
  'mdx/event-handler': () => withBody('Open the port request.', 'Press <kbd onClick="go()">Enter</kbd>.'),
  'mdx/unsafe-url': () => withBody('Open the port request.', 'Open [the port request](javascript:alert(1)).'),
  'mdx/depth': () => withBody('Open the port request.', `${'> '.repeat(40)}Open the port request.`),
  'text/hidden-character': () => withBody('I can see why it stopped.', 'I can see why it\u202e stopped.'),
  'file/size': () => withListing({ inFolder: 'playbooks/huge.mdx', size: 200_000 }),
  'mdx/image': () => withBody('Open the port request.', 'Open the port request.\n\n![How a warm handoff flows](./diagram.mjs)'),
  'mdx/forbidden-element': () =>
    withBody('Open the port request.', 'Open the port request.\n\n<iframe src="https://example.com/"></iframe>'),
  'mdx/raw-html': () => withBody('Open the port request.', 'Open the port request.\n\n<div>Request</div>'),
  'mdx/unknown-component': () => withBodyText(bodyWith('<Say>', '<Said>').replace('</Say>', '</Said>')),
  'mdx/fragment': () => withBody('Open the port request.', 'Open the <>port request</>.'),
  'component/block-form': () => withBody('Open the port request.', 'Open the port request and <Say>tell them</Say>.'),
  'component/missing-attribute': () => withBody('<Decision question="Did the old provider restore the line?">', '<Decision>'),
  'component/unknown-attribute': () => withBody('<Say>', '<Say tone="warm">'),
  'component/step-title': () => withBody('<Step title="Reactivate the line">', "<Step title='Reactivate the line'>"),
  'structure/steps': () => withBody('## Steps', '## What to do'),
  'structure/duplicate-step': () => withBody('<Step title="Reactivate the line">', '<Step title="Read the rejection!">'),
  'structure/decision': () => withBody(DECISION, ''),
  'decision/branches': () => withBody('<Branch when="No" escalate="porting-desk">\nHand over.\n</Branch>\n', ''),
  'structure/escalate': () => withBody('## Escalate when', '## When to escalate'),
  'structure/one-escalate': () =>
    withBody('## Escalate when', '## Escalate when\n\n<Escalate team="porting-desk">\n- The new provider asks again.\n</Escalate>\n'),
  'decision/dead-end': () => withBody('<Branch when="No" escalate="porting-desk">', '<Branch when="No">'),
  'decision/ambiguous-branch': () =>
    withBody('<Branch when="Yes" goto="step-read-the-rejection">', '<Branch when="Yes" goto="step-read-the-rejection" resolved>'),
  'decision/orphan-branch': () => withBody('<Say>\nI can see why it stopped.\n</Say>', '<Branch when="Maybe" resolved>\nCheck.\n</Branch>'),
  'data/typed-value': () => withBody('Open the port request.', 'Open the port request and book a callback within 24 hours.'),
  'promise/unbacked': () => withBody('I can see why it stopped.', "I can see why it stopped, and I'll have it fixed today."),
  'link/root-relative': () => withBody('Open the port request.', 'Open [the guide](/playbooks/restoring-a-cancelled-line/).'),
  'link/page': () => withBody('Open the port request.', 'Open [the guide](../escalation-guidelines/).'),
  'link/anchor': () => withBody('Open the port request.', 'Open [the next step](#step-reactivate-the-lines).'),
  'quiz/answer': () => training([module('porting-basics', MODULE.replace('answer: A port moves a live number', 'answer: a port'))]),
  'module/cycle': () => training([withPrerequisites('a', ['b']), withPrerequisites('b', ['a'])]),
  'path/order': () => training([module('hostile'), withPrerequisites('fees', ['hostile'])], [path('week-1', ['fees', 'hostile'])]),
  'quiz/few-choices': () =>
    training([module('m', withQuestions(['Why must the line stay live?', 0, ['A live number moves', 'A PIN expires']]))]),
  'quiz/answer-position': () =>
    training([
      module(
        'm',
        withQuestions(
          ['Why must the line stay live?', 1, ['A PIN expires', 'A live number moves', 'A fee is owed']],
          ['What do you read first?', 1, ['The last bill', 'The rejection code', 'The order time']],
          ['Who resubmits the port?', 1, ['The customer', 'The Porting Desk', 'The old provider']],
        ),
      ),
    ]),
  'quiz/answer-longest': () =>
    training([
      module(
        'm',
        withQuestions(
          ['Why must the line stay live?', 0, ['A port moves a number that is still live', 'A PIN expires', 'A fee is owed']],
          ['What do you read first?', 1, ['The last bill', 'The rejection code on the request', 'The order time']],
          ['Who resubmits the port?', 2, ['The customer', 'The old provider', 'The Porting Desk, once the line is live']],
        ),
      ),
    ]),
  'quiz/why': () => training([module('m', moduleText('\n        why: Fees are settled separately and never stop a number moving.', ''))]),
  'quiz/why-on-answer': () =>
    training([
      module(
        'm',
        moduleText(
          '      - A port moves a live number\n',
          '      - text: A port moves a live number\n        why: Nothing is left to move once the line is gone.\n',
        ),
      ),
    ]),
  'ref/regions': () =>
    inTheUk(
      'Open the port request.',
      'Open the port request.',
      `${VALID_FRONTMATTER}\nsources:\n  - title: Switching mobile provider, Ofcom\n    url: https://www.ofcom.org.uk/\n    supports: A PAC is valid for 30 days.\n    region: ukk`,
    ),
  'ref/region': () => inTheUk('Open the port request.', '<Region code="fr" /> Open the port request.'),
  'ref/safety': () => withBody('Open the port request.', 'Open the port request.\n\n<SafetyRoute case="fire" />'),
  'component/attribute-value': () => withBody('Open the port request.', 'Open the port request.\n\n<IdentityChecks show="all" />'),
  'verification/missing': () => verified('account', ''),
  'verification/position': () => verified('none'),
  'verification/before-check': () => withBody('Open the port request.', 'Open the account and read the history.'),
  'verification/levels': () => verified('account', '<Verify />\n', { checks: CHECKS.slice(0, CHECKS.indexOf('- id: high-risk')) }),
  'verification/reference': () => verified('account', '<Verify />\n', { reference: false }),
  'safety/route-missing': () => withBody('Open the port request.', 'If anyone is hurt, call emergency services first.'),
  'safety/not-immediate': () =>
    withBody('<Branch when="No" escalate="porting-desk">', '<SafetyRoute />\n\n<Branch when="The line is unsafe" escalate="porting-desk">'),
  'region/unmarked': () => inTheUk('Open the port request.', '**UK:** a PAC is valid for 30 days.'),
  'sources/region': () => inTheUk('Open the port request.', '<Region code="uk" /> A PAC is valid for 30 days.'),
  'sources/regulator': () => inTheUk('Open the port request.', 'A PAC is valid for 30 days, says Ofcom.'),
  'channel/placement': () =>
    withBody('<Say>\nI can see why it stopped.\n</Say>', '<Say channel="chat">\nI can see why it stopped.\n</Say>'),
  'channel/register': () =>
    withBody(
      'I can see why it stopped.\n</Say>',
      'I can see why it stopped.\n\n<Say channel="chat">\nI can hear why it stopped.\n</Say>\n</Say>',
    ),
  'contact/duplicate-reason': () =>
    contentWith(
      playbook('one', `${VALID_FRONTMATTER}\ncontactReasons: [number-port-rejected]`),
      playbook('two', `${withField('title', 'title: Restoring a cancelled line again')}\ncontactReasons: [number-port-rejected]`),
    ),
  'content/todo': () => contentWith(playbook('a', withField('firstMove', 'firstMove: TODO write the first thing to do'))),
  'review/overdue': () => contentWith(playbook('a', withField('lastReviewed', 'lastReviewed: 2026-01-05'))),
};
