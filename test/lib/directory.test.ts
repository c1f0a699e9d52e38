import { describe, expect, it } from 'vitest';
import { directoryListings, outOfHoursRoute, teamAnchor, type TeamEntry } from '../../src/lib/directory.ts';
import { safetyCaseSchema, type SafetyCase } from '../../src/schemas/safety.ts';
import { teamSchema } from '../../src/schemas/team.ts';

function team(id: string, fields: Record<string, unknown>): TeamEntry {
  return {
    id,
    data: teamSchema().parse({
      name: 'A team',
      handles: ['Some cases'],
      hours: 'Monday to Friday, 09:00–17:00',
      reach: 'Extension 1000',
      callbackSla: { hours: 4, clock: 'business' },
      ...fields,
    }),
  };
}

const supervisors = team('supervisors', {
  name: 'Supervisors',
  callbackSla: { hours: 2, clock: 'business' },
  safetyLine: { hours: 'around-the-clock', answers: 'live', reach: 'Say it is about safety on extension 2900' },
  authority: [{ id: 'fee-waiver', label: 'Waive a fee', unit: 'USD', byRole: { senior: 150, agent: 50 } }],
});
const liaison = team('liaison', {
  name: 'Liaison',
  callbackSla: { hours: 24, clock: 'business' },
  safetyLine: { hours: 'around-the-clock', answers: 'live', reach: 'Transfer to extension 2990' },
});
const relations = team('relations', {
  name: 'Relations',
  callbackSla: { hours: 48, clock: 'calendar' },
  safetyLine: { hours: 'opening-hours', answers: 'callback', reach: 'Refer it through the case tool' },
});
const billing = team('billing', { name: 'billing desk' });

const safety: SafetyCase[] = [
  { id: 'threat', name: 'A threat to harm someone', team: 'supervisors' },
  { id: 'self-harm', name: 'A caller who may harm themselves', team: 'supervisors', crisisLine: true },
  { id: 'disclosure', name: 'Police asking for data because a life is at risk', team: 'liaison' },
].map((entry) => safetyCaseSchema().parse(entry));

describe('outOfHoursRoute', () => {
  it('gives a team that takes safety cases at once its own line for them, and the safety route for the rest', () => {
    expect(outOfHoursRoute(supervisors, safety)).toEqual([
      { text: 'At any hour for a threat to harm someone or a caller who may harm themselves: Say it is about safety on extension 2900.' },
      { text: 'Any other safety case: the safety route, at any hour.', toSafetyRoute: true },
      { text: 'Anything else waits for them: book it as above, and their callback promise applies.' },
    ]);
  });

  it('sends every safety case of a team without a safety line to the safety route', () => {
    expect(outOfHoursRoute(billing, safety)).toEqual([
      { text: 'A safety case: the safety route, at any hour.', toSafetyRoute: true },
      { text: 'Anything else waits for them: book it as above, and their callback promise applies.' },
    ]);
  });

  it('gives a callback-only safety line as follow-up, never as the route for a safety case', () => {
    expect(outOfHoursRoute(relations, safety)).toEqual([
      { text: 'A safety case: the safety route, at any hour.', toSafetyRoute: true },
      { text: 'Safety follow-up, not urgent: Refer it through the case tool.' },
      { text: 'Anything else waits for them: book it as above, and their callback promise applies.' },
    ]);
  });

  it('leaves out the safety route when the team itself takes every safety case', () => {
    const onlySupervisors = safety.filter((entry) => entry.team === 'supervisors');
    expect(outOfHoursRoute(supervisors, onlySupervisors).some((line) => line.toSafetyRoute)).toBe(false);
  });

  it('does not offer a live line the safety file gives no case to as a safety route', () => {
    const withoutDisclosure = safety.filter((entry) => entry.team !== 'liaison');
    expect(outOfHoursRoute(liaison, withoutDisclosure)[0]).toEqual({
      text: 'A safety case: the safety route, at any hour.',
      toSafetyRoute: true,
    });
  });
});

describe('directoryListings', () => {
  it('lists every team it is given, ordered by name whatever the case of the first letter', () => {
    const names = directoryListings([supervisors, relations, billing, liaison], safety).map((listing) => listing.name);
    expect(names).toEqual(['billing desk', 'Liaison', 'Relations', 'Supervisors']);
  });

  it('takes hours, reach and what the team handles from its file, and words the callback promise', () => {
    const [listing] = directoryListings([billing], safety);
    expect(listing).toMatchObject({
      id: 'billing',
      anchor: 'team-billing',
      hours: 'Monday to Friday, 09:00–17:00',
      reach: 'Extension 1000',
      handles: ['Some cases'],
      callback: 'Within 4 business hours',
      approvals: [],
    });
  });

  it('words a callback promise that counts every hour as around the clock', () => {
    const [listing] = directoryListings([relations], safety);
    expect(listing?.callback).toBe('Within 48 hours, around the clock');
  });

  it('lists each authority with the roles that have it, in role order', () => {
    const [listing] = directoryListings([supervisors], safety);
    expect(listing?.approvals).toEqual(['Waive a fee: agent up to $50 · senior up to $150']);
  });

  it('lists nothing for no teams', () => {
    expect(directoryListings([], safety)).toEqual([]);
  });
});

describe('teamAnchor', () => {
  it('prefixes the team id so it cannot collide with the page anchors', () => {
    expect(teamAnchor('privacy-office')).toBe('team-privacy-office');
  });
});
