// Copy buttons on "Say this" blocks. The button is in the HTML but hidden until this runs, so a
// reader without JavaScript never meets a button that does nothing.
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
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const text = button.closest('[data-say]')?.querySelector('[data-say-text]')?.textContent?.trim() ?? '';
    button.hidden = false;
    button.setAttribute('aria-label', `Copy: ${text.slice(0, 60)}${text.length > 60 ? '…' : ''}`);
    button.addEventListener('click', async () => {
      const copied = await copyText(text);
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
