import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkPlaybookFile } from '../../../src/check/check-playbook.ts';
import { NO_SHARED_DATA } from '../../../src/check/rule.ts';
import { sources } from '../../../src/check/rules/sources.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { regionSchema, type Region } from '../../../src/schemas/region.ts';
import { playbook, VALID_FRONTMATTER } from '../../helpers/content.ts';

const UK = `name: United Kingdom
label: UK
regulators: [Ofcom]
emergency: { number: '999', source: { title: When to call 999, url: 'https://www.nhs.uk/' } }
crisisLine: { name: Samaritans, reach: 'call 116 123, any hour', source: { title: Samaritans, url: 'https://www.samaritans.org/' } }
`;
const US = UK.replace('United Kingdom', 'United States').replace('label: UK', 'label: US').replace('[Ofcom]', '[FCC]');
const regions = new Map<string, Region>([
  ['uk', regionSchema().parse(parse(UK))],
  ['us', regionSchema().parse(parse(US))],
]);
const shared = { ...NO_SHARED_DATA, regions, safetyCases: new Set(['threat', 'self-harm']) };

/** A source for the UK in the frontmatter, on lines 19–23 of the file. */
const OFCOM = `sources:
  - title: Switching mobile provider, Ofcom
    url: https://www.ofcom.org.uk/phones-and-broadband/switching-provider/switching-mobile
    supports: A PAC is valid for 30 days.
    region: uk`;

/**
 * What these rules report about a playbook with this body (and these extra frontmatter lines).
 * Lines in the body are counted from its first line; lines in the frontmatter are the file's.
 */
function check(body: string, extra = '', ids: readonly string[] = sources.rules.map((rule) => rule.id)) {
  const frontmatter = extra ? `${VALID_FRONTMATTER}\n${extra}` : VALID_FRONTMATTER;
  const bodyStart = frontmatter.split('\n').length + 3;
  return checkPlaybookFile(playbook('a', frontmatter, body), shared, playbookSchema())
    .diagnostics.filter((d) => ids.includes(d.rule))
    .map((d) => [d.rule, d.line >= bodyStart ? d.line - bodyStart + 1 : d.line, d.message, d.fix]);
}

/** How porting troubleshooting marked its rules before regions were data. */
const HAND_LABELLED = `## Realistic timelines

- **US:** a simple mobile port often completes within one business day.
- **UK mobile:** the switch completes within one working day of a valid PAC.
`;

describe('the source and region rules', () => {
  it('accept a UK fact marked with its region and backed by a UK source', () => {
    expect(check('- <Region code="uk" /> A PAC is valid for 30 days.\n', OFCOM)).toEqual([]);
  });

  it('ask for <Region /> in place of a bold region label, and in a section named after a region', () => {
    expect(check(HAND_LABELLED)).toEqual([
      [
        'region/unmarked',
        3,
        '"US:" labels a fact for one region by hand',
        'write <Region code="us" /> in place of the bold label: it marks the fact as US-only and links it to the page\'s sources',
      ],
      [
        'region/unmarked',
        4,
        '"UK mobile:" labels a fact for one region by hand',
        'write <Region code="uk" /> in place of the bold label: it marks the fact as UK-only and links it to the page\'s sources',
      ],
    ]);
    expect(check('## Rejection reasons: UK mobile numbers\n\n| Reason | Fix |\n|---|---|\n| PAC expired | Ask for a new one |\n')).toEqual([
      [
        'region/unmarked',
        1,
        'the section "Rejection reasons: UK mobile numbers" is about one region but has no <Region code="uk" /> marker',
        'open the section with a sentence that starts <Region code="uk" />, so its facts are tied to the page\'s UK sources',
      ],
    ]);
  });

  it('leave bold text that is not a region label alone', () => {
    expect(check('- **Standard:** the passcode.\n- **USB cable:** not covered.\n')).toEqual([]);
  });

  it('ask for a source for each marked region, and a marker for each regional source', () => {
    expect(check('<Region code="uk" /> A PAC is valid for 30 days.\n')).toEqual([
      [
        'sources/region',
        1,
        '<Region code="uk" /> marks a fact for the UK, but no source in `sources` is for the UK',
        'add the official page that states it to sources (title, url, supports) with region: uk',
      ],
    ]);
    expect(check('A PAC is valid for 30 days.\n', OFCOM)).toEqual([
      [
        'sources/region',
        20,
        'source "Switching mobile provider, Ofcom" is for the UK, but no fact on the page is marked <Region code="uk" />',
        'mark the fact it backs with <Region code="uk" />, or remove region: uk if the fact holds everywhere',
      ],
    ]);
  });

  it('ask for a source when the text cites a regulator (the old policy-changes page cited Ofcom with no source)', () => {
    expect(check('They can leave penalty-free within it (Ofcom General Condition C1).\n')).toEqual([
      [
        'sources/regulator',
        1,
        'the text cites Ofcom, whose rules hold in the UK, but no source in `sources` is for the UK',
        'add the Ofcom page the fact relies on to sources (title, url, supports) with region: uk',
      ],
    ]);
  });
});

describe('references to regions, safety cases and listed values', () => {
  const ids = ['ref/regions', 'ref/region', 'ref/safety', 'component/attribute-value'];

  it('accept known regions, safety cases and listed values', () => {
    const body = '<Region code="uk" /> Text.\n\n<SafetyRoute case="threat" />\n\n<IdentityChecks show="fraud-signs" />\n';
    expect(check(body, OFCOM, ids)).toEqual([]);
  });

  it('name the values a source region, a region marker, a safety case or a listed attribute takes', () => {
    const body = '<Region code="fr" /> Text.\n\n<SafetyRoute case="fire" />\n\n<IdentityChecks show="everything" />\n';
    expect(check(body, OFCOM.replace('region: uk', 'region: ukk'), ids)).toEqual([
      ['ref/regions', 23, '`sources[0].region` names "ukk", but there is no content/regions/ukk.yaml', 'did you mean "uk"?'],
      ['ref/region', 1, '<Region code="fr"> names a region that has no file in content/regions/', 'use one of: uk, us'],
      [
        'ref/safety',
        3,
        '<SafetyRoute case="fire"> names a safety case that content/safety.yaml does not have',
        'use one of: threat, self-harm',
      ],
      [
        'component/attribute-value',
        5,
        '<IdentityChecks show="everything"> is not one of the values show takes',
        'use one of: checks, fraud-signs, notice',
      ],
    ]);
  });
});
