// Knowledge checks (src/components/training/KnowledgeCheck.astro): each trainee gets their own
// stable order of choices, and their own draw from a module's bank (see shuffle.ts, seed.ts);
// then immediate feedback in the form's status line, and the explanation with the reason their
// choice was wrong. Used by the module page (try again freely) and the assignment page (the first
// answer stands and is saved).
import { feedback } from '../quiz.ts';
import { choiceSeed, drawnIndices, drawSeed, shuffled } from '../shuffle.ts';

export interface CheckOptions {
  /** Disable the question once answered, so a recorded score cannot be improved by guessing. */
  lock: boolean;
  /** Whose order the choices are in and which questions are drawn (see seed.ts). */
  seed: string;
  onAnswer?: (key: string, choice: string) => void;
}

export interface MountedCheck {
  /** Shows `choice` as the answer given: selected, marked, explained. `quiet` restores a saved answer without announcing it. */
  show(choice: string, quiet?: boolean): void;
  /** Back to unanswered. */
  clear(): void;
}

/** Keeps the questions drawn for `seed` from each module's bank and removes the others. */
function drawQuestions(root: ParentNode, seed: string): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-checks]')) {
    const shown = Number(box.dataset['checksShown']);
    const forms = [...box.querySelectorAll<HTMLFormElement>('form[data-check]')];
    const kept = new Set(
      drawnIndices(forms.length, Number.isInteger(shown) && shown > 0 ? shown : undefined, drawSeed(seed, box.dataset['checks'] ?? '')),
    );
    forms.forEach((form, index) => {
      if (!kept.has(index)) form.remove();
    });
  }
}

/** Puts the choices, and the reasons under them, in this trainee's order for this question. */
function orderChoices(form: HTMLFormElement, key: string, seed: string): void {
  const box = form.querySelector<HTMLElement>('[data-check-choices]');
  if (!box) return;
  const labels = shuffled([...box.children], choiceSeed(seed, key));
  box.append(...labels);
  const order = labels.map((label) => label.querySelector('input')?.value);
  const reasons = form.querySelector<HTMLElement>('[data-check-why]');
  if (!reasons) return;
  const items = [...reasons.querySelectorAll<HTMLElement>('li[data-choice]')];
  reasons.append(...items.sort((a, b) => order.indexOf(a.dataset['choice']) - order.indexOf(b.dataset['choice'])));
}

function mount(form: HTMLFormElement, options: CheckOptions): [string, MountedCheck] | undefined {
  const key = form.dataset['check'];
  const answer = form.dataset['answer'];
  const status = form.querySelector<HTMLElement>('[data-check-feedback]');
  const explanation = form.querySelector<HTMLDetailsElement>('[data-check-explanation]');
  const button = form.querySelector<HTMLButtonElement>('[data-check-submit]');
  if (key === undefined || answer === undefined || !status || !explanation || !button) return undefined;
  orderChoices(form, key, options.seed);
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const reasons = [...form.querySelectorAll<HTMLElement>('li[data-choice]')];
  button.hidden = false;
  explanation.hidden = true;

  const markReason = (choice: string | undefined) => {
    // Compared as values, never put into a selector: choices are content, and content is text.
    for (const reason of reasons) {
      const chosen = choice !== undefined && reason.dataset['choice'] === choice;
      reason.toggleAttribute('data-chosen', chosen);
      const yours = reason.querySelector<HTMLElement>('[data-check-yours]');
      if (yours) yours.hidden = !chosen;
    }
  };
  const check: MountedCheck = {
    show(choice, quiet = false) {
      for (const radio of radios) radio.checked = radio.value === choice;
      // A page restoring ten saved answers should not read out ten "Correct."s.
      if (quiet) status.removeAttribute('role');
      status.textContent = feedback({ answer }, choice);
      if (quiet) requestAnimationFrame(() => status.setAttribute('role', 'status'));
      form.dataset['state'] = choice === answer ? 'correct' : 'incorrect';
      markReason(choice);
      explanation.hidden = false;
      explanation.open = true;
      if (options.lock) for (const control of [...radios, button]) control.disabled = true;
    },
    clear() {
      for (const radio of radios) {
        radio.checked = false;
        radio.disabled = false;
      }
      button.disabled = false;
      status.textContent = '';
      delete form.dataset['state'];
      markReason(undefined);
      explanation.open = false;
      explanation.hidden = true;
    },
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = radios.find((radio) => radio.checked);
    if (!chosen) {
      status.textContent = 'Choose an answer first.';
      return;
    }
    check.show(chosen.value);
    options.onAnswer?.(key, chosen.value);
  });
  return [key, check];
}

/**
 * Draws each module's questions for `options.seed`, then mounts every knowledge check left under
 * `root`, keyed by question (see quiz.ts `checkKey`).
 */
export function mountKnowledgeChecks(root: ParentNode, options: CheckOptions): Map<string, MountedCheck> {
  drawQuestions(root, options.seed);
  return new Map(
    [...root.querySelectorAll<HTMLFormElement>('form[data-check]')]
      .map((form) => mount(form, options))
      .filter((entry) => entry !== undefined),
  );
}
