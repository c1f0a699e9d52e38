import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { INTERNAL_ERROR } from '../../src/check/internal.ts';
import { RULE_FAMILIES, RULES } from '../../src/check/rules/index.ts';
import { TODAY } from '../helpers/content.ts';
import { RULE_EXAMPLES } from './rule-examples.ts';

/** The ids a rule may report: its own, or any filling of its placeholder (`schema/<field>` → `schema/summary`). */
function idPattern(id: string): RegExp {
  const [prefix = '', ...rest] = id.split(/<[a-z]+>/);
  return rest.length ? new RegExp(`^${prefix}[A-Za-z]+$`) : new RegExp(`^${id}$`);
}

describe('the rule table', () => {
  it('gives every rule its own id', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.length).toBeGreaterThan(40);
  });

  it('says what each rule checks in a sentence, and where it runs', () => {
    for (const rule of RULES) {
      expect(rule.checks, rule.id).toMatch(/^[A-Z`].*[.)]$/);
      // check/internal alone is reported by the runner itself, when a file or a rule makes the check fail.
      expect(Boolean(rule.eachFile) || Boolean(rule.allFiles) || Boolean(rule.eachPath), rule.id).toBe(rule !== INTERNAL_ERROR);
    }
  });

  it('lists the families under distinct headings, none empty', () => {
    const titles = RULE_FAMILIES.map((family) => family.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const family of RULE_FAMILIES) expect(family.rules.length, family.title).toBeGreaterThan(0);
  });

  it('has an example for every rule and for nothing else', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('reports %s, and only it, on its example', (id, rule) => {
    const make = RULE_EXAMPLES[id];
    if (!make) throw new Error(`no example for ${id}`);
    const diagnostics = checkContent(make(), { today: TODAY }).diagnostics;
    expect(diagnostics.length, id).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.rule, `${id}: ${diagnostic.message}`).toMatch(idPattern(id));
      expect(diagnostic.severity).toBe(rule.severity);
    }
  });
});
