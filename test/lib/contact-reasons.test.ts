import { describe, expect, it } from 'vitest';
import { contactReasonLinks, contactReasonManifest, goSearchWords } from '../../src/lib/contact-reasons.ts';

const playbook = (id: string, contactReasons?: string[], confidence: 'validated' | 'archived' = 'validated') => ({
  id,
  data: { title: `Title of ${id}`, confidence, contactReasons },
});

describe('contactReasonLinks', () => {
  it('gives each reason the playbook that claims it, sorted by reason', () => {
    expect(
      contactReasonLinks([playbook('porting', ['port-rejected', 'number-transfer']), playbook('fees', ['fee-dispute']), playbook('notes')]),
    ).toEqual([
      { reason: 'fee-dispute', playbook: 'fees', title: 'Title of fees', path: 'playbooks/fees/' },
      { reason: 'number-transfer', playbook: 'porting', title: 'Title of porting', path: 'playbooks/porting/' },
      { reason: 'port-rejected', playbook: 'porting', title: 'Title of porting', path: 'playbooks/porting/' },
    ]);
  });

  it('keeps an archived playbook’s reasons, so a CRM’s old links still open it', () => {
    expect(contactReasonLinks([playbook('old', ['legacy-plan'], 'archived')]).map((link) => link.playbook)).toEqual(['old']);
  });

  it('gives a reason claimed twice to the first playbook by id, whatever the order it was read in', () => {
    const a = playbook('a-first', ['fee-dispute']);
    const b = playbook('b-second', ['fee-dispute']);
    expect(contactReasonLinks([b, a])).toEqual(contactReasonLinks([a, b]));
    expect(contactReasonLinks([b, a])[0]?.playbook).toBe('a-first');
  });
});

describe('contactReasonManifest', () => {
  it('lists absolute addresses under the site’s base', () => {
    const links = contactReasonLinks([playbook('fees', ['fee-dispute'])]);
    expect(contactReasonManifest(links, new URL('https://help.example.org/frontline/')).reasons).toEqual([
      {
        reason: 'fee-dispute',
        url: 'https://help.example.org/frontline/go/fee-dispute/',
        playbook: 'fees',
        title: 'Title of fees',
        playbookUrl: 'https://help.example.org/frontline/playbooks/fees/',
      },
    ]);
  });
});

describe('goSearchWords', () => {
  it('turns an unclaimed reason into the words to search for', () => {
    expect(goSearchWords('/go/sim-not-working/', '/')).toBe('sim not working');
    expect(goSearchWords('/frontline/go/Roaming_Charges/', '/frontline/')).toBe('roaming charges');
    expect(goSearchWords('/go/r%C3%A9siliation/', '/')).toBe('résiliation');
  });

  it('keeps only letters, digits and spaces, at most 80 characters', () => {
    expect(goSearchWords('/go/"><script>alert(1)<%2Fscript>/', '/')).toBe('script alert 1 script');
    expect(goSearchWords('/go/%E0%A4%A/x', '/')).toBe('e0 a4 a x');
    expect(goSearchWords(`/go/${'word-'.repeat(40)}/`, '/')?.length).toBeLessThanOrEqual(80);
  });

  it('says nothing for addresses outside /go/, or /go/ itself', () => {
    expect(goSearchWords('/playbooks/x/', '/')).toBeUndefined();
    expect(goSearchWords('/going/x/', '/')).toBeUndefined();
    expect(goSearchWords('/go/', '/')).toBeUndefined();
    expect(goSearchWords('/go/x/', '/frontline/')).toBeUndefined();
  });
});
