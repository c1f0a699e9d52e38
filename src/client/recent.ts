// Recent and pinned playbooks: a playbook page records itself as opened and offers a Pin button;
// every search box lists the pins and the recent pages while it is empty (the home page's always,
// the header's as a drop-down while it has focus). Storage goes through src/lib/recent-pinned.ts,
// which reads it through an allow-list; here everything is written as text or built as a path.
import {
  MAX_PINNED,
  MAX_RECENT,
  parseRemembered,
  PINNED_STORAGE_KEY,
  RECENT_STORAGE_KEY,
  rememberedHref,
  shownUnderSearch,
  togglePinned,
  withOpened,
  type RememberedPlaybook,
} from '../lib/recent-pinned.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string, max: number): RememberedPlaybook[] {
  try {
    return parseRemembered(storage()?.getItem(key), max);
  } catch {
    return [];
  }
}

function write(key: string, list: readonly RememberedPlaybook[]): void {
  try {
    storage()?.setItem(key, JSON.stringify(list));
  } catch {
    // full or refused: the lists are a convenience, the page works without them
  }
}

function linkList(doc: Document, title: string, id: string, entries: readonly RememberedPlaybook[], base: string): HTMLElement[] {
  if (!entries.length) return [];
  const heading = doc.createElement('p');
  heading.className = 'recent__title';
  heading.id = id;
  heading.textContent = title;
  const list = doc.createElement('ul');
  list.className = 'recent__list';
  list.setAttribute('aria-labelledby', id);
  for (const entry of entries) {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = rememberedHref(base, entry);
    link.textContent = entry.title;
    item.append(link);
    list.append(item);
  }
  return [heading, list];
}

/** Fills one box's list from storage; hidden when there is nothing to show. */
function draw(container: HTMLElement, base: string): void {
  const { pinned, recent } = shownUnderSearch(read(RECENT_STORAGE_KEY, MAX_RECENT), read(PINNED_STORAGE_KEY, MAX_PINNED));
  const prefix = container.id || 'recent';
  const doc = container.ownerDocument;
  container.replaceChildren(
    ...linkList(doc, 'Pinned', `${prefix}-pinned`, pinned, base),
    ...linkList(doc, 'Recently opened', `${prefix}-recent`, recent, base),
  );
  container.dataset['empty'] = String(!pinned.length && !recent.length);
}

function mountBox(container: HTMLElement, base: string): void {
  const search = container.closest<HTMLElement>('[data-search]');
  const input = search?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!search || !input) return;
  const dropDown = search.dataset['variant'] === 'header';
  let open = !dropDown;
  const update = () => {
    container.hidden = !open || input.value.trim() !== '' || container.dataset['empty'] === 'true';
  };
  draw(container, base);
  update();
  input.addEventListener('input', update);
  if (dropDown) {
    search.addEventListener('focusin', (event) => {
      // Moving between the box and its links: redrawing would remove the link taking focus.
      if (open && event.relatedTarget instanceof Node && search.contains(event.relatedTarget)) return;
      open = true;
      draw(container, base);
      update();
    });
    search.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && search.contains(event.relatedTarget)) return;
      open = false;
      update();
    });
    search.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || container.hidden) return;
      open = false;
      update();
    });
  }
  // Another tab pinned or opened something.
  addEventListener('storage', (event) => {
    if (event.key !== RECENT_STORAGE_KEY && event.key !== PINNED_STORAGE_KEY) return;
    draw(container, base);
    update();
  });
}

/** The Pin button of a playbook page: records the page as opened, and pins or unpins it. */
function mountPinButton(button: HTMLButtonElement): void {
  const entry = { id: button.dataset['playbook'] ?? '', title: button.dataset['title'] ?? '' };
  write(RECENT_STORAGE_KEY, withOpened(read(RECENT_STORAGE_KEY, MAX_RECENT), entry));
  const status = button.parentElement?.querySelector<HTMLElement>('[data-pin-status]');
  const show = (pinned: boolean) => {
    button.setAttribute('aria-pressed', String(pinned));
    button.textContent = pinned ? 'Pinned' : 'Pin';
  };
  show(read(PINNED_STORAGE_KEY, MAX_PINNED).some((item) => item.id === entry.id));
  button.addEventListener('click', () => {
    const result = togglePinned(read(PINNED_STORAGE_KEY, MAX_PINNED), entry);
    write(PINNED_STORAGE_KEY, result.list);
    show(result.pinned);
    if (status) {
      status.textContent = result.full
        ? `You have ${MAX_PINNED} pins, the most there is room for: unpin one first.`
        : result.pinned
          ? 'Pinned: it shows under the empty search box.'
          : 'Unpinned.';
    }
  });
}

export function mountRecentAndPinned(doc: Document = document): void {
  const base = doc.documentElement.dataset['base'] ?? '/';
  const pin = doc.querySelector<HTMLButtonElement>('[data-pin]');
  if (pin) mountPinButton(pin);
  for (const container of doc.querySelectorAll<HTMLElement>('[data-recent]')) mountBox(container, base);
}
