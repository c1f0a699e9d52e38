import { describe, expect, it } from 'vitest';
import { currentSection } from '../../src/lib/sections.ts';

describe('currentSection', () => {
  it('marks the playbooks section on its index, a playbook and a category page', () => {
    expect(currentSection('/playbooks/', '/')).toMatchObject({ section: { id: 'playbooks' }, isIndex: true });
    expect(currentSection('/playbooks/porting-troubleshooting/', '/')).toMatchObject({ section: { id: 'playbooks' }, isIndex: false });
    expect(currentSection('/categories/porting/', '/')).toMatchObject({ section: { id: 'playbooks' }, isIndex: false });
  });

  it('marks training on its pages under a base path, with or without the base trailing slash', () => {
    expect(currentSection('/frontline/training/', '/frontline/')).toMatchObject({ section: { id: 'training' }, isIndex: true });
    expect(currentSection('/frontline/training/modules/x/', '/frontline')).toMatchObject({ section: { id: 'training' }, isIndex: false });
  });

  it('marks the team directory as its own section', () => {
    expect(currentSection('/teams/', '/')).toMatchObject({ section: { id: 'teams' }, isIndex: true });
  });

  it('marks no section on the home page, the maintenance page or a page outside the base', () => {
    expect(currentSection('/', '/')).toBeUndefined();
    expect(currentSection('/maintenance/', '/')).toBeUndefined();
    expect(currentSection('/training/', '/frontline/')).toBeUndefined();
  });

  it('does not take a folder that only starts like a section for it', () => {
    expect(currentSection('/playbooks-old/', '/')).toBeUndefined();
  });
});
