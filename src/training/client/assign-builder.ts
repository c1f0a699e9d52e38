// The Assign builder on /training/: turns the form into a shareable link (the whole assignment is
// in its query string), copies it, and fills the printable assignment sheet. Everything typed is
// shown with textContent only.
import { cleanTrainee, encodeAssignment, formatDay, type Assignment } from '../assignment.ts';
import { missingPrerequisites, totalMinutes } from '../modules.ts';
import { formatMinutes, resolveAssignment, type TrainingCatalog } from '../catalog.ts';
import { copyText } from './training-data.ts';

interface BuilderParts {
  form: HTMLFormElement;
  status: HTMLElement;
  result: HTMLElement;
  link: HTMLInputElement;
  open: HTMLAnchorElement;
}

function findParts(doc: Document): BuilderParts | undefined {
  const form = doc.querySelector<HTMLFormElement>('[data-assign-form]');
  const status = doc.querySelector<HTMLElement>('[data-assign-status]');
  const result = doc.querySelector<HTMLElement>('[data-assign-result]');
  const link = doc.querySelector<HTMLInputElement>('[data-assign-link]');
  const open = doc.querySelector<HTMLAnchorElement>('[data-assign-open]');
  return form && status && result && link && open ? { form, status, result, link, open } : undefined;
}

function readForm(form: HTMLFormElement): Assignment {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const scope: Assignment['scope'] =
    text('kind') === 'path'
      ? { kind: 'path', path: text('path') }
      : { kind: 'modules', modules: data.getAll('modules').filter((id): id is string => typeof id === 'string') };
  return { scope, trainee: text('trainee'), due: text('due') || undefined };
}

function showKind(form: HTMLFormElement): void {
  const kind = new FormData(form).get('kind');
  for (const field of form.querySelectorAll<HTMLElement>('[data-kind-field]')) field.hidden = field.dataset['kindField'] !== kind;
}

/** Pre-selects what a path or module page's "Assign" link names (`?path=…` or `?modules=…`). */
function preselect(form: HTMLFormElement, params: URLSearchParams): void {
  const path = params.get('path');
  const modules = params.getAll('modules');
  const choose = (kind: string) => {
    const radio = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')].find((input) => input.value === kind);
    if (radio && !radio.disabled) radio.checked = true;
  };
  if (path) {
    const select = form.querySelector<HTMLSelectElement>('select[name="path"]');
    const option = [...(select?.options ?? [])].find((candidate) => candidate.value === path);
    if (select && option) {
      choose('path');
      select.value = path;
    }
  } else if (modules.length) {
    choose('modules');
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="modules"]')) box.checked = modules.includes(box.value);
  }
}

function fillSheet(doc: Document, assignment: Assignment, catalog: TrainingCatalog, link: string): void {
  const sheet = doc.querySelector<HTMLElement>('[data-sheet]');
  const list = doc.querySelector<HTMLElement>('[data-sheet-modules]');
  if (!sheet || !list) return;
  const resolved = resolveAssignment(assignment, catalog);
  const set = (name: string, text: string) => {
    const field = sheet.querySelector(`[data-sheet-${name}]`);
    if (field) field.textContent = text;
  };
  set('trainee', cleanTrainee(assignment.trainee));
  set('training', resolved.title);
  set('due', assignment.due ? formatDay(assignment.due) : 'No due date');
  set('minutes', formatMinutes(totalMinutes(resolved.modules.map((module) => ({ estimatedMinutes: module.minutes })))));
  set('link', link);
  const blocks = new Map(
    [...list.querySelectorAll<HTMLElement>('[data-sheet-module]')].map((block) => [block.dataset['sheetModule'], block]),
  );
  for (const block of blocks.values()) block.hidden = true;
  for (const module of resolved.modules) {
    const block = blocks.get(module.id);
    if (!block) continue;
    block.hidden = false;
    list.append(block); // appended in assignment order
  }
  sheet.hidden = false;
}

export function mountAssignBuilder(doc: Document, catalog: TrainingCatalog): void {
  const parts = findParts(doc);
  if (!parts) return;
  const { form, status, result, link, open } = parts;
  const titles = new Map(catalog.modules.map((module) => [module.id, module.title]));
  const graph = new Map(catalog.modules.map((module) => [module.id, module.prerequisites]));
  preselect(form, new URLSearchParams(location.search));
  showKind(form);
  form.addEventListener('change', () => showKind(form));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const assignment = readForm(form);
    if (assignment.scope.kind === 'modules' && assignment.scope.modules.length === 0) {
      status.textContent = 'Tick at least one module to assign.';
      form.querySelector<HTMLInputElement>('input[name="modules"]')?.focus();
      return;
    }
    const query = encodeAssignment(assignment);
    const url = new URL(`${doc.documentElement.dataset['base'] ?? '/'}training/assignment/?${query}`, location.href).href;
    link.value = url;
    open.href = url;
    result.hidden = false;
    fillSheet(doc, assignment, catalog, url);
    const missing = assignment.scope.kind === 'modules' ? missingPrerequisites(assignment.scope.modules, graph) : [];
    status.textContent =
      `Link ready for ${cleanTrainee(assignment.trainee)}. Copy it and send it, or print the assignment sheet.` +
      (missing.length
        ? ` Note: these modules build on ${missing.map((id) => titles.get(id) ?? id).join(', ')}, which is not assigned.`
        : '');
    link.focus();
    link.select();
  });

  doc.querySelector('[data-assign-copy]')?.addEventListener('click', async () => {
    const copied = await copyText(link.value);
    status.textContent = copied ? 'Link copied to the clipboard.' : 'Could not copy: the link is selected, copy it by hand.';
    if (!copied) link.select();
  });
  doc.querySelector('[data-assign-print]')?.addEventListener('click', () => window.print());
}
