// Copy buttons on "Say this" blocks. The button is in the HTML but hidden until this runs, so a
// reader without JavaScript never meets a button that does nothing.
import { onChannelChange, sayWords } from './channel.ts';

const FEEDBACK_MS = 2000;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function mountCopyButtons(doc: Document): void {
  const announcer = doc.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  doc.body.append(announcer);
  const buttons = [...doc.querySelectorAll<HTMLButtonElement>('[data-copy]')];
  // The words in the agent's channel (src/client/channel.ts), read again when the channel changes.
  const wordsOf = (button: HTMLButtonElement) => {
    const figure = button.closest('[data-say]');
    return figure ? sayWords(figure) : '';
  };
  const label = (button: HTMLButtonElement) => {
    const text = wordsOf(button);
    button.setAttribute('aria-label', `Copy: ${text.slice(0, 60)}${text.length > 60 ? '…' : ''}`);
  };
  onChannelChange(() => buttons.forEach(label));
  for (const button of buttons) {
    button.hidden = false;
    label(button);
    button.addEventListener('click', async () => {
      const copied = await copyText(wordsOf(button));
      button.textContent = copied ? 'Copied' : 'Copy failed';
      button.dataset['state'] = copied ? 'copied' : 'failed';
      announcer.textContent = copied ? 'Copied to the clipboard' : 'Could not copy: select the text and copy it by hand';
      setTimeout(() => {
        button.textContent = 'Copy';
        delete button.dataset['state'];
      }, FEEDBACK_MS);
    });
  }
}
