import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findAuthority, formatAmount, formatLimit, formatSla } from '../../src/lib/teams.ts';
import { teamSchema, type Team } from '../../src/schemas/team.ts';
import { PORTING_TEAM } from '../helpers/content.ts';

const portingDesk: Team = teamSchema().parse(parse(PORTING_TEAM.source));

describe('formatSla', () => {
  it('words a business-hours promise in the plural', () => {
    expect(formatSla({ hours: 4, clock: 'business' })).toBe('4 business hours');
  });

  it('words a one-hour business promise in the singular', () => {
    expect(formatSla({ hours: 1, clock: 'business' })).toBe('1 business hour');
  });

  it('says around the clock for a calendar promise', () => {
    expect(formatSla({ hours: 1, clock: 'calendar' })).toBe('1 hour, around the clock');
    expect(formatSla({ hours: 48, clock: 'calendar' })).toBe('48 hours, around the clock');
  });
});

describe('formatAmount', () => {
  it('keeps the cents of a fractional limit instead of rounding it up', () => {
    expect([formatAmount(12.5, 'USD'), formatAmount(50, 'USD')]).toEqual(['$12.50', '$50']);
  });

  it('formats a currency code as money without cents', () => {
    expect(formatAmount(50, 'USD')).toBe('$50');
    expect(formatAmount(50, 'EUR')).toBe('€50');
  });

  it('groups thousands in a currency amount', () => {
    expect(formatAmount(1250, 'USD')).toBe('$1,250');
  });

  it('singularises a counted unit for exactly one', () => {
    expect(formatAmount(1, 'cases')).toBe('1 case');
  });

  it('keeps a counted unit plural for zero and for many', () => {
    expect(formatAmount(0, 'cases')).toBe('0 cases');
    expect(formatAmount(3, 'cases')).toBe('3 cases');
  });
});

describe('findAuthority', () => {
  it('finds an authority of the team by its id', () => {
    expect(findAuthority(portingDesk, 'port-fee-credit')).toEqual({
      id: 'port-fee-credit',
      label: 'Credit a porting charge',
      unit: 'USD',
      byRole: { agent: 10, senior: 35 },
    });
  });

  it('returns undefined for an authority the team does not have', () => {
    expect(findAuthority(portingDesk, 'fee-waiver')).toBeUndefined();
  });
});

describe('formatLimit', () => {
  it('formats the limit of each role that has one', () => {
    expect(formatLimit(portingDesk, 'port-fee-credit', 'agent')).toBe('$10');
    expect(formatLimit(portingDesk, 'port-fee-credit', 'senior')).toBe('$35');
  });

  it('returns undefined for a role the authority does not name', () => {
    expect(formatLimit(portingDesk, 'port-fee-credit', 'supervisor')).toBeUndefined();
  });

  it('returns undefined for an authority the team does not have', () => {
    expect(formatLimit(portingDesk, 'fee-waiver', 'agent')).toBeUndefined();
  });

  it('shows a limit of zero rather than treating it as missing', () => {
    const team: Team = {
      ...portingDesk,
      authority: [{ id: 'refund', label: 'Refund a month', unit: 'USD', byRole: { agent: 0, senior: 80 } }],
    };
    expect(formatLimit(team, 'refund', 'agent')).toBe('$0');
  });

  it('formats a counted unit limit in words', () => {
    const team: Team = {
      ...portingDesk,
      authority: [{ id: 'free-swap', label: 'Swap a SIM for free', unit: 'swaps', byRole: { agent: 1 } }],
    };
    expect(formatLimit(team, 'free-swap', 'agent')).toBe('1 swap');
  });
});
