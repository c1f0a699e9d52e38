import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sourcesFindings } from '../../../src/check/rules/sources.ts';
import { attributeValueFindings } from '../../../src/check/rules/attribute-values.ts';
import { regionSchema, type Region } from '../../../src/schemas/region.ts';
import type { PlaybookSource } from '../../../src/schemas/sources.ts';
import { tree } from '../../helpers/mdx.ts';

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

const OFCOM: PlaybookSource = {
  title: 'Switching mobile provider, Ofcom',
  url: 'https://www.ofcom.org.uk/phones-and-broadband/switching-provider/switching-mobile',
  supports: 'A PAC is valid for 30 days.',
  region: 'uk',
};

/** Where each source stands in the frontmatter, as the check's locator would say. */
const locate = (path: (string | number)[]) => ({ line: 20 + Number(path[1] ?? 0), column: path.length > 2 ? 13 : 5 });

function check(body: string, sources: PlaybookSource[] = []) {
  return sourcesFindings(tree(body), { sources, locate, regions }).map((f) => [f.rule, f.position.line, f.message, f.fix]);
}

/** How porting troubleshooting marked its rules before regions were data. */
const HAND_LABELLED = `## Realistic timelines

- **US:** a simple mobile port often completes within one business day.
- **UK mobile:** the switch completes within one working day of a valid PAC.
`;

describe('sourcesFindings', () => {
  it('accepts a UK fact marked with its region and backed by a UK source', () => {
    expect(check('- <Region code="uk" /> A PAC is valid for 30 days.\n', [OFCOM])).toEqual([]);
  });

  it('asks for <Region /> in place of a bold region label, and in a section named after a region', () => {
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

  it('leaves bold text that is not a region label alone', () => {
    expect(check('- **Standard:** the passcode.\n- **USB cable:** not covered.\n')).toEqual([]);
  });

  it('asks for a source for each marked region, and a marker for each regional source', () => {
    expect(check('<Region code="uk" /> A PAC is valid for 30 days.\n')).toEqual([
      [
        'sources/region',
        1,
        '<Region code="uk" /> marks a fact for the UK, but no source in `sources` is for the UK',
        'add the official page that states it to sources (title, url, supports) with region: uk',
      ],
    ]);
    expect(check('A PAC is valid for 30 days.\n', [OFCOM])).toEqual([
      [
        'sources/region',
        20,
        'source "Switching mobile provider, Ofcom" is for the UK, but no fact on the page is marked <Region code="uk" />',
        'mark the fact it backs with <Region code="uk" />, or remove region: uk if the fact holds everywhere',
      ],
    ]);
  });

  it('asks for a source when the text cites a regulator (the old policy-changes page cited Ofcom with no source)', () => {
    expect(check('They can leave penalty-free within it (Ofcom General Condition C1).\n')).toEqual([
      [
        'sources/regulator',
        1,
        'the text cites Ofcom, whose rules hold in the UK, but no source in `sources` is for the UK',
        'add the Ofcom page the fact relies on to sources (title, url, supports) with region: uk',
      ],
    ]);
  });

  it('rejects a source region that has no file, suggesting the closest', () => {
    expect(check('Text.\n', [{ ...OFCOM, region: 'ukk' }])).toEqual([
      ['ref/regions', 20, '`sources[0].region` names "ukk", but there is no content/regions/ukk.yaml', 'did you mean "uk"?'],
    ]);
  });
});

describe('attributeValueFindings', () => {
  const known = { regions: new Set(regions.keys()), safetyCases: new Set(['threat', 'self-harm']) };
  const rules = (body: string) => attributeValueFindings(tree(body), known).map((f) => [f.rule, f.message, f.fix]);

  it('accepts known regions, safety cases and listed values', () => {
    expect(rules('<Region code="uk" /> Text.\n\n<SafetyRoute case="threat" />\n\n<IdentityChecks show="fraud-signs" />\n')).toEqual([]);
  });

  it('names the values a region, a safety case or a listed attribute takes', () => {
    expect(rules('<Region code="fr" /> Text.\n\n<SafetyRoute case="fire" />\n\n<IdentityChecks show="everything" />\n')).toEqual([
      ['ref/region', '<Region code="fr"> names a region that has no file in content/regions/', 'use one of: uk, us'],
      [
        'ref/safety',
        '<SafetyRoute case="fire"> names a safety case that content/safety.yaml does not have',
        'use one of: threat, self-harm',
      ],
      [
        'component/attribute-value',
        '<IdentityChecks show="everything"> is not one of the values show takes',
        'use one of: checks, fraud-signs, notice',
      ],
    ]);
  });
});
