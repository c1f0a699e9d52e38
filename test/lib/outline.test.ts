import { describe, expect, it } from 'vitest';
import { stepOutline } from '../../src/lib/outline.ts';
import { VALID_BODY } from '../helpers/content.ts';

describe('stepOutline', () => {
  it('lists the steps of a playbook in order with their anchors', () => {
    expect(stepOutline(VALID_BODY)).toEqual([
      { title: 'Read the rejection', anchor: 'step-read-the-rejection' },
      { title: 'Reactivate the line', anchor: 'step-reactivate-the-line' },
    ]);
  });

  it('finds a step whose title attribute is on the next line', () => {
    expect(stepOutline('<Step\n  title="Check the old line">\nText\n</Step>')).toEqual([
      { title: 'Check the old line', anchor: 'step-check-the-old-line' },
    ]);
  });

  it('returns no steps for a body without any', () => {
    expect(stepOutline('## Steps\n\nNothing yet.\n')).toEqual([]);
  });

  it('ignores other components whose names start with Step', () => {
    expect(stepOutline('<Stepper title="Not a step">\n</Stepper>\n\n<Step title="A real step">\n</Step>')).toEqual([
      { title: 'A real step', anchor: 'step-a-real-step' },
    ]);
  });
});
