// When the check itself fails on a file (a bug, or input it was not built for), that file is
// refused with a located diagnostic and every other file is still checked: one file never hides
// another's problems, and nothing the check could not read reaches the build.
import type { Diagnostic } from './diagnostics.ts';
import type { Rule } from './rule.ts';

/** Reported by the runner itself, never by a rule's own run: it has neither `eachFile` nor `allFiles`. */
export const INTERNAL_ERROR: Rule = {
  id: 'check/internal',
  severity: 'error',
  checks:
    'The check itself failed while reading or checking the file, so it cannot vouch for it and the build refuses it. Report it to the maintainers with the file.',
};

/** The failure as a diagnostic of `file`, saying what the check was doing (`reading the file`, `rule mdx/esm`). */
export function internalDiagnostic(file: string, doing: string, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    file,
    line: 1,
    column: 1,
    rule: INTERNAL_ERROR.id,
    message: `the check failed while ${doing} (${what.split('\n')[0]?.slice(0, 200) ?? ''})`,
    fix: 'the file cannot be published until the check can read it: simplify what you last changed, or report this to the Frontline maintainers with the file',
    severity: INTERNAL_ERROR.severity,
  };
}
