// The channels an agent answers in. Phone is the default wording of every "Say" line; chat and
// email are written registers a playbook may add beside it (`<Say channel="chat">` nested in the
// `<Say>` it rewords, `firstWordsChat`, `firstWordsEmail`).

export const CHANNELS = ['phone', 'chat', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The written channels: the values `<Say channel="…">` accepts. */
export const WRITTEN_CHANNELS = ['chat', 'email'] as const;
export type WrittenChannel = (typeof WRITTEN_CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = { phone: 'Phone', chat: 'Chat', email: 'Email' };

/** The channel a stored or typed value names, or phone for anything else (an allow-list, never the value itself). */
export function channelOf(value: unknown): Channel {
  return CHANNELS.find((channel) => channel === value) ?? 'phone';
}

/** The wording to show in a channel: its own, else (for email) the chat wording, else the spoken one. */
export function wordingFor<Text>(channel: Channel, wording: { phone: Text; chat?: Text | undefined; email?: Text | undefined }): Text {
  if (channel === 'email') return wording.email ?? wording.chat ?? wording.phone;
  if (channel === 'chat') return wording.chat ?? wording.phone;
  return wording.phone;
}

/**
 * Phrases that belong to a voice call, which a written message must not carry: the customer reads
 * chat and email, nobody hears them. Each with examples of the written wording to use instead.
 */
export const SPOKEN_PHRASES: readonly { pattern: RegExp; instead: string }[] = [
  {
    pattern: /\b(?:can|could) hear\b|\bhear(?:d|ing)? (?:you|that|how|what)\b|\bi hear\b/i,
    instead: '"I can see…", "I understand…"',
  },
  {
    pattern: /\b(?:on|over) the (?:phone|call)\b|\bthis call\b/i,
    instead: '"in this chat", "in this email", "here"',
  },
  {
    pattern: /\b(?:stay|hold|hang) on the line\b|\bhold the line\b|\bput you on hold\b|\bhang up\b/i,
    instead: '"please keep this chat open", "I will reply here"',
  },
  {
    pattern: /\bspeaking (?:to|with)\b|\bcan you hear me\b|\bsay that again\b/i,
    instead: '"could you type…", "could you send…"',
  },
];

/** The first spoken phrase in a written text, with where it starts, or undefined. */
export function spokenPhrase(text: string): { phrase: string; index: number; instead: string } | undefined {
  let first: { phrase: string; index: number; instead: string } | undefined;
  for (const { pattern, instead } of SPOKEN_PHRASES) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { phrase: match[0], index: match.index, instead };
  }
  return first;
}

/** Where the agent's channel is kept (localStorage); read through `channelOf`, so only a channel name ever comes back. */
export const CHANNEL_STORAGE_KEY = 'frontline:desk:v1:channel';
