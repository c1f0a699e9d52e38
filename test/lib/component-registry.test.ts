import { describe, expect, it } from 'vitest';
import { ALLOWED_HTML_ATTRIBUTES, ALLOWED_HTML_ELEMENTS, CONTENT_COMPONENTS } from '../../src/lib/component-registry.ts';

const specs = Object.entries(CONTENT_COMPONENTS);

describe('CONTENT_COMPONENTS', () => {
  it('names every component with a capital letter, so MDX treats it as a component and not an HTML element', () => {
    const notCapitalised = specs.map(([name]) => name).filter((name) => !/^[A-Z][A-Za-z]*$/.test(name));
    expect(notCapitalised).toEqual([]);
  });

  it('requires only attributes the component declares', () => {
    const undeclared = specs.flatMap(([name, spec]) =>
      spec.required.filter((attribute) => !(attribute in spec.attributes)).map((attribute) => `${name}.${attribute}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('never lists a required attribute twice', () => {
    const repeated = specs.filter(([, spec]) => new Set(spec.required).size !== spec.required.length).map(([name]) => name);
    expect(repeated).toEqual([]);
  });

  it('never requires a flag, which is only ever present or absent', () => {
    const requiredFlags = specs.flatMap(([name, spec]) =>
      spec.required.filter((attribute) => spec.attributes[attribute] === 'flag').map((attribute) => `${name}.${attribute}`),
    );
    expect(requiredFlags).toEqual([]);
  });

  it('checks every attribute that names a team against the teams', () => {
    const teamAttributes = specs.flatMap(([name, spec]) =>
      Object.entries(spec.attributes)
        .filter(([attribute]) => attribute === 'team' || attribute === 'escalate')
        .map(([attribute, kind]) => [`${name}.${attribute}`, kind]),
    );
    expect(teamAttributes).toEqual([
      ['Branch.escalate', 'team'],
      ['Escalate.team', 'team'],
      ['Limit.team', 'team'],
      ['Sla.team', 'team'],
    ]);
  });

  it('gives the action and note boxes no attributes and makes them stand on their own lines', () => {
    for (const name of ['Do', 'Avoid', 'Note']) {
      expect(CONTENT_COMPONENTS[name], name).toEqual({ attributes: {}, required: [], block: true });
    }
  });

  it('lets a talk track name only a written channel, and makes it stand on its own lines', () => {
    expect(CONTENT_COMPONENTS['Say']).toEqual({ attributes: { channel: { oneOf: ['chat', 'email'] } }, required: [], block: true });
  });

  it('makes every step and decision component a block with its heading text required', () => {
    expect(CONTENT_COMPONENTS['Step']).toEqual({ attributes: { title: 'text' }, required: ['title'], block: true });
    expect(CONTENT_COMPONENTS['Decision']).toEqual({ attributes: { question: 'text' }, required: ['question'], block: true });
  });

  it('requires a branch to say when it applies but leaves the choice of ending (goto, resolved, escalate) open', () => {
    expect(CONTENT_COMPONENTS['Branch']).toEqual({
      attributes: { when: 'text', goto: 'step', resolved: 'flag', escalate: 'team' },
      required: ['when'],
      block: true,
    });
  });

  it('requires the escalation box to name its team', () => {
    expect(CONTENT_COMPONENTS['Escalate']).toEqual({ attributes: { team: 'team' }, required: ['team'], block: true });
  });

  it('lets the limit, callback SLA, data value and region marker stand inside a sentence, with every attribute required', () => {
    const inline = specs.filter(([, spec]) => !spec.block).map(([name]) => name);
    expect(inline).toEqual(['Limit', 'Sla', 'Value', 'Region']);
    for (const name of inline) {
      const spec = CONTENT_COMPONENTS[name];
      expect(spec?.required.toSorted(), name).toEqual(Object.keys(spec?.attributes ?? {}).toSorted());
    }
    expect(CONTENT_COMPONENTS['Limit']?.attributes).toEqual({ team: 'team', authority: 'text', role: 'role' });
  });

  it('checks the value a <Value> names against content/values.yaml, as a team is checked', () => {
    expect(CONTENT_COMPONENTS['Value']).toEqual({ attributes: { of: 'value' }, required: ['of'], block: false });
  });

  it("gives <Verify /> no attributes: the level is the playbook's own, stated once in its frontmatter", () => {
    expect(CONTENT_COMPONENTS['Verify']).toEqual({ attributes: {}, required: [], block: true });
  });

  it('checks the data a component names: a region, a safety case, or one of a fixed list', () => {
    expect(CONTENT_COMPONENTS['Region']?.attributes).toEqual({ code: 'region' });
    expect(CONTENT_COMPONENTS['SafetyRoute']).toEqual({ attributes: { case: 'safety-case' }, required: [], block: true });
    expect(CONTENT_COMPONENTS['IdentityChecks']?.attributes).toEqual({ show: { oneOf: ['checks', 'fraud-signs', 'notice'] } });
  });
});

describe('ALLOWED_HTML_ELEMENTS', () => {
  it('allows nothing that can run script, load content or put a block inside a line of text', () => {
    const dangerous = ['script', 'style', 'iframe', 'object', 'embed', 'img', 'a', 'form', 'input', 'svg', 'math', 'div', 'figure', 'p'];
    expect(ALLOWED_HTML_ELEMENTS.filter((element) => dangerous.includes(element))).toEqual([]);
  });

  it('writes every element in lowercase, distinct from the component names', () => {
    expect(ALLOWED_HTML_ELEMENTS.filter((element) => element !== element.toLowerCase())).toEqual([]);
    const componentNames = Object.keys(CONTENT_COMPONENTS).map((name) => name.toLowerCase());
    expect(ALLOWED_HTML_ELEMENTS.filter((element) => componentNames.includes(element))).toEqual([]);
  });
});

describe('ALLOWED_HTML_ATTRIBUTES', () => {
  it('lets an abbreviation carry its expansion as a title', () => {
    expect(ALLOWED_HTML_ATTRIBUTES['abbr']).toContain('title');
  });

  it('lists attributes only for allowed elements', () => {
    const elements: readonly string[] = ALLOWED_HTML_ELEMENTS;
    expect(Object.keys(ALLOWED_HTML_ATTRIBUTES).filter((element) => !elements.includes(element))).toEqual([]);
  });

  it('allows no event handler, style or address attribute on any element', () => {
    const unsafe = Object.values(ALLOWED_HTML_ATTRIBUTES)
      .flat()
      .filter((attribute) => /^on/i.test(attribute) || ['style', 'href', 'src', 'srcset', 'action', 'formaction'].includes(attribute));
    expect(unsafe).toEqual([]);
  });
});
