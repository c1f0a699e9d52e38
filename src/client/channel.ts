// The agent's channel (phone, chat or email): a switch on the page, remembered in localStorage,
// and read back only through the allow-list in src/lib/channels.ts. The boot script
// (src/lib/desk-boot.ts) has already marked <html data-channel> before the page was drawn; the
// switch changes the mark, and the styles beside <Say> show the matching wording.
import { CHANNEL_STORAGE_KEY, channelOf, wordingFor, type Channel } from '../lib/channels.ts';

/** The channel the page shows now. */
export function currentChannel(doc: Document = document): Channel {
  return channelOf(doc.documentElement.dataset['channel'] ?? 'phone');
}

function remember(channel: Channel): void {
  try {
    if (channel === 'phone') localStorage.removeItem(CHANNEL_STORAGE_KEY);
    else localStorage.setItem(CHANNEL_STORAGE_KEY, channel);
  } catch {
    // storage refused (private mode, policy): the choice holds for this page only
  }
}

/** The words a "Say" block shows in the current channel: the channel's wording if it has one, else the spoken words. */
export function sayWords(figure: Element, channel: Channel = currentChannel(figure.ownerDocument)): string {
  const wording = (name: string) => figure.querySelector(`[data-say-channel="${name}"] [data-say-words]`) ?? undefined;
  const written =
    channel === 'phone' ? undefined : wordingFor(channel, { phone: undefined, chat: wording('chat'), email: wording('email') });
  if (written) return written.textContent?.trim() ?? '';
  const text = figure.querySelector('[data-say-text]');
  if (!text) return '';
  return [...text.childNodes]
    .filter((node) => !(node instanceof Element && node.matches('[data-say-channel]')))
    .map((node) => node.textContent ?? '')
    .join('')
    .trim();
}

const listeners = new Set<(channel: Channel) => void>();

/** Runs `listener` whenever the agent switches channel (search results redraw their "Say" line). */
export function onChannelChange(listener: (channel: Channel) => void): void {
  listeners.add(listener);
}

export function setChannel(channel: Channel, doc: Document = document): void {
  if (channel === 'phone') delete doc.documentElement.dataset['channel'];
  else doc.documentElement.dataset['channel'] = channel;
  remember(channel);
  for (const form of doc.querySelectorAll<HTMLFormElement>('[data-channel-switch]')) {
    const input = form.querySelector<HTMLInputElement>(`input[value="${channel}"]`);
    if (input) input.checked = true;
  }
  for (const listener of listeners) listener(channel);
}

/** Wires up each channel switch and checks the agent's channel in it. */
export function mountChannelSwitches(doc: Document = document): void {
  const channel = currentChannel(doc);
  for (const form of doc.querySelectorAll<HTMLFormElement>('[data-channel-switch]')) {
    const input = form.querySelector<HTMLInputElement>(`input[value="${channel}"]`);
    if (input) input.checked = true;
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      setChannel(channelOf(target.value), doc);
    });
    form.addEventListener('submit', (event) => event.preventDefault());
  }
}

const SAY_LABELS: Record<Channel, string> = { phone: 'Say: ', chat: 'Chat: ', email: 'Email: ' };

/**
 * A search result's first words in the agent's channel, labelled with the channel. The wording
 * rides on the element's dataset (text from the index, only ever set as text), so a switch of
 * channel redraws every result already shown.
 */
export function resultSayLine(wording: { phone: string; chat?: string | undefined; email?: string | undefined }): HTMLParagraphElement {
  const line = document.createElement('p');
  line.className = 'result__say';
  line.dataset['resultSay'] = wording.phone;
  if (wording.chat) line.dataset['resultSayChat'] = wording.chat;
  if (wording.email) line.dataset['resultSayEmail'] = wording.email;
  drawSayLine(line, currentChannel());
  return line;
}

function drawSayLine(line: HTMLElement, channel: Channel): void {
  const { resultSay = '', resultSayChat, resultSayEmail } = line.dataset;
  const label = document.createElement('span');
  label.className = 'result__say-label';
  // The channel whose wording is shown: the agent's, or the one it falls back to.
  const shown = wordingFor<Channel>(channel, {
    phone: 'phone',
    chat: resultSayChat ? 'chat' : undefined,
    email: resultSayEmail ? 'email' : undefined,
  });
  label.textContent = SAY_LABELS[shown];
  line.replaceChildren(label, wordingFor(channel, { phone: resultSay, chat: resultSayChat, email: resultSayEmail }));
}

onChannelChange((channel) => {
  for (const line of document.querySelectorAll<HTMLElement>('[data-result-say]')) drawSayLine(line, channel);
});
