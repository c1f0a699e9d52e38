// /training/assignment/record/: the completion record. The same link as the assignment page, read
// the same way; the progress saved in this browser, scored as on the assignment page; one table
// row per module. Text from the link is set with textContent, never parsed as HTML.
import { formatDay, localDay } from '../assignment.ts';
import { progressReport } from '../progress.ts';
import { describeScore, passLabel } from '../quiz.ts';
import { openAssignment } from './open-assignment.ts';

function cell(row: HTMLTableRowElement, text: string, tag: 'td' | 'th' = 'td'): void {
  const element = document.createElement(tag);
  if (tag === 'th') element.scope = 'row';
  element.textContent = text;
  row.append(element);
}

function setText(root: ParentNode, selector: string, text: string): void {
  const element = root.querySelector(selector);
  if (element) element.textContent = text;
}

function main(): void {
  const root = document.querySelector<HTMLElement>('[data-record]');
  const status = root?.querySelector<HTMLElement>('[data-record-status]');
  const body = root?.querySelector<HTMLElement>('[data-record-body]');
  const rows = root?.querySelector<HTMLElement>('[data-record-rows]');
  if (!root || !status || !body || !rows) return;
  const result = openAssignment(location.search, document);
  if (!result.ok) {
    status.textContent = result.lines.join(' ');
    return;
  }
  const { assignment, resolved, modules, store, notes } = result.opened;
  status.textContent = notes.join(' ');
  const today = localDay(new Date());
  const report = progressReport(
    { trainee: assignment.trainee, due: assignment.due, assignment: resolved.title, link: location.href },
    modules,
    store.get(),
    new Date(),
  );
  // A link made for whoever opens it names nobody: the trainer writes the name on the line.
  const trainee = body.querySelector<HTMLElement>('[data-record-trainee]');
  if (trainee) {
    if (assignment.trainee) trainee.textContent = assignment.trainee;
    else trainee.replaceChildren(Object.assign(document.createElement('span'), { className: 'sign-line' }));
  }
  setText(body, '[data-record-training]', resolved.title);
  setText(body, '[data-record-date]', formatDay(today));
  setText(body, '[data-record-due]', assignment.due ? formatDay(assignment.due) : 'No due date');
  const passed = report.modules.filter((module) => module.passed).length;
  setText(body, '[data-record-result]', report.passed ? 'All modules passed' : `${passed} of ${report.modules.length} modules passed`);
  rows.replaceChildren(
    ...report.modules.map((module) => {
      const row = document.createElement('tr');
      cell(row, module.title, 'th');
      cell(row, describeScore(module.score));
      cell(row, `${module.passMark}%`);
      cell(row, passLabel(module.passed));
      return row;
    }),
  );
  setText(body, '[data-record-total]', describeScore(report.score));
  setText(body, '[data-record-passed]', `${passed} of ${report.modules.length} passed`);
  document.title = `Completion record${assignment.trainee ? ` for ${assignment.trainee}` : ''} · Frontline`;
  body.hidden = false;
  const actions = root.querySelector<HTMLElement>('[data-record-actions]');
  const back = root.querySelector<HTMLAnchorElement>('[data-record-back]');
  if (back) back.search = location.search;
  root.querySelector('[data-record-print]')?.addEventListener('click', () => window.print());
  if (actions) actions.hidden = false;
}

main();
