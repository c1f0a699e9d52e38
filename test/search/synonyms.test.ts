import { describe, expect, it } from 'vitest';
import { synonymsFor } from '../../src/search/synonyms.ts';
import type { SynonymGroup } from '../../src/schemas/synonyms.ts';

const PORT: SynonymGroup = { id: 'port', terms: ['porting', 'switch provider', 'keep my number'] };
const FEE: SynonymGroup = { id: 'fee', terms: ['charge', 'penalty'] };
const WAIVE: SynonymGroup = { id: 'waive', terms: ['refund', 'credit', 'remove the charge'] };
const GROUPS = [PORT, FEE, WAIVE];

describe('synonymsFor', () => {
  it('maps a customer phrase to the agent term it stands for, plus the group’s other phrases', () => {
    expect(synonymsFor(['I want to keep my number'], GROUPS)).toEqual(['port', 'porting', 'switch provider']);
  });

  it('adds the customer words for a playbook that uses the agent term', () => {
    expect(synonymsFor(['Port rejected'], GROUPS)).toEqual(['keep my number', 'porting', 'switch provider']);
  });

  it('adds nothing when the texts mention no word of any group', () => {
    expect(synonymsFor(['Restoring a cancelled line', 'my line is dead'], GROUPS)).toEqual([]);
  });

  it('adds nothing for empty texts or no groups', () => {
    expect(synonymsFor([], GROUPS)).toEqual([]);
    expect(synonymsFor([''], GROUPS)).toEqual([]);
    expect(synonymsFor(['port rejected'], [])).toEqual([]);
  });

  it('does not repeat a word the texts already use', () => {
    const extra = synonymsFor(['port', 'porting', 'they told me to switch provider'], GROUPS);
    expect(extra).toEqual(['keep my number']);
  });

  it('matches words regardless of case', () => {
    expect(synonymsFor(['KEEP MY NUMBER'], [PORT])).toEqual(['port', 'porting', 'switch provider']);
    expect(synonymsFor(['A Refund Request'], [WAIVE])).toEqual(['credit', 'remove the charge', 'waive']);
  });

  it('only matches whole words, not a word inside a longer one', () => {
    expect(synonymsFor(['the customer portal', 'reports', 'support line', 'discharged'], GROUPS)).toEqual([]);
  });

  it('treats accented letters as part of a word', () => {
    expect(synonymsFor(['my résumé is wrong'], [{ id: 'sum', terms: ['total'] }])).toEqual([]);
    expect(synonymsFor(['Straße address'], [{ id: 'stra', terms: ['street'] }])).toEqual([]);
    expect(synonymsFor(['the sum of the résumé'], [{ id: 'sum', terms: ['total'] }])).toEqual(['total']);
  });

  it('treats digits as part of a word', () => {
    expect(synonymsFor(['fee2 code', 'port8080'], GROUPS)).toEqual([]);
  });

  it('finds a word next to punctuation, at the start and at the end of a text', () => {
    expect(synonymsFor(['(port)'], [PORT])).toContain('porting');
    expect(synonymsFor(['Fee, again.'], [FEE])).toEqual(['charge', 'penalty']);
    expect(synonymsFor(['was it a penalty?'], [FEE])).toEqual(['charge', 'fee']);
  });

  it('matches a multi-word phrase only when its words stand together in order', () => {
    expect(synonymsFor(['keep the number', 'number keep my'], [PORT])).toEqual([]);
    expect(synonymsFor(['please remove the charge now'], [WAIVE])).toEqual(['credit', 'refund', 'waive']);
  });

  it('does not join the end of one text and the start of the next into a phrase', () => {
    expect(synonymsFor(['I want to keep my', 'number today'], [PORT])).toEqual([]);
  });

  it('reads regular-expression characters in a term literally', () => {
    const group: SynonymGroup = { id: 'plus', terms: ['c++', 'wi.fi', '(pac)', '$5 fee'] };
    expect(synonymsFor(['I code in c++'], [group])).toEqual(['$5 fee', '(pac)', 'plus', 'wi.fi']);
    expect(synonymsFor(['the wi.fi is down'], [group])).toEqual(['$5 fee', '(pac)', 'c++', 'plus']);
    expect(synonymsFor(['the wixfi is down', 'cxx', 'pac', '5 fee'], [group])).toEqual([]);
  });

  it('collects words from every group the texts touch, once each, sorted', () => {
    const overlapping: SynonymGroup = { id: 'credit', terms: ['refund', 'goodwill'] };
    expect(synonymsFor(['Port fee waived', 'refund the penalty'], [...GROUPS, overlapping])).toEqual([
      'charge',
      'credit',
      'goodwill',
      'keep my number',
      'porting',
      'remove the charge',
      'switch provider',
      'waive',
    ]);
  });
});

describe('synonymsFor with a word two groups share', () => {
  const NUMBER_PORT: SynonymGroup = { id: 'port', terms: ['number transfer', 'keep my number'] };
  const HANDOFF: SynonymGroup = { id: 'handoff', terms: ['transfer', 'handover', 'passed around'] };

  it('does not give a porting page the hand-off words for its "transfer pin"', () => {
    expect(synonymsFor(['Porting troubleshooting', 'transfer pin', 'number transfer'], [NUMBER_PORT, HANDOFF])).toEqual([
      'keep my number',
      'port',
    ]);
  });

  it('still gives the hand-off words to a page that says "transfer" and another hand-off word', () => {
    expect(synonymsFor(['warm transfer', 'i got passed around'], [NUMBER_PORT, HANDOFF])).toEqual(['handoff', 'handover']);
  });

  it('gives a group to a page by its own agent word alone', () => {
    expect(synonymsFor(['Call notes and handoff'], [NUMBER_PORT, HANDOFF])).toEqual(['handover', 'passed around', 'transfer']);
  });
});
