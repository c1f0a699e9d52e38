// /training/cohort/: the trainer chooses or drops trainees' progress files; each is read here (never
// uploaded) and checked by src/training/cohort.ts, loaded on first use so the page itself stays
// small. Everything shown from a file is set with textContent.
import { dueStatus, localDay } from '../assignment.ts';
import type { Cohort } from '../cohort.ts';
import { downloadText } from './training-data.ts';

type CohortModule = typeof import('../cohort.ts');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function main(): void {
  const root = document.querySelector<HTMLElement>('[data-cohort]');
  const find = <T extends HTMLElement>(name: string) => root?.querySelector<T>(`[data-cohort-${name}]`) ?? undefined;
  const input = find<HTMLInputElement>('input');
  const drop = find('drop');
  const status = find('status');
  const refused = find('refused');
  const refusedList = find('refused-list');
  const results = find('results');
  const head = find<HTMLTableRowElement>('head');
  const rows = find('rows');
  const missed = find('missed');
  const missedNone = find('missed-none');
  if (!root || !input || !drop || !status || !refused || !refusedList || !results || !head || !rows || !missed || !missedNone) return;
  let logic: CohortModule | undefined;
  let cohort: Cohort | undefined;

  const render = (current: Cohort, lib: CohortModule) => {
    const today = localDay(new Date());
    refused.hidden = current.refused.length === 0;
    refusedList.replaceChildren(...current.refused.map((message) => element('li', message)));
    results.hidden = current.trainees.length === 0;
    head.replaceChildren(
      ...['Trainee', 'Due', ...current.modules, 'Modules passed'].map((title) => Object.assign(element('th', title), { scope: 'col' })),
    );
    rows.replaceChildren(
      ...current.trainees.map((trainee) => {
        const row = element('tr');
        row.append(Object.assign(element('th', trainee.trainee), { scope: 'row' }));
        const due = element('td', trainee.due ? `${trainee.due} (${dueStatus(trainee.due, today).label})` : 'No due date');
        if (lib.isOverdue(trainee, today)) {
          due.dataset['overdue'] = '';
          due.textContent = `${due.textContent} — behind`;
        }
        row.append(due);
        const byTitle = new Map(trainee.modules.map((module) => [module.title, module]));
        for (const title of current.modules) row.append(element('td', lib.describeCell(byTitle.get(title))));
        row.append(element('td', `${trainee.modules.filter((module) => module.passed).length} of ${trainee.modules.length}`));
        return row;
      }),
    );
    const top = lib.mostMissed(current);
    missedNone.hidden = top.length > 0 || current.trainees.length === 0;
    missed.replaceChildren(
      ...top.map((entry) => {
        const item = element('li');
        item.append(element('strong', entry.question), ` — ${entry.module}: missed by ${entry.missed} of ${entry.answered} who answered`);
        return item;
      }),
    );
    const trainees = current.trainees.length;
    status.textContent = `${trainees} trainee${trainees === 1 ? '' : 's'} shown${current.refused.length ? `; ${current.refused.length} file${current.refused.length === 1 ? '' : 's'} not read, listed below` : ''}.`;
  };

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    status.textContent = 'Reading…';
    try {
      logic ??= await import('../cohort.ts');
      const lib = logic;
      const read = await Promise.all(
        files.map(async (file) => {
          // Only a file that could be an export is read at all: the size and name are checked first.
          const readable = file.size <= lib.COHORT_LIMITS.fileSize && /\.(csv|json)$/i.test(file.name);
          const text = readable ? await file.text().catch(() => '') : '';
          return lib.readProgressFile(file.name, file.size, () => text);
        }),
      );
      cohort = lib.addToCohort(cohort ?? lib.emptyCohort(), read);
      render(cohort, lib);
    } catch {
      status.textContent = 'The files could not be read. Reload the page and try again.';
    }
  };

  input.addEventListener('change', () => {
    void add([...(input.files ?? [])]);
    input.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.toggleAttribute('data-dragging', true);
  });
  drop.addEventListener('dragleave', () => drop.removeAttribute('data-dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.removeAttribute('data-dragging');
    void add([...(event.dataTransfer?.files ?? [])]);
  });
  // A file dropped beside the box must not make the browser leave the page to open it.
  addEventListener('dragover', (event) => event.preventDefault());
  addEventListener('drop', (event) => event.preventDefault());

  root.querySelector('[data-cohort-download]')?.addEventListener('click', () => {
    if (!cohort || !logic) return;
    downloadText(document, `frontline-cohort-${localDay(new Date())}.csv`, logic.cohortCsv(cohort, localDay(new Date())), 'text/csv');
    status.textContent = 'Saved the summary to your downloads.';
  });
  root.querySelector('[data-cohort-clear]')?.addEventListener('click', () => {
    if (!logic) return;
    cohort = logic.emptyCohort();
    render(cohort, logic);
    status.textContent = 'Cleared.';
    input.focus();
  });
}

main();
