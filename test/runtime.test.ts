import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MINIMUM = [22, 12] as const;

function isAtLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

describe('runtime', () => {
  it('runs scripts on Node 22.12 or newer (the node@22 devDependency puts it first on the PATH)', () => {
    expect(isAtLeast(process.version, MINIMUM), `npm scripts ran on ${process.version}; run npm install so node@22 is used`).toBe(true);
  });

  it('compares versions by major, then minor', () => {
    expect([
      isAtLeast('v20.20.2', MINIMUM),
      isAtLeast('v22.11.9', MINIMUM),
      isAtLeast('v22.12.0', MINIMUM),
      isAtLeast('v24.0.0', MINIMUM),
    ]).toEqual([false, false, true, true]);
  });

  it('declares the same minimum in package.json engines', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MINIMUM.join('.')}.0`);
  });
});
