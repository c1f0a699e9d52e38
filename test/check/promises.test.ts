import { describe, expect, it } from 'vitest';
import { DATA_MARK, findPromises } from '../../src/check/promises.ts';

function read(text: string): string[] {
  return findPromises(text).map((promise) => `${promise.kind}: ${promise.text}`);
}

describe('findPromises', () => {
  it('finds a period promised in words', () => {
    expect(read("We'll call you back within 2–4 hours.")).toEqual(['time: within 2–4 hours']);
    expect(read('Someone will ring you in a couple of hours.')).toEqual(['time: in a couple of hours']);
    expect(read("You'll get an email in the next few minutes.")).toEqual(['time: in the next few minutes']);
    expect(read('It completes within one working day.')).toEqual(['time: within one working day']);
  });

  it('finds a day or clock time promised beside will, I’ll or we’d', () => {
    expect(read("I'll have it sorted today.")).toEqual(['time: today']);
    expect(read('A supervisor will call you this afternoon between two and four.')).toEqual([
      'time: this afternoon',
      'time: between two and four',
    ]);
    expect(read("I said you'd hear from us by this afternoon.")).toEqual(['time: by this afternoon']);
    expect(read("We'll ring you before four to say so.")).toEqual(['time: before four']);
    expect(read('You will hear from us at 3pm tomorrow.')).toEqual(['time: at 3pm', 'time: tomorrow']);
  });

  it('finds a promise to finish before the call ends', () => {
    expect(read("I'll get this fixed before we hang up.")).toEqual(['end-of-call: before we hang up']);
    expect(read("We'll have it done by the end of this call.")).toEqual(['end-of-call: by the end of this call']);
  });

  it('finds outcomes: no transfer, a personal callback, a guarantee, certainty', () => {
    expect(read("I won't transfer you to anyone else.")).toEqual(["outcome: I won't transfer you"]);
    expect(read("I'm not going to pass you on.")).toEqual(["outcome: I'm not going to pass you on"]);
    expect(read("I'll call you back myself.")).toEqual(["outcome: I'll call you back myself"]);
    expect(read("It's guaranteed to go through.")).toEqual(['outcome: guaranteed']);
    expect(read("That'll definitely work.")).toEqual(["outcome: That'll definitely"]);
  });

  it('leaves a time that comes from data, or from the booking as a placeholder', () => {
    expect(read(`A supervisor will call you within ${DATA_MARK}.`)).toEqual([]);
    expect(read("You'll hear from us by [day and time], whether it's worked or not.")).toEqual([]);
    expect(read('A supervisor will call you by [clock time] [today or the day].')).toEqual([]);
  });

  it('leaves words that promise nothing', () => {
    for (const text of [
      "I can't promise it'll be done today.",
      "There's no guarantee, but I'll try.",
      'Here is what is available to you today.',
      'Before we hang up, is there anything else?',
      "It's booked for Thursday morning, and I've emailed you the details.",
      "I'll go through them one by one.",
      "I'm staying on the line while I bring in a colleague.",
      'It takes a few minutes, so I’ll talk you through it.',
      'Please call us straight away if you didn’t ask for this.',
      "I'll look at one thing first.",
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('judges each sentence on its own', () => {
    expect(read("I can't promise anything yet. But I'll call you tomorrow.")).toEqual(['time: tomorrow']);
  });

  it('gives where each promise starts in the text', () => {
    expect(findPromises("Thanks. I'll call today.").map((promise) => promise.index)).toEqual([18]);
  });
});
