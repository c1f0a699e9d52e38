import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../src/schemas/region.ts';
import { safetyCaseSchema } from '../../src/schemas/safety.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { verificationCheckSchema } from '../../src/schemas/verification.ts';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
}

const UK = parse(readFileSync('content/regions/uk.yaml', 'utf8')) as Record<string, unknown>;

describe('regionSchema', () => {
  it('accepts the real regions', () => {
    for (const id of ['uk', 'us'])
      expect(regionSchema().safeParse(parse(readFileSync(`content/regions/${id}.yaml`, 'utf8'))).success, id).toBe(true);
  });

  it('wants a dialable number in quotes, a short capital label and https sources', () => {
    const bad = { ...UK, label: 'uk', emergency: { number: 999, source: { title: 'When to call 999', url: 'http://nhs.uk/' } } };
    expect(messages(regionSchema().safeParse(bad))).toEqual([
      ['label', 'is not a short label — use 2–4 capital letters, e.g. UK'],
      ['emergency.number', "must be text — write the emergency number in quotes, e.g. '999'"],
      ['emergency.source.url', 'is not a full https address — copy the address of the official page, starting https://'],
    ]);
  });
});

describe('safetyCaseSchema', () => {
  it('names a case, the team that takes it and whether it needs the crisis line (no by default)', () => {
    expect(safetyCaseSchema().parse({ id: 'hazard', name: 'A product that may be dangerous', team: 'duty-supervisors' })).toEqual({
      id: 'hazard',
      name: 'A product that may be dangerous',
      team: 'duty-supervisors',
      crisisLine: false,
    });
    expect(messages(safetyCaseSchema().safeParse({ id: 'Self Harm', name: 'Self-harm', team: 'duty-supervisors' }))).toEqual([
      ['id', 'is not a valid id — use lowercase words joined by hyphens, e.g. self-harm'],
    ]);
  });
});

describe("a team's safetyLine", () => {
  const team = {
    name: 'Customer Relations',
    handles: ['Complaints'],
    hours: 'Weekdays 09:00–17:00',
    reach: 'Case tool',
    callbackSla: { hours: 48, clock: 'business' },
  };

  it('is optional, and says when it is answered and how', () => {
    expect(teamSchema().parse(team).safetyLine).toBeUndefined();
    expect(messages(teamSchema().safeParse({ ...team, safetyLine: { hours: '24/7', answers: 'soon', reach: 'Case tool' } }))).toEqual([
      [
        'safetyLine.hours',
        '"24/7" is not when the line is answered — use around-the-clock (every hour of every day) or opening-hours (only when the team is open)',
      ],
      [
        'safetyLine.answers',
        '"soon" is not how the line answers — use live (someone picks up now) or callback (the case waits for a call back)',
      ],
    ]);
  });
});

describe('verificationCheckSchema', () => {
  it('has an entry only for the levels that need a check', () => {
    expect(
      messages(verificationCheckSchema().safeParse({ id: 'none', check: 'No check', requests: ['Ask a question'], method: ['Nothing'] })),
    ).toEqual([['id', '"none" is not a level that needs a check — use account or high-risk']]);
  });
});
