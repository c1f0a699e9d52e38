import { describe, expect, it } from 'vitest';
import { checkBesideAstro, type PhaseCommand } from '../../scripts/lib/check-beside-astro.ts';

/** A stand-in phase: a Node process that prints, waits and exits as told. */
const phase = (script: string): PhaseCommand => ({ command: process.execPath, args: ['-e', script] });

function capture() {
  const lines: string[] = [];
  const sink = { write: (chunk: string | Uint8Array) => lines.push(String(chunk)) };
  return { out: { stdout: sink, stderr: sink }, text: () => lines.join('') };
}

describe('checkBesideAstro', () => {
  it('stops Astro when the check fails, and shows none of Astro’s output', async () => {
    const { out, text } = capture();
    const started = performance.now();
    const outcome = await checkBesideAstro(
      phase('setTimeout(() => process.exit(1), 200)'),
      phase('console.log("astro: follow-on error"); setTimeout(() => console.log("astro: done"), 20000)'),
      out,
    );
    expect(outcome.check.exit).toBe(1);
    expect(outcome.astro).toBe('stopped');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text()).toBe('');
  });

  it('holds Astro’s output until the check has passed, then shows all of it in order', async () => {
    const { out, text } = capture();
    const outcome = await checkBesideAstro(
      phase('setTimeout(() => process.exit(0), 500)'),
      phase('console.log("astro: one"); console.error("astro: two"); setTimeout(() => console.log("astro: three"), 1000)'),
      out,
    );
    expect(outcome.check.exit).toBe(0);
    expect(outcome.astro).toMatchObject({ exit: 0 });
    expect(text()).toBe('astro: one\nastro: two\nastro: three\n');
  });

  it('reports Astro’s failure, with its messages, when the check passed', async () => {
    const { out, text } = capture();
    const outcome = await checkBesideAstro(phase('process.exit(0)'), phase('console.error("astro: broken"); process.exit(3)'), out);
    expect(outcome.astro).toMatchObject({ exit: 3 });
    expect(text()).toBe('astro: broken\n');
  });

  it('still reports the check’s failure when Astro ended first, without Astro’s messages', async () => {
    const { out, text } = capture();
    const outcome = await checkBesideAstro(
      phase('setTimeout(() => process.exit(1), 500)'),
      phase('console.log("astro: built"); process.exit(0)'),
      out,
    );
    expect(outcome.check.exit).toBe(1);
    expect(outcome.astro).toMatchObject({ exit: 0 });
    expect(text()).toBe('');
  });
});
