import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseLocatedYaml } from '../../src/check/frontmatter.ts';
import {
  allPrerequisites,
  missingPrerequisites,
  moduleReading,
  pathModules,
  prerequisiteCycles,
  prerequisiteOrder,
  totalMinutes,
  trainingDiagnostics,
  type LocatedEntry,
} from '../../src/training/modules.ts';
import { moduleSchema, type ModuleData } from '../../src/schemas/module.ts';
import { pathSchema, type PathData } from '../../src/schemas/path.ts';
import type { Confidence } from '../../src/schemas/playbook.ts';

const MODULE = `title: Porting basics
summary: Read the porting playbook and answer a question about ports.
objectives:
  - Explain why the old line must stay active.
estimatedMinutes: 30
audience: [new-hire]
prerequisites: []
steps:
  - playbook: porting-troubleshooting
    focus: Read why the port was rejected.
checks:
  - question: Why must the old line stay active?
    choices:
      - A port moves a live number
      - The PIN expires otherwise
    answer: A port moves a live number
    explanation: With the line cancelled there is nothing to move.
`;

function moduleEntry(id: string, source = MODULE): LocatedEntry<ModuleData> {
  const yaml = parseLocatedYaml(source);
  return { file: `content/modules/${id}.yaml`, id, yaml, data: moduleSchema().parse(yaml.data) };
}

function withPrerequisites(id: string, prerequisites: string[]): LocatedEntry<ModuleData> {
  return moduleEntry(id, MODULE.replace('prerequisites: []', `prerequisites: [${prerequisites.join(', ')}]`));
}

function pathEntry(id: string, modules: string[]): LocatedEntry<PathData> {
  const source = `title: Week one\nsummary: The first week of training, in order.\naudience: [new-hire]\nmodules: [${modules.join(', ')}]\n`;
  const yaml = parseLocatedYaml(source);
  return { file: `content/paths/${id}.yaml`, id, yaml, data: pathSchema().parse(yaml.data) };
}

const PLAYBOOKS = new Map<string, Confidence>([
  ['porting-troubleshooting', 'validated'],
  ['escalation-guidelines', 'validated'],
  ['old-porting-form', 'archived'],
]);

function report(modules: LocatedEntry<ModuleData>[], paths: LocatedEntry<PathData>[] = []): string[] {
  return trainingDiagnostics({ modules, paths, playbooks: PLAYBOOKS }).map(
    (d) => `${d.file}:${d.line}:${d.column}  ${d.rule}  ${d.message} — ${d.fix}`,
  );
}

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('module and path composition', () => {
  it('lists a module’s playbooks in step order with their titles and focus notes', () => {
    const data = parse(MODULE) as ModuleData;
    data.steps = [
      { playbook: 'escalation-guidelines', focus: 'Second in the index, first to read.' },
      { playbook: 'porting-troubleshooting', focus: 'Then this one.' },
    ];
    const titles = new Map([
      ['porting-troubleshooting', { title: 'Porting troubleshooting' }],
      ['escalation-guidelines', { title: 'Escalation guidelines' }],
    ]);
    expect(moduleReading(data, titles)).toEqual([
      { playbook: 'escalation-guidelines', title: 'Escalation guidelines', focus: 'Second in the index, first to read.' },
      { playbook: 'porting-troubleshooting', title: 'Porting troubleshooting', focus: 'Then this one.' },
    ]);
  });

  it('leaves out a step whose playbook does not exist rather than showing a dead link', () => {
    const data = parse(MODULE) as ModuleData;
    expect(moduleReading(data, new Map())).toEqual([]);
  });

  it('lists a path’s modules in the path’s order, skipping ids that name no module', () => {
    const modules = new Map([
      ['a', 'module a'],
      ['c', 'module c'],
    ]);
    expect(pathModules({ modules: ['c', 'missing', 'a'] }, modules)).toEqual([
      { id: 'c', module: 'module c' },
      { id: 'a', module: 'module a' },
    ]);
  });

  it('adds up the estimated minutes of modules', () => {
    expect(totalMinutes([{ estimatedMinutes: 45 }, { estimatedMinutes: 60 }])).toBe(105);
    expect(totalMinutes([])).toBe(0);
  });
});

describe('prerequisites', () => {
  it('puts every prerequisite, direct or indirect, before the modules that need it', () => {
    const edges = graph({ fees: ['escalation'], escalation: ['hostile'], hostile: [], porting: ['escalation'] });
    expect(prerequisiteOrder(['fees', 'porting', 'hostile', 'escalation'], edges)).toEqual(['hostile', 'escalation', 'fees', 'porting']);
  });

  it('keeps the given order when modules do not depend on each other', () => {
    expect(prerequisiteOrder(['c', 'a', 'b'], graph({ a: [], b: [], c: [] }))).toEqual(['c', 'a', 'b']);
  });

  it('orders through a prerequisite that is not among the chosen modules', () => {
    expect(prerequisiteOrder(['c', 'a'], graph({ a: [], b: ['a'], c: ['b'] }))).toEqual(['a', 'c']);
  });

  it('terminates on a cycle and still returns every module once', () => {
    const order = prerequisiteOrder(['a', 'b', 'c'], graph({ a: ['b'], b: ['a'], c: [] }));
    expect([...order].sort()).toEqual(['a', 'b', 'c']);
  });

  it('collects indirect prerequisites and marks a module in a cycle as needing itself', () => {
    expect(allPrerequisites('c', graph({ a: [], b: ['a'], c: ['b'] }))).toEqual(new Set(['b', 'a']));
    expect(allPrerequisites('a', graph({ a: ['b'], b: ['a'] })).has('a')).toBe(true);
  });

  it('names the prerequisites a selection is missing, in the order to take them', () => {
    const edges = graph({ hostile: [], escalation: ['hostile'], fees: ['escalation'], porting: ['escalation'] });
    expect(missingPrerequisites(['fees', 'porting'], edges)).toEqual(['hostile', 'escalation']);
    expect(missingPrerequisites(['hostile', 'escalation'], edges)).toEqual([]);
  });

  it('ignores prerequisite ids that name no module when listing what is missing', () => {
    expect(missingPrerequisites(['a'], graph({ a: ['gone'] }))).toEqual([]);
  });
});

describe('prerequisiteCycles', () => {
  it('finds no cycle in a chain', () => {
    expect(prerequisiteCycles(graph({ a: [], b: ['a'], c: ['b'] }))).toEqual([]);
  });

  it('reports a two-module cycle once, as a closed walk from its smallest id', () => {
    expect(prerequisiteCycles(graph({ b: ['a'], a: ['b'] }))).toEqual([['a', 'b', 'a']]);
  });

  it('reports a longer cycle and a module that needs itself', () => {
    const cycles = prerequisiteCycles(graph({ a: ['c'], b: ['a'], c: ['b'], d: ['d'] }));
    expect(cycles).toEqual(
      expect.arrayContaining([
        ['a', 'c', 'b', 'a'],
        ['d', 'd'],
      ]),
    );
    expect(cycles).toHaveLength(2);
  });

  it('ignores prerequisites that name no module', () => {
    expect(prerequisiteCycles(graph({ a: ['missing'] }))).toEqual([]);
  });
});

describe('trainingDiagnostics', () => {
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
    expect(lines[1]).toMatch(/:24:15 {2}ref\/playbooks {2}`roleplays\[0\]\.playbook` names "old-porting-form", which is archived — /);
  });

  it('reports an answer that is not one of the choices, and offers the choice it nearly matches', () => {
    const entry = moduleEntry(
      'porting-basics',
      MODULE.replace('answer: A port moves a live number', 'answer: a port moves a live number.'),
    );
    expect(report([entry])).toEqual([
      'content/modules/porting-basics.yaml:16:13  quiz/answer  `checks[0].answer` "a port moves a live number." is not one of its choices — copy the choice exactly: "A port moves a live number"',
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
    const broken: LocatedEntry<ModuleData> = { file: 'content/modules/broken.yaml', id: 'broken', yaml: undefined, data: undefined };
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
    const lines = report([moduleEntry('Porting_Basics')], [pathEntry('Week 1', ['porting-basics'])]);
    expect(lines.filter((line) => line.includes('file/name'))).toHaveLength(2);
  });
});
