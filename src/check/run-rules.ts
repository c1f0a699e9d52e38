// The runner: every rule in the table (src/check/rules/index.ts), in order, over one scope.
import type { Diagnostic } from './diagnostics.ts';
import type { AllFilesScope, FileScope, Finding, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

function diagnostic(file: string, rule: Rule, finding: Finding): Diagnostic {
  const { position, message, fix, id } = finding;
  return { file, ...position, rule: id ?? rule.id, message, fix, severity: rule.severity };
}

/** What the rules find in one content file on its own. */
export function runEachFile(scope: FileScope, rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) rule.eachFile?.(scope, (finding) => diagnostics.push(diagnostic(scope.file.path, rule, finding)));
  return diagnostics;
}

/** What the rules find across all content. */
export function runAllFiles(scope: AllFilesScope, rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) rule.allFiles?.(scope, (file, finding) => diagnostics.push(diagnostic(file, rule, finding)));
  return diagnostics;
}
