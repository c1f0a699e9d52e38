// npm run check [-- --strict] [-- --external] [-- --no-cache]: validates all content and reports every problem as
// `path:line:col  rule-id  message — fix`. Exits 1 on any error (or warning, with --strict).
import { parseArgs } from 'node:util';
import { runCheck } from '../src/check/run.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    external: { type: 'boolean', default: false },
    // A cold check: every playbook parsed and checked again, nothing read from or written to the cache.
    'no-cache': { type: 'boolean', default: false },
    root: { type: 'string', default: process.cwd() },
  },
});

const ok = await runCheck({
  root: values.root,
  strict: values.strict,
  github: process.env['GITHUB_ACTIONS'] === 'true',
  listExternal: values.external,
  today: new Date(),
  cache: !values['no-cache'],
  log: (line) => console.log(line),
});
process.exitCode = ok ? 0 : 1;
