import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  allPrerequisites,
  missingPrerequisites,
  moduleReading,
  pathModules,
  prerequisiteCycles,
  prerequisiteOrder,
  totalMinutes,
} from '../../src/training/modules.ts';
import type { ModuleData } from '../../src/schemas/module.ts';
import { MODULE } from '../helpers/module-yaml.ts';

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
