import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkToRun } from '../../src/lib/verification.ts';
import { verificationCheckSchema } from '../../src/schemas/verification.ts';

const checks = verificationCheckSchema()
  .array()
  .parse(parse(readFileSync('content/verification.yaml', 'utf8')));

describe('checkToRun', () => {
  it('builds the strong check on the standard one: its items first, then what the strong check adds', () => {
    const account = checkToRun('account', checks);
    const highRisk = checkToRun('high-risk', checks);
    expect(account?.fullMethod).toEqual(account?.method);
    expect(highRisk?.fullMethod).toEqual([...(account?.method ?? []), ...(highRisk?.method ?? [])]);
    expect(highRisk?.check).toBe('Strong check');
  });

  it('has nothing to run for a level the data leaves out', () => {
    expect(
      checkToRun(
        'high-risk',
        checks.filter((check) => check.id === 'account'),
      ),
    ).toBeUndefined();
  });
});
