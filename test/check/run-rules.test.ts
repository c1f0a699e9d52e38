import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/check/rule.ts';
import { runAllFiles, runEachFile } from '../../src/check/run-rules.ts';
import { EMPTY_CONTENT, playbookScope } from './helpers.ts';

const EMPTY = EMPTY_CONTENT;

describe('runEachFile', () => {
  it('places each finding in the file, with the id and severity of the rule that found it, rule by rule in table order', () => {
    const rules: Rule[] = [
      {
        id: 'demo/first',
        severity: 'warning',
        checks: 'A demo.',
        eachFile: (_, report) => report({ position: { line: 7, column: 1 }, message: 'a TODO', fix: 'write it' }),
      },
      {
        id: 'demo/<part>',
        severity: 'error',
        checks: 'A demo with a family of ids.',
        eachFile: (_, report) => report({ position: { line: 3, column: 5 }, message: 'code in text', fix: 'remove it', id: 'demo/part' }),
      },
      { id: 'demo/across', severity: 'error', checks: 'Runs across files only.', allFiles: () => undefined },
    ];
    expect(runEachFile(playbookScope('Text.'), rules)).toEqual([
      { file: 'content/playbooks/a.mdx', line: 7, column: 1, rule: 'demo/first', message: 'a TODO', fix: 'write it', severity: 'warning' },
      {
        file: 'content/playbooks/a.mdx',
        line: 3,
        column: 5,
        rule: 'demo/part',
        message: 'code in text',
        fix: 'remove it',
        severity: 'error',
      },
    ]);
  });

  it('reports a rule that throws as check/internal for the file, and still runs the rules after it', () => {
    const rules: Rule[] = [
      {
        id: 'demo/broken',
        severity: 'warning',
        checks: 'Throws.',
        eachFile: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
      {
        id: 'demo/after',
        severity: 'error',
        checks: 'Finds.',
        eachFile: (_, report) => report({ position: { line: 2, column: 1 }, message: 'm', fix: 'f' }),
      },
    ];
    expect(runEachFile(playbookScope('Text.'), rules).map((d) => `${d.file}:${d.line} ${d.rule} ${d.severity} ${d.message}`)).toEqual([
      'content/playbooks/a.mdx:1 check/internal error the check failed while running rule demo/broken (RangeError: Maximum call stack size exceeded)',
      'content/playbooks/a.mdx:2 demo/after error m',
    ]);
  });

  it('gives no diagnostics when no rule finds anything', () => {
    expect(
      runEachFile(playbookScope('Text.'), [{ id: 'demo/none', severity: 'error', checks: 'Nothing.', eachFile: () => undefined }]),
    ).toEqual([]);
  });
});

describe('runAllFiles', () => {
  it('places each finding in the file the rule names', () => {
    const rule: Rule = {
      id: 'demo/across',
      severity: 'error',
      checks: 'A demo.',
      allFiles: (_, report) => report('content/teams/a.yaml', { position: { line: 2, column: 3 }, message: 'wrong', fix: 'right' }),
    };
    expect(runAllFiles(EMPTY, [rule])).toEqual([
      { file: 'content/teams/a.yaml', line: 2, column: 3, rule: 'demo/across', message: 'wrong', fix: 'right', severity: 'error' },
    ]);
  });

  it('reports a rule that throws as check/internal on the content folder, and still runs the rules after it', () => {
    const rules: Rule[] = [
      {
        id: 'demo/broken',
        severity: 'error',
        checks: 'Throws.',
        allFiles: () => {
          throw new Error('boom');
        },
      },
      {
        id: 'demo/after',
        severity: 'error',
        checks: 'Finds.',
        allFiles: (_, report) => report('x.yaml', { position: { line: 1, column: 1 }, message: 'm', fix: 'f' }),
      },
    ];
    expect(runAllFiles(EMPTY, rules).map((d) => `${d.file} ${d.rule} ${d.message}`)).toEqual([
      'content check/internal the check failed while running rule demo/broken across files (Error: boom)',
      'x.yaml demo/after m',
    ]);
  });
});
