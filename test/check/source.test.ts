import { describe, expect, it } from 'vitest';
import { idFromPath } from '../../src/check/source.ts';

describe('idFromPath', () => {
  it('takes the id from the file name, without its folder or extension', () => {
    expect(idFromPath('content/playbooks/restoring-a-cancelled-line.mdx')).toBe('restoring-a-cancelled-line');
    expect(idFromPath('content/teams/porting-desk.yaml')).toBe('porting-desk');
    expect(idFromPath('content/categories/porting.yml')).toBe('porting');
    expect(idFromPath('content/paths/new-agent.json')).toBe('new-agent');
  });

  it('accepts a bare file name with no folder', () => {
    expect(idFromPath('porting.yaml')).toBe('porting');
  });

  it('removes a content extension written in capitals', () => {
    expect(idFromPath('content/playbooks/Billing.MDX')).toBe('Billing');
  });

  it('removes only the final content extension and keeps other dots', () => {
    expect(idFromPath('content/playbooks/fees.v2.mdx')).toBe('fees.v2');
    expect(idFromPath('content/playbooks/fees.mdx.bak')).toBe('fees.mdx.bak');
    expect(idFromPath('content/playbooks/notes.md')).toBe('notes.md');
  });
});
