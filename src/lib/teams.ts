import type { Role } from '../schemas/roles.ts';
import type { Team } from '../schemas/team.ts';

type Sla = Team['callbackSla'];
type Authority = Team['authority'][number];

/** "4 business hours", "1 hour around the clock": how a callback promise is worded everywhere. */
export function formatSla(sla: Sla): string {
  const hours = `${sla.hours} ${sla.clock === 'business' ? 'business ' : ''}hour${sla.hours === 1 ? '' : 's'}`;
  return sla.clock === 'calendar' ? `${hours}, around the clock` : hours;
}

/** "$50" for currencies, "1 case" for counted units. */
export function formatAmount(amount: number, unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) {
    // Whole amounts print without cents; a fractional limit keeps its cents rather than rounding up.
    const cents = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: unit,
      minimumFractionDigits: cents,
      maximumFractionDigits: cents,
    }).format(amount);
  }
  return `${amount} ${amount === 1 ? unit.replace(/s$/, '') : unit}`;
}

export function findAuthority(team: Team, authorityId: string): Authority | undefined {
  return team.authority.find((item) => item.id === authorityId);
}

/** The limit one role has for one authority, formatted; `undefined` when that role has none. */
export function formatLimit(team: Team, authorityId: string, role: Role): string | undefined {
  const authority = findAuthority(team, authorityId);
  const amount = authority?.byRole[role];
  return authority && amount !== undefined ? formatAmount(amount, authority.unit) : undefined;
}
