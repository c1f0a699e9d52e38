// The runner: every rule in the table (src/check/rules/index.ts), in order, over one scope. A rule
// that throws is reported as `check/internal` for the file and the other rules still run.
import type { Diagnostic } from './diagnostics.ts';
import { internalDiagnostic } from './internal.ts';
import type { ListedEntry } from './listing.ts';
import { contentFolder } from './read-content.ts';
import type { AllFilesScope, FileScope, Finding, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

function diagnostic(file: string, rule: Rule, finding: Finding): Diagnostic {
  const { position, message, fix, id } = finding;
  return { file, ...position, rule: id ?? rule.id, message, fix, severity: rule.severity };
}

/** What the rules find in one content file on its own. */
export function runEachFile(scope: FileScope, rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      rule.eachFile?.(scope, (finding) => diagnostics.push(diagnostic(scope.file.path, rule, finding)));
    } catch (error) {
      diagnostics.push(internalDiagnostic(scope.file.path, `running rule ${rule.id}`, error));
    }
  }
  return diagnostics;
}

/** What the rules find in the entries of content/ and public/, as files. */
export function runEachPath(entries: readonly ListedEntry[], rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    for (const rule of rules) {
      try {
        rule.eachPath?.(entry, (finding) => diagnostics.push(diagnostic(entry.path, rule, finding)));
      } catch (error) {
        diagnostics.push(internalDiagnostic(entry.path, `running rule ${rule.id}`, error));
      }
    }
  }
  return diagnostics;
}

/** What the rules find across all content; a rule that fails is reported on the content folder. */
export function runAllFiles(scope: AllFilesScope, rules: readonly Rule[] = RULES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      rule.allFiles?.(scope, (file, finding) => diagnostics.push(diagnostic(file, rule, finding)));
    } catch (error) {
      diagnostics.push(internalDiagnostic(contentFolder(), `running rule ${rule.id} across files`, error));
    }
  }
  return diagnostics;
}
