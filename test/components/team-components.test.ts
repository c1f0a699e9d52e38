import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Branch from '../../src/components/content/Branch.astro';
import Escalate from '../../src/components/content/Escalate.astro';
import Limit from '../../src/components/content/Limit.astro';
import Sla from '../../src/components/content/Sla.astro';
import Value from '../../src/components/content/Value.astro';

vi.mock('astro:content', () => import('../helpers/astro-content-mock.ts'));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('components rendered from team data', () => {
  it('renders the escalation box with the team name, reach, hours, SLA and limits by role', async () => {
    const html = await container.renderToString(Escalate, {
      props: { team: 'customer-care' },
      slots: { default: '<ul><li>The fee is over your limit</li></ul>' },
    });
    expect(html).toContain('Escalate to Customer Care when');
    expect(html).toContain(
      '<dt>How to reach them</dt><dd>Warm transfer to the Customer Care queue (extension 2000) or message the queue in the case tool</dd>',
    );
    expect(html).toContain('<dt>Callback promise</dt><dd>Within 4 business hours</dd>');
    expect(html).toContain('agent: up to $50 · senior: up to $150 · supervisor: up to $400');
    expect(html).toContain('<li>The fee is over your limit</li>');
  });

  it('renders an authority limit from the team data, never a hand-typed number', async () => {
    const html = await container.renderToString(Limit, { props: { team: 'customer-care', authority: 'fee-waiver', role: 'senior' } });
    expect(html).toMatch(/<strong class="limit"[^>]*>\$150<\/strong>/);
  });

  it('refuses to render a limit the team data does not define', async () => {
    await expect(
      container.renderToString(Limit, { props: { team: 'customer-care', authority: 'fee-waiver', role: 'new-hire' } }),
    ).rejects.toThrow('No new-hire limit "fee-waiver" in content/teams/customer-care.yaml');
  });

  it('renders a callback SLA in words', async () => {
    expect(await container.renderToString(Sla, { props: { team: 'technical-support' } })).toContain(
      '<strong class="sla">8 hours, around the clock</strong>',
    );
  });

  it('ends an escalating branch with the team name', async () => {
    const html = await container.renderToString(Branch, {
      props: { when: 'They refuse', escalate: 'porting-desk' },
      slots: { default: 'Hand over.' },
    });
    expect(html).toContain('If <strong>They refuse</strong>');
    expect(html).toContain('Escalate to Number Porting Desk');
  });

  it('ends a goto branch with a link to the step', async () => {
    const html = await container.renderToString(Branch, { props: { when: 'Yes', goto: 'step-resubmit' }, slots: { default: 'Resubmit.' } });
    expect(html).toContain('<a href="#step-resubmit">Go to step: resubmit</a>');
  });
});

describe('<Value> rendered from content/values.yaml', () => {
  it('renders a threshold as the words agents say, never a hand-typed number', async () => {
    expect(await container.renderToString(Value, { props: { of: 'repeat-contact' } })).toMatch(
      /<strong class="value" title="A contact about the same unresolved request counts as a repeat from this one on">third contact<\/strong>/,
    );
  });

  it('names the region and the regulation when the value is pointed at', async () => {
    expect(await container.renderToString(Value, { props: { of: 'uk-pac-validity' } })).toContain(
      'title="UK: How long a PAC stays valid (Ofcom General Condition C7)">30 days</strong>',
    );
  });

  it('refuses to render a value the data does not have', async () => {
    await expect(container.renderToString(Value, { props: { of: 'repeat-contacts' } })).rejects.toThrow(
      'No value "repeat-contacts" in content/values.yaml',
    );
  });
});
