import { describe, expect, it } from 'vitest';
import { confidenceLabel, filterValueLabel, roleLabel } from '../../src/lib/labels.ts';
import type { Confidence } from '../../src/schemas/playbook.ts';
import { ROLES } from '../../src/schemas/roles.ts';

describe('confidenceLabel', () => {
  it('names each KCS state for readers', () => {
    const states: Confidence[] = ['wip', 'not-validated', 'validated', 'archived'];
    expect(states.map(confidenceLabel)).toEqual(['Work in progress', 'Not yet validated', 'Validated', 'Archived']);
  });
});

describe('roleLabel', () => {
  it('names every role the schema allows, keeping an unknown id as written', () => {
    expect(ROLES.map(roleLabel)).toEqual(['New hires', 'Agents', 'Senior agents', 'Supervisors']);
    expect(roleLabel('trainer')).toBe('trainer');
  });
});

describe('filterValueLabel', () => {
  it('shows the audience, confidence and type filters in the words the pages use', () => {
    expect(filterValueLabel('audience', 'new-hire')).toBe('New hires');
    expect(filterValueLabel('confidence', 'not-validated')).toBe('Not yet validated');
    expect(filterValueLabel('type', 'module')).toBe('Training modules');
    expect(filterValueLabel('type', 'playbook')).toBe('Playbooks');
  });

  it('shows a category, already filtered by its title, and an unnamed value as written', () => {
    expect(filterValueLabel('category', 'Billing and fees')).toBe('Billing and fees');
    expect(filterValueLabel('audience', 'trainer')).toBe('trainer');
  });
});
