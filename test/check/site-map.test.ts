import { describe, expect, it } from 'vitest';
import { buildSiteMap } from '../../src/check/site-map.ts';
import { PORTING_CATEGORY, PORTING_TEAM } from '../helpers/content.ts';

const SAFETY = { path: 'content/safety.yaml', source: '- id: threat\n  name: A threat to harm someone\n  team: porting-desk\n' };
const files = { categories: [PORTING_CATEGORY], modules: [], paths: [], teams: [PORTING_TEAM], safety: SAFETY };

describe('buildSiteMap', () => {
  it('publishes the team directory with an anchor for each team and for the safety route', () => {
    expect(buildSiteMap([], files).get('/teams/')).toEqual(new Set(['main', 'safety', 'team-porting-desk']));
  });

  it('gives the team directory no team anchors when there are no teams', () => {
    expect(buildSiteMap([], { ...files, teams: [] }).get('/teams/')).toEqual(new Set(['main', 'safety']));
  });

  it('gives the team directory no safety anchor when there is no safety file to show', () => {
    expect(buildSiteMap([], { categories: [], modules: [], paths: [], teams: [PORTING_TEAM] }).get('/teams/')).toEqual(
      new Set(['main', 'team-porting-desk']),
    );
  });

  it('publishes a page for each category', () => {
    expect(buildSiteMap([], files).has('/categories/porting/')).toBe(true);
  });
});
