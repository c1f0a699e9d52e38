// The "Show training for" filter on /training/: hides paths and modules not meant for a role. The
// form is hidden in the HTML and shown here, so without JavaScript everything is simply listed.
import { roleLabel } from '../../lib/labels.ts';

function count(items: HTMLElement[], word: string): string {
  const shown = items.filter((item) => !item.hidden).length;
  return `${shown} ${word}${shown === 1 ? '' : 's'}`;
}

export function mountAudienceFilter(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-audience-filter]');
  const status = form?.querySelector<HTMLElement>('[data-audience-status]');
  if (!form || !status) return;
  const items = (kind: string) => [...doc.querySelectorAll<HTMLElement>(`[data-filterable="${kind}"] > li`)];
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const role = new FormData(form).get('audience');
    for (const item of [...items('paths'), ...items('modules')]) {
      item.hidden = typeof role === 'string' && role !== '' && !(item.dataset['audience'] ?? '').split(' ').includes(role);
    }
    const who = typeof role === 'string' && role ? roleLabel(role).toLowerCase() : 'everyone';
    status.textContent = `Showing ${count(items('paths'), 'path')} and ${count(items('modules'), 'module')} for ${who}.`;
  });
}
