// The routing directory (/teams/): every team in content/teams/, with what it handles, its hours,
// how to reach it, its callback promise and where a case goes while it is closed. Everything is
// read from the team files and content/safety.yaml, so no hour, extension or SLA is typed twice.
import { ROLES } from '../schemas/roles.ts';
import type { SafetyCase } from '../schemas/safety.ts';
import type { Team } from '../schemas/team.ts';
import { notImmediateBecause } from './safety.ts';
import { formatAmount, formatSla } from './teams.ts';

export interface TeamEntry {
  id: string;
  data: Team;
}

export interface DirectoryListing {
  id: string;
  /** The page anchor, so playbooks and the page's own index can link to one team. */
  anchor: string;
  name: string;
  handles: string[];
  hours: string;
  reach: string;
  /** "Within 4 business hours". */
  callback: string;
  /** What the agent does while the team is closed, one line per kind of case. */
  outOfHours: RouteLine[];
  /** "Waive a change, late or service fee: agent up to $50 · senior up to $150". */
  approvals: string[];
}

/** The anchor of a team on the directory page: `team-<id>`. */
export function teamAnchor(teamId: string): string {
  return `team-${teamId}`;
}

/** "a threat to harm someone", "a threat to harm someone or a caller who may harm themselves". */
function joinCases(cases: readonly SafetyCase[]): string {
  const names = cases.map((entry) => entry.name.charAt(0).toLowerCase() + entry.name.slice(1));
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/** One line of a team's out-of-hours route; `toSafetyRoute` lines point at the safety route on the page. */
export interface RouteLine {
  text: string;
  toSafetyRoute?: true;
}

/**
 * Where a team's cases go while it is closed: the safety cases it takes itself at any hour, or
 * else the safety route (the teams in content/safety.yaml); then everything else waits for its
 * callback, whose promise the listing shows once. A team whose safety line only calls back gives that line for follow-up.
 */
export function outOfHoursRoute(team: TeamEntry, safety: readonly SafetyCase[]): RouteLine[] {
  const line = team.data.safetyLine;
  const ownCases = safety.filter((entry) => entry.team === team.id);
  const takesSafetyAtOnce = line !== undefined && notImmediateBecause(team.data) === undefined && ownCases.length > 0;
  const route: RouteLine[] = [];
  if (takesSafetyAtOnce) route.push({ text: `At any hour for ${joinCases(ownCases)}: ${line.reach}.` });
  if (ownCases.length < safety.length) {
    route.push({
      text: `${takesSafetyAtOnce ? 'Any other safety case' : 'A safety case'}: the safety route, at any hour.`,
      toSafetyRoute: true,
    });
  }
  if (line && !takesSafetyAtOnce) route.push({ text: `Safety follow-up, not urgent: ${line.reach}.` });
  route.push({ text: 'Anything else waits for them: book it as above, and their callback promise applies.' });
  return route;
}

/** "Waive a change, late or service fee: agent up to $50 · senior up to $150", one per authority. */
function approvals(team: Team): string[] {
  return team.authority.map((item) => {
    const limits = ROLES.flatMap((role) => {
      const amount = item.byRole[role];
      return amount === undefined ? [] : [`${role} up to ${formatAmount(amount, item.unit)}`];
    });
    return `${item.label}: ${limits.join(' · ')}`;
  });
}

/** Every team, by name, as the directory lists it. */
export function directoryListings(teams: readonly TeamEntry[], safety: readonly SafetyCase[]): DirectoryListing[] {
  return [...teams]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
    .map((team) => ({
      id: team.id,
      anchor: teamAnchor(team.id),
      name: team.data.name,
      handles: team.data.handles,
      hours: team.data.hours,
      reach: team.data.reach,
      callback: `Within ${formatSla(team.data.callbackSla)}`,
      outOfHours: outOfHoursRoute(team, safety),
      approvals: approvals(team.data),
    }));
}
