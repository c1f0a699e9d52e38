// Every number content data holds, with the component that renders it: what the number rule
// compares a typed number against, and what its fix offers instead.
import { formatAmount, formatSla } from '../lib/teams.ts';
import { formatValue, labelWithRegion } from '../lib/values.ts';
import type { Team } from '../schemas/team.ts';
import type { DataValue } from '../schemas/value.ts';
import type { Family } from './quantities.ts';

export interface KnownValue {
  family: Family;
  amount: number;
  ordinal: boolean;
  /** `<Value of="repeat-contact" />`, `<Sla team="customer-care" />`… */
  component: string;
  /** How it reads on the page: "third contact", "4 business hours", "$35". */
  reads: string;
  label: string;
}

const UNIT_FAMILIES: Record<DataValue['unit'], Family> = {
  contacts: 'contact',
  attempts: 'attempt',
  retries: 'attempt',
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  'business-days': 'day',
  'working-days': 'day',
  weeks: 'week',
  months: 'month',
  code: 'code',
};

/** Every number in content data: values, each team's callback window and each currency limit by role. */
export function knownValues(values: ReadonlyMap<string, DataValue>, teams: ReadonlyMap<string, Team>): KnownValue[] {
  const known: KnownValue[] = [];
  for (const [id, value] of values) {
    known.push({
      family: UNIT_FAMILIES[value.unit],
      amount: value.value,
      ordinal: value.ordinal,
      component: `<Value of="${id}" />`,
      reads: formatValue(value),
      label: labelWithRegion(value),
    });
  }
  for (const [id, team] of teams) {
    known.push({
      family: 'hour',
      amount: team.callbackSla.hours,
      ordinal: false,
      component: `<Sla team="${id}" />`,
      reads: formatSla(team.callbackSla),
      label: `${team.name} callback window`,
    });
    for (const authority of team.authority) {
      // Only money is ever typed as an amount; counted authorities ("1 case") read as words.
      if (!/^[A-Z]{3}$/.test(authority.unit)) continue;
      for (const [role, amount] of Object.entries(authority.byRole)) {
        known.push({
          family: `money:${authority.unit}`,
          amount,
          ordinal: false,
          component: `<Limit team="${id}" authority="${authority.id}" role="${role}" />`,
          reads: formatAmount(amount, authority.unit),
          label: `${team.name}: ${authority.label}, ${role}`,
        });
      }
    }
  }
  return known;
}

const cache = new WeakMap<ReadonlyMap<string, DataValue>, WeakMap<ReadonlyMap<string, Team>, KnownValue[]>>();

/** `knownValues`, built once per run rather than once per playbook. */
export function knownValuesOnce(values: ReadonlyMap<string, DataValue>, teams: ReadonlyMap<string, Team>): KnownValue[] {
  const byTeams = cache.get(values) ?? new WeakMap<ReadonlyMap<string, Team>, KnownValue[]>();
  cache.set(values, byTeams);
  const known = byTeams.get(teams) ?? knownValues(values, teams);
  byTeams.set(teams, known);
  return known;
}
