import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { knownValues, knownValuesOnce } from '../../src/check/known-values.ts';
import { valuesData } from '../../src/check/values-data.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { PORTING_TEAM } from '../helpers/content.ts';

const { values } = valuesData([
  { id: 'repeat-contact', label: 'A contact counts as a repeat from this one on', value: 3, unit: 'contacts', ordinal: true },
  { id: 'uk-pac-validity', label: 'How long a PAC stays valid', value: 30, unit: 'days', region: 'uk' },
]);
const teams = new Map([['porting-desk', teamSchema().parse(parse(PORTING_TEAM.source))]]);

describe('knownValues', () => {
  it('holds each value, each team’s callback window and each money limit by role, with its component', () => {
    expect(knownValues(values, teams).map((value) => `${value.component} = ${value.reads} (${value.label})`)).toEqual([
      '<Value of="repeat-contact" /> = third contact (A contact counts as a repeat from this one on)',
      '<Value of="uk-pac-validity" /> = 30 days (UK: How long a PAC stays valid)',
      '<Sla team="porting-desk" /> = 24 business hours (Number Porting Desk callback window)',
      '<Limit team="porting-desk" authority="port-fee-credit" role="agent" /> = $10 (Number Porting Desk: Credit a porting charge, agent)',
      '<Limit team="porting-desk" authority="port-fee-credit" role="senior" /> = $35 (Number Porting Desk: Credit a porting charge, senior)',
    ]);
  });

  it('leaves out a limit counted in cases, which is never typed as an amount', () => {
    const team = teamSchema().parse({
      ...parse(PORTING_TEAM.source),
      authority: [{ id: 'policy-exception', label: 'Grant a one-off exception', unit: 'cases', byRole: { supervisor: 1 } }],
    });
    expect(knownValues(new Map(), new Map([['duty', team]])).map((value) => value.component)).toEqual(['<Sla team="duty" />']);
  });
});

describe('knownValuesOnce', () => {
  it('builds the list once per run, and again for other data', () => {
    const first = knownValuesOnce(values, teams);
    expect(knownValuesOnce(values, teams)).toBe(first);
    expect(first).toEqual(knownValues(values, teams));
    expect(knownValuesOnce(values, new Map())).not.toBe(first);
  });
});
