// The content check and Astro's build at the same time (issue 16 item 2). Safety does not depend on
// the order: Astro's MDX compiler refuses unsafe MDX itself (decision 2), and nothing is published
// unless both pass. What the order still decided is what a refused build prints, so Astro's output
// is held back until the check has passed: a refused build shows the check's messages, not Astro's
// follow-on errors, and Astro is stopped. Each runs in its own Node process, so its memory goes back
// to the system when it ends.
import { spawn, type ChildProcess } from 'node:child_process';

/** How a process ended: its exit code, or the signal that killed it. */
export type Exit = number | NodeJS.Signals | null;

export interface PhaseCommand {
  command: string;
  args: string[];
  /** The process's environment; this process's own when left out. */
  env?: NodeJS.ProcessEnv;
}

export interface BesideOutcome {
  check: { exit: Exit; seconds: number };
  /** `stopped` when the check failed and Astro was stopped before it finished. */
  astro: { exit: Exit; seconds: number } | 'stopped';
}

interface Sink {
  write(chunk: string | Uint8Array): unknown;
}

const ended = (child: ChildProcess) => new Promise<Exit>((done) => child.on('close', (code, signal) => done(code ?? signal)));

/** Runs both; resolves when both have ended (Astro stopped if the check failed). */
export async function checkBesideAstro(
  check: PhaseCommand,
  astro: PhaseCommand,
  out: { stdout: Sink; stderr: Sink } = process,
): Promise<BesideOutcome> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const checker = spawn(check.command, check.args, { stdio: ['ignore', 'inherit', 'inherit'], env: check.env ?? process.env });
  const builder = spawn(astro.command, astro.args, { stdio: ['ignore', 'pipe', 'pipe'], env: astro.env ?? process.env });
  // Astro's output in arrival order, both streams, until the check has passed.
  let held: { sink: Sink; chunk: Buffer }[] | undefined = [];
  const pass = (sink: Sink) => (chunk: Buffer) => (held ? held.push({ sink, chunk }) : sink.write(chunk));
  builder.stdout?.on('data', pass(out.stdout));
  builder.stderr?.on('data', pass(out.stderr));
  const astroEnded = ended(builder).then((exit) => ({ exit, seconds: seconds() }));
  const checkExit = await ended(checker);
  const checkOutcome = { exit: checkExit, seconds: seconds() };
  if (checkExit !== 0) {
    held = undefined;
    builder.stdout?.removeAllListeners('data');
    builder.stderr?.removeAllListeners('data');
    if (builder.exitCode === null && builder.signalCode === null) {
      builder.kill('SIGTERM');
      await astroEnded;
      return { check: checkOutcome, astro: 'stopped' };
    }
    return { check: checkOutcome, astro: await astroEnded };
  }
  for (const { sink, chunk } of held ?? []) sink.write(chunk);
  held = undefined;
  return { check: checkOutcome, astro: await astroEnded };
}
