import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import IdentityChecks from '../../src/components/content/IdentityChecks.astro';
import Region from '../../src/components/content/Region.astro';
import SafetyRoute from '../../src/components/content/SafetyRoute.astro';
import Verify from '../../src/components/content/Verify.astro';
import Sources from '../../src/components/site/Sources.astro';

vi.mock('astro:content', () => import('../helpers/astro-content-mock.ts'));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The text a reader sees, tags dropped and spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('<Verify />', () => {
  it("shows the strong check of a high-risk playbook from the data: the standard check's items first, then the one-time code", async () => {
    const html = await container.renderToString(Verify, { params: { id: 'porting-troubleshooting' } });
    expect(html).toContain('aria-label="Verify first: Strong check"');
    expect(text(html)).toContain(
      "Verify first: strong check Before you read, quote or change anything on the account, the caller gives: The account passcode or security answer The account holder's full name and billing address A one-time code sent by the account tool",
    );
    expect(html).toContain('<summary>Fraud signs: make no change if you hear one</summary>');
    expect(text(html)).toContain('After the change, send the change notice from the account tool');
    expect(html).toContain('href="/playbooks/identity-verification/"');
    expect(html).toContain('data-pagefind-ignore');
  });

  it('shows only the standard check on an account playbook, with no fraud signs or locks', async () => {
    const html = await container.renderToString(Verify, { params: { id: 'fee-waiver-judgment' } });
    expect(text(html)).toContain('Verify first: standard check');
    expect(html).not.toContain('one-time code');
    expect(html).not.toContain('<details');
  });

  it('refuses to render outside a playbook page or on a playbook that needs no check', async () => {
    await expect(container.renderToString(Verify)).rejects.toThrow('<Verify /> renders only on a playbook page');
    await expect(container.renderToString(Verify, { params: { id: 'setting-expectations-when-uncertain' } })).rejects.toThrow(
      'whose verification is none',
    );
  });
});

describe('<IdentityChecks />', () => {
  it('shows which check each request needs, and what each check asks for', async () => {
    const html = await container.renderToString(IdentityChecks, { props: { show: 'checks' } });
    expect(text(html)).toContain('Change or activate a SIM or eSIM, or move a line to a new phone Strong check');
    expect(text(html)).toContain('Strong check: the standard check, and the caller gives A one-time code');
    expect(text(html)).toContain('A SIM lock or port lock stays on');
  });

  it('shows the fraud signs and the notice after a change', async () => {
    expect(text(await container.renderToString(IdentityChecks, { props: { show: 'fraud-signs' } }))).toContain(
      'A SIM change and a transfer PIN or PAC asked for together',
    );
    expect(text(await container.renderToString(IdentityChecks, { props: { show: 'notice' } }))).toBe(
      'After the change, send the change notice from the account tool to the number and email held before the change.',
    );
  });
});

describe('<SafetyRoute />', () => {
  it("routes a threat to the team answered live around the clock, with each region's emergency number and its source", async () => {
    const html = await container.renderToString(SafetyRoute, { props: { case: 'threat' } });
    expect(text(html)).toContain('Safety: a threat to harm someone. Act now, at any hour. Tell Duty Supervisors at once.');
    expect(html).toContain('<a href="https://www.fcc.gov/general/9-1-1-and-e9-1-1-services">911</a>');
    expect(html).toContain('999</a>');
    expect(html).not.toContain('Crisis line');
  });

  it("gives each region's crisis line for a caller who may harm themselves", async () => {
    const html = await container.renderToString(SafetyRoute, { props: { case: 'self-harm' } });
    expect(html).toContain(
      'Crisis line: <a href="https://988lifeline.org/">988 Suicide &amp; Crisis Lifeline</a>, call or text 988, free, any hour.',
    );
    expect(html).toContain('<a href="https://www.samaritans.org/how-we-can-help/contact-samaritan/">Samaritans</a>, call 116 123');
  });

  it('without a case, names every kind of case and gives the crisis lines too', async () => {
    const html = await container.renderToString(SafetyRoute);
    expect(text(html)).toContain(
      'Tell Duty Supervisors at once (a threat to harm someone; a caller who may harm themselves; a product that may be dangerous).',
    );
    expect(html).toContain('Crisis line:');
  });
});

describe('<Region /> and the sources at the foot of the page', () => {
  it('marks a fact with its region, linked to the sources', async () => {
    expect(await container.renderToString(Region, { props: { code: 'uk' } })).toContain(
      '<a class="region" href="#sources" title="United Kingdom only: see the sources at the foot of the page">UK</a>',
    );
  });

  it('lists each source with its region, link and what it supports, and nothing when there are none', async () => {
    const html = await container.renderToString(Sources, {
      props: {
        sources: [
          {
            title: 'Switching mobile provider, Ofcom',
            url: 'https://www.ofcom.org.uk/',
            supports: 'A PAC is valid for 30 days.',
            region: 'uk',
          },
          { title: 'Everywhere', url: 'https://example.org/', supports: 'A fact that holds everywhere.' },
        ],
      },
    });
    expect(html).toContain('<h2 id="sources">Sources</h2>');
    expect(text(html)).toContain('UK Switching mobile provider, Ofcom : A PAC is valid for 30 days.');
    expect(text(html)).toContain('Everywhere : A fact that holds everywhere.');
    expect(await container.renderToString(Sources, { props: { sources: [] } })).not.toContain('Sources');
  });
});
