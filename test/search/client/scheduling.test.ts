import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oneAtATime, PauseTimer } from '../../../src/search/client/scheduling.ts';

describe('oneAtATime', () => {
  it('starts the task at once, before the caller awaits anything', () => {
    let started = 0;
    const run = oneAtATime(async () => {
      started += 1;
    });
    void run();
    expect(started).toBe(1);
  });

  it('answers every call that arrives during a run with one more run', async () => {
    const releases: (() => void)[] = [];
    let runs = 0;
    const run = oneAtATime(async () => {
      runs += 1;
      await new Promise<void>((release) => releases.push(release));
    });
    const first = run();
    void run();
    void run();
    void run();
    expect(runs).toBe(1);
    releases.shift()?.();
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    expect(runs).toBe(2);
    releases.shift()?.();
    await first;
    expect(runs).toBe(2);
  });

  it('runs again for a call after the last run ended, and after a task that threw', async () => {
    let runs = 0;
    const run = oneAtATime(async () => {
      runs += 1;
      if (runs === 1) throw new Error('engine failed');
    });
    await expect(run()).rejects.toThrow('engine failed');
    await run();
    expect(runs).toBe(2);
  });
});

describe('PauseTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once the pause has passed since the latest restart', () => {
    const timer = new PauseTimer(300);
    const calls: string[] = [];
    timer.restart(() => calls.push('first'));
    vi.advanceTimersByTime(299);
    timer.restart(() => calls.push('second'));
    vi.advanceTimersByTime(299);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['second']);
  });

  it('drops the waiting call when cancelled', () => {
    const timer = new PauseTimer(300);
    const calls: string[] = [];
    timer.restart(() => calls.push('call'));
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
  });
});
