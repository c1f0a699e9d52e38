import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_SITE } from './support/site.ts';

// The W3C Nu HTML Checker, from the vnu-jar package (Java is on these machines).
const VNU = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

describe('valid HTML', () => {
  it('passes the Nu HTML checker with zero errors on every built page', () => {
    const pages = readdirSync(E2E_SITE, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .map((name) => join(E2E_SITE, name));
    expect(pages.length).toBeGreaterThan(10);
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8' });
    const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] };
    expect(report.messages.map((m) => `${m.url.replace(`file:${E2E_SITE}`, '')}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
  }, 120_000);
});
