// /training/assignment/: reads the assignment from the link, shows the assigned modules in order,
// and keeps the trainee's progress (playbooks read, answers) in localStorage per assignment. All
// text that comes from the link is set with textContent, never parsed as HTML.
import { dueStatus, formatDay, localDay, type Assignment } from '../assignment.ts';
import { totalMinutes } from '../modules.ts';
import { exportFileName, progressReport, reportToCsv, reportToJson, type ProgressStore, type ReportModule } from '../progress.ts';
import { combineScores, describeScore, passes, passLabel, scoreModule } from '../quiz.ts';
import { formatMinutes, type ResolvedAssignment } from '../catalog.ts';
import { mountKnowledgeChecks, type MountedCheck } from './knowledge-check.ts';
import { openAssignment } from './open-assignment.ts';
import { copyText, downloadText } from './training-data.ts';

function paragraphs(box: HTMLElement, lines: string[]): void {
  box.replaceChildren(
    ...lines.map((line) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }),
  );
}

function setText(root: ParentNode, selector: string, text: string): void {
  const element = root.querySelector(selector);
  if (element) element.textContent = text;
}

/** Shows the assigned modules, in order, and the facts at the top. */
function showAssignment(body: HTMLElement, assignment: Assignment, resolved: ResolvedAssignment): void {
  setText(body, '[data-assignment-title]', resolved.title);
  setText(
    body,
    '[data-assignment-due]',
    assignment.due ? `${formatDay(assignment.due)} (${dueStatus(assignment.due, localDay(new Date())).label})` : 'No due date',
  );
  setText(body, '[data-assignment-minutes]', formatMinutes(totalMinutes(resolved.modules.map((m) => ({ estimatedMinutes: m.minutes })))));
  const list = body.querySelector<HTMLElement>('[data-assignment-modules]');
  const blocks = new Map(
    [...body.querySelectorAll<HTMLElement>('[data-assignment-module]')].map((block) => [block.dataset['assignmentModule'], block]),
  );
  for (const module of resolved.modules) {
    const block = blocks.get(module.id);
    if (!block || !list) continue;
    block.hidden = false;
    list.append(block); // appended in assignment order
  }
  // Hidden modules keep no controls in the tab order or the export.
  for (const block of blocks.values()) if (block.hidden) block.remove();
  body.hidden = false;
}

/** The module's "Passed" / "Not yet" mark. Module ids come from the catalog, which the build wrote. */
function showPass(body: HTMLElement, moduleId: string, passed: boolean): void {
  const mark = body.querySelector<HTMLElement>(`[data-module-pass="${moduleId}"]`);
  if (!mark) return;
  mark.textContent = passLabel(passed);
  mark.toggleAttribute('data-passed', passed);
}

function mountProgress(body: HTMLElement, store: ProgressStore, modules: readonly ReportModule[], seed: string): () => void {
  const boxes = [...body.querySelectorAll<HTMLInputElement>('input[data-read]')];
  const renderScores = () => {
    const { answers } = store.get();
    let passed = 0;
    const scores = modules.map((module) => {
      const score = scoreModule(module.id, module.checks, answers);
      setText(body, `[data-module-score="${module.id}"]`, describeScore(score));
      const pass = passes(score, module.passMark);
      showPass(body, module.id, pass);
      if (pass) passed += 1;
      return score;
    });
    setText(body, '[data-assignment-score]', describeScore(combineScores(scores)));
    setText(body, '[data-assignment-passed]', `${passed} of ${modules.length}`);
  };
  const checks: Map<string, MountedCheck> = mountKnowledgeChecks(body, {
    lock: true,
    seed,
    onAnswer: (key, choice) => {
      store.answer(key, choice);
      renderScores();
    },
  });
  const render = () => {
    const progress = store.get();
    for (const box of boxes) box.checked = progress.read.includes(box.dataset['read'] ?? '');
    for (const check of checks.values()) check.clear();
    for (const [key, choice] of Object.entries(progress.answers)) checks.get(key)?.show(choice, true);
    renderScores();
  };
  for (const box of boxes) box.addEventListener('change', () => store.setRead(box.dataset['read'] ?? '', box.checked));
  render();
  return render;
}

function mountExport(
  body: HTMLElement,
  store: ProgressStore,
  assignment: Assignment,
  resolved: ResolvedAssignment,
  modules: readonly ReportModule[],
  render: () => void,
): void {
  const status = body.querySelector<HTMLElement>('[data-progress-status]');
  if (!status) return;
  if (!store.persistent()) {
    setText(body, '[data-progress-where]', 'This browser is not keeping your progress, so export it before you close this page.');
  }
  const exported = () => {
    const format = body.querySelector<HTMLInputElement>('input[name="export-format"]:checked')?.value === 'json' ? 'json' : 'csv';
    const header = { trainee: assignment.trainee, due: assignment.due, assignment: resolved.title, link: location.href };
    const report = progressReport(header, modules, store.get(), new Date());
    return format === 'json'
      ? { name: exportFileName(assignment.trainee, 'json'), text: reportToJson(report), type: 'application/json' }
      : { name: exportFileName(assignment.trainee, 'csv'), text: reportToCsv(report), type: 'text/csv' };
  };
  const record = body.querySelector<HTMLAnchorElement>('[data-record-link]');
  // The same link, so the record page finds the same assignment and the same progress.
  if (record) record.search = location.search;
  body.querySelector('[data-export-download]')?.addEventListener('click', () => {
    const file = exported();
    downloadText(document, file.name, file.text, file.type);
    status.textContent = `Saved ${file.name} to your downloads.`;
  });
  body.querySelector('[data-export-copy]')?.addEventListener('click', async () => {
    const copied = await copyText(exported().text);
    status.textContent = copied ? 'Progress copied to the clipboard.' : 'Could not copy. Use Export progress instead.';
  });
  body.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
    if (!window.confirm('Reset all progress on this assignment? Your ticks and answers will be cleared.')) return;
    store.reset();
    render();
    status.textContent = 'Progress reset.';
  });
}

function main(): void {
  const root = document.querySelector<HTMLElement>('[data-assignment]');
  const status = root?.querySelector<HTMLElement>('[data-assignment-status]');
  const body = root?.querySelector<HTMLElement>('[data-assignment-body]');
  if (!root || !status || !body) return;
  const result = openAssignment(location.search, document);
  if (!result.ok) {
    paragraphs(status, result.lines);
    return;
  }
  const { assignment, resolved, modules, store, seed, notes } = result.opened;
  paragraphs(status, notes);
  const heading = assignment.trainee ? `Training for ${assignment.trainee}` : 'Training assignment';
  setText(root, '[data-assignment-heading]', heading);
  document.title = `${heading} · Frontline`;
  showAssignment(body, assignment, resolved);
  const render = mountProgress(body, store, modules, seed);
  mountExport(body, store, assignment, resolved, modules, render);
}

main();
