import { describe, expect, it } from 'vitest';
import { SignalRecorder, signalWords, signalsOrigin, type SearchSignal } from '../../src/search/signals.ts';

describe('signalWords', () => {
  it('keeps the words, lowercase and single-spaced', () => {
    expect(signalWords('  Promised a CALLBACK in 2 hours ')).toBe('promised a callback in 2 hours');
  });

  it('leaves out words that look like personal data: three digits or more, or an email address', () => {
    expect(signalWords('refund for 07700 900123 jo@example.org order A12345 on the 3rd')).toBe('refund for order on the 3rd');
  });

  it('cuts a query longer than anyone types', () => {
    expect(signalWords('word '.repeat(40)).length).toBeLessThanOrEqual(100);
  });
});

function recorder() {
  const sent: SearchSignal[] = [];
  return { sent, signals: new SignalRecorder((signal) => sent.push(signal)) };
}

describe('SignalRecorder', () => {
  it('sends one signal for a query typed letter by letter and the result opened from it', () => {
    const { sent, signals } = recorder();
    for (const typed of ['ref', 'refu', 'refund', 'refund fee']) signals.searched(typed, 3);
    signals.opened('/playbooks/fee-waiver-judgment/');
    expect(sent).toEqual([{ q: 'refund fee', results: 3, opened: '/playbooks/fee-waiver-judgment/' }]);
  });

  it('sends a search left for a different one as opened nothing', () => {
    const { sent, signals } = recorder();
    signals.searched('supervsor', 0);
    signals.searched('escalate', 4);
    expect(sent).toEqual([{ q: 'supervsor', results: 0, opened: null }]);
  });

  it('sends the search on show when the page is left, and nothing twice', () => {
    const { sent, signals } = recorder();
    signals.searched('callback never came', 2);
    signals.leave();
    signals.leave();
    signals.opened('/playbooks/x/');
    expect(sent).toEqual([{ q: 'callback never came', results: 2, opened: null }]);
  });

  it('sends nothing for a search of nothing but personal-looking words', () => {
    const { sent, signals } = recorder();
    signals.searched('07700900123', 0);
    signals.leave();
    expect(sent).toEqual([]);
  });
});

describe('signalsOrigin', () => {
  it('is off when no collector is set', () => {
    expect([signalsOrigin(undefined), signalsOrigin(' ')]).toEqual([undefined, undefined]);
  });

  it('allows only the collector’s own origin, https, or http on this machine', () => {
    expect(signalsOrigin('https://signals.example.org/frontline?k=1')).toBe('https://signals.example.org');
    expect(signalsOrigin('http://127.0.0.1:8123/collect')).toBe('http://127.0.0.1:8123');
  });

  it('stops the build with a clear message for an address it cannot allow', () => {
    expect(() => signalsOrigin('signals.example.org')).toThrowErrorMatchingInlineSnapshot(
      `[Error: FRONTLINE_SEARCH_SIGNALS_URL is not a URL: "signals.example.org". Set it to the collector's full address, e.g. https://signals.example.org/frontline, or leave it unset.]`,
    );
    expect(() => signalsOrigin('http://signals.example.org/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: FRONTLINE_SEARCH_SIGNALS_URL must be an https address (http only on localhost): "http://signals.example.org/".]`,
    );
    expect(() => signalsOrigin('https://user:secret@signals.example.org/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: FRONTLINE_SEARCH_SIGNALS_URL must not carry a user name or password: every reader's browser would see them.]`,
    );
  });
});
