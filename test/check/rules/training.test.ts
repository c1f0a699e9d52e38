import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { parseLocatedYaml } from '../../../src/check/frontmatter.ts';
import type { YamlEntry } from '../../../src/check/rule.ts';
import { references } from '../../../src/check/rules/references.ts';
import { training } from '../../../src/check/rules/training.ts';
import { runAllFiles } from '../../../src/check/run-rules.ts';
import { moduleSchema, type ModuleData } from '../../../src/schemas/module.ts';
import { pathSchema, type PathData } from '../../../src/schemas/path.ts';
import type { Confidence } from '../../../src/schemas/playbook.ts';
import { contentWith, TODAY } from '../../helpers/content.ts';
import { MODULE } from '../../helpers/module-yaml.ts';

const pathSource = (modules: string[]) =>
  `title: Week one\nsummary: The first week of training, in order.\naudience: [new-hire]\nmodules: [${modules.join(', ')}]\n`;

function moduleEntry(id: string, source = MODULE): YamlEntry<ModuleData> {
  const yaml = parseLocatedYaml(source);
  return { file: `content/modules/${id}.yaml`, id, yaml, data: moduleSchema().parse(yaml.data) };
}

function withPrerequisites(id: string, prerequisites: string[]): YamlEntry<ModuleData> {
  return moduleEntry(id, MODULE.replace('prerequisites: []', `prerequisites: [${prerequisites.join(', ')}]`));
}

function pathEntry(id: string, modules: string[]): YamlEntry<PathData> {
  const yaml = parseLocatedYaml(pathSource(modules));
  return { file: `content/paths/${id}.yaml`, id, yaml, data: pathSchema().parse(yaml.data) };
}

const PLAYBOOKS = new Map<string, Confidence>([
  ['porting-troubleshooting', 'validated'],
  ['escalation-guidelines', 'validated'],
  ['old-porting-form', 'archived'],
]);

/** What the rules that look across training files (its references and the training family) report. */
function report(modules: YamlEntry<ModuleData>[], paths: YamlEntry<PathData>[] = []): string[] {
  const known = {
    teams: new Set<string>(),
    categories: new Set<string>(),
    playbooks: PLAYBOOKS,
    modules: new Set(modules.map((module) => module.id)),
  };
  const scope = {
    playbooks: [],
    modules,
    paths,
    teams: new Map(),
    safety: undefined,
    verification: undefined,
    known,
    site: new Map(),
    today: TODAY,
  };
  return runAllFiles(scope, [...references.rules, ...training.rules]).map(
    (d) => `${d.file}:${d.line}:${d.column}  ${d.rule}  ${d.message} — ${d.fix}`,
  );
}

describe('the training rules', () => {
  it('are errors, except the quiz warnings that follow them', () => {
    const firstWarning = training.rules.findIndex((rule) => rule.severity === 'warning');
    expect(training.rules.slice(0, firstWarning).every((rule) => rule.severity === 'error')).toBe(true);
    expect(training.rules.slice(firstWarning).every((rule) => rule.severity === 'warning' && rule.id.startsWith('quiz/'))).toBe(true);
  });
});

describe('training content across files', () => {
  it('finds nothing wrong with a module whose references all exist', () => {
    expect(report([moduleEntry('porting-basics')])).toEqual([]);
  });

  it('reports a step naming a missing playbook at its line, suggesting the closest id', () => {
    const entry = moduleEntry('porting-basics', MODULE.replace('playbook: porting-troubleshooting', 'playbook: porting-troubleshootin'));
    expect(report([entry])).toEqual([
      'content/modules/porting-basics.yaml:9:15  ref/playbooks  `steps[0].playbook` names "porting-troubleshootin", but there is no content/playbooks/porting-troubleshootin.mdx — did you mean "porting-troubleshooting"?',
    ]);
  });

  it('refuses a step or role-play that points at an archived playbook', () => {
    const source = `${MODULE.replace('playbook: porting-troubleshooting', 'playbook: old-porting-form')}roleplays:
  - persona: A worried caller
    openingLine: My number has stopped working.
    situation: The old line was cancelled before the port finished.
    goals: [Find the rejection reason]
    rubric: [Explains it without blame]
    playbook: old-porting-form
`;
    const lines = report([moduleEntry('porting-basics', source)]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/:9:15 {2}ref\/playbooks {2}`steps\[0\]\.playbook` names "old-porting-form", which is archived — /);
    expect(lines[1]).toMatch(/:27:15 {2}ref\/playbooks {2}`roleplays\[0\]\.playbook` names "old-porting-form", which is archived — /);
  });

  it('reports an answer that is not one of the choices, and offers the choice it nearly matches', () => {
    const entry = moduleEntry(
      'porting-basics',
      MODULE.replace('answer: A port moves a live number', 'answer: a port moves a live number.'),
    );
    expect(report([entry])).toEqual([
      'content/modules/porting-basics.yaml:19:13  quiz/answer  `checks[0].answer` "a port moves a live number." is not one of its choices — copy the choice exactly: "A port moves a live number"',
    ]);
  });

  it('reports a quiz that gives itself away as a warning, at the choice concerned', () => {
    const entry = moduleEntry('porting-basics', MODULE.replace(/\n {8}why: Fees .*\n/, '\n'));
    expect(report([entry])).toEqual([
      'content/modules/porting-basics.yaml:17:9  quiz/why  `checks[0].choices[2]` "The old provider charges a fee to end it" is a wrong choice with no `why` — write it as "text:" with a "why:" line under it: why a trainee might pick it, and why it is wrong',
    ]);
  });

  it('asks for an exact choice when the answer resembles none of them', () => {
    const entry = moduleEntry('porting-basics', MODULE.replace('answer: A port moves a live number', 'answer: Because of the regulator'));
    expect(report([entry])[0]).toMatch(/quiz\/answer .* — write the answer exactly as one of the choices, or add it to choices$/);
  });

  it('reports an unknown prerequisite at its position in the list', () => {
    const lines = report([withPrerequisites('fees', ['hostile', 'escalaton']), moduleEntry('hostile'), moduleEntry('escalation')]);
    expect(lines).toEqual([
      'content/modules/fees.yaml:7:26  ref/modules  `prerequisites[1]` names "escalaton", but there is no content/modules/escalaton.yaml — did you mean "escalation"?',
    ]);
  });

  it('reports a prerequisite cycle in every module of the cycle, as the path round it', () => {
    const lines = report([withPrerequisites('a', ['b']), withPrerequisites('b', ['c']), withPrerequisites('c', ['a'])]);
    expect(lines).toEqual([
      'content/modules/a.yaml:7:17  module/cycle  prerequisites form a cycle: a → b → c → a — remove one prerequisite in the cycle; a module cannot need itself, even through others',
      'content/modules/b.yaml:7:17  module/cycle  prerequisites form a cycle: b → c → a → b — remove one prerequisite in the cycle; a module cannot need itself, even through others',
      'content/modules/c.yaml:7:17  module/cycle  prerequisites form a cycle: c → a → b → c — remove one prerequisite in the cycle; a module cannot need itself, even through others',
    ]);
  });

  it('reports a module that lists itself as its own prerequisite', () => {
    expect(report([withPrerequisites('a', ['a'])])).toEqual([
      'content/modules/a.yaml:7:17  module/cycle  prerequisites form a cycle: a → a — remove one prerequisite in the cycle; a module cannot need itself, even through others',
    ]);
  });

  it('reports a path naming a missing module, suggesting the closest id', () => {
    const lines = report([moduleEntry('hostile-callers')], [pathEntry('week-1', ['hostile-callers', 'hostile-caller'])]);
    expect(lines).toEqual([
      'content/paths/week-1.yaml:4:28  ref/modules  `modules[1]` names "hostile-caller", but there is no content/modules/hostile-caller.yaml — did you mean "hostile-callers"?',
    ]);
  });

  it('counts a module with an invalid file as existing, so a path naming it reports nothing more', () => {
    const broken: YamlEntry<ModuleData> = { file: 'content/modules/broken.yaml', id: 'broken', yaml: undefined, data: undefined };
    expect(report([broken], [pathEntry('week-1', ['broken'])])).toEqual([]);
  });

  it('reports a path that takes a module before its prerequisite', () => {
    const lines = report([moduleEntry('hostile'), withPrerequisites('fees', ['hostile'])], [pathEntry('week-1', ['fees', 'hostile'])]);
    expect(lines).toEqual([
      'content/paths/week-1.yaml:4:11  path/order  `modules[0]` "fees" comes before its prerequisite "hostile" — move "hostile" above "fees"',
    ]);
  });

  it('leaves modules in a prerequisite cycle to the cycle report, not the path order', () => {
    const lines = report([withPrerequisites('a', ['b']), withPrerequisites('b', ['a'])], [pathEntry('week-1', ['a', 'b'])]);
    expect(lines.map((line) => line.split('  ')[1])).toEqual(['module/cycle', 'module/cycle']);
  });

  it('accepts a path in prerequisite order', () => {
    expect(report([moduleEntry('hostile'), withPrerequisites('fees', ['hostile'])], [pathEntry('week-1', ['hostile', 'fees'])])).toEqual(
      [],
    );
  });

  it('reports a module or path file whose name is not a valid id', () => {
    const content = {
      ...contentWith(),
      modules: [{ path: 'content/modules/Porting_Basics.yaml', source: MODULE }],
      paths: [{ path: 'content/paths/Week 1.yaml', source: pathSource(['porting-basics']) }],
    };
    const named = checkContent(content, { today: TODAY }).diagnostics.filter((d) => d.rule === 'file/name');
    expect(named.map((d) => d.file)).toEqual(['content/modules/Porting_Basics.yaml', 'content/paths/Week 1.yaml']);
  });
});
