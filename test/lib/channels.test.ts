import { describe, expect, it } from 'vitest';
import { channelOf, spokenPhrase, wordingFor } from '../../src/lib/channels.ts';

describe('channelOf', () => {
  it('reads the three channels and turns anything else into phone', () => {
    expect(['phone', 'chat', 'email'].map(channelOf)).toEqual(['phone', 'chat', 'email']);
    expect(['Chat', '<img src=x>', '', null, 42, { toString: () => 'chat' }].map(channelOf)).toEqual(Array(6).fill('phone'));
  });
});

describe('wordingFor', () => {
  const all = { phone: 'spoken', chat: 'chatted', email: 'written' };

  it('gives each channel its own wording', () => {
    expect(['phone', 'chat', 'email'].map((channel) => wordingFor(channelOf(channel), all))).toEqual(['spoken', 'chatted', 'written']);
  });

  it('falls back from email to chat to the spoken wording', () => {
    expect(wordingFor('email', { phone: 'spoken', chat: 'chatted' })).toBe('chatted');
    expect(wordingFor('email', { phone: 'spoken' })).toBe('spoken');
    expect(wordingFor('chat', { phone: 'spoken', email: 'written' })).toBe('spoken');
  });
});

describe('spokenPhrase', () => {
  it('finds the first phrase that belongs to a call', () => {
    expect(spokenPhrase('Sorry for the wait. I can hear you are upset, please stay on the line.')).toMatchObject({
      phrase: 'can hear',
      index: 22,
    });
    expect(spokenPhrase('Thanks for holding on the phone.')?.phrase).toBe('on the phone');
    expect(spokenPhrase('Can you hear me now?')?.phrase).toBe('Can you hear me');
  });

  it('passes written wording, including words that only look like a call', () => {
    for (const text of [
      'I can see the charge on your bill.',
      'We will call you back at the time you choose.',
      'Your phone line is working again.',
      'I heartily apologise.',
    ]) {
      expect(spokenPhrase(text), text).toBeUndefined();
    }
  });
});
