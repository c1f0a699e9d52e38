// Knowledge checks (src/components/training/KnowledgeCheck.astro): immediate feedback in the
// form's status line, then the explanation. Used by the module page (try again freely) and the
// assignment page (the first answer stands and is saved).
import { feedback } from '../quiz.ts';

export interface CheckOptions {
  /** Disable the question once answered, so a recorded score cannot be improved by guessing. */
  lock: boolean;
  onAnswer?: (key: string, choice: string) => void;
}

export interface MountedCheck {
  /** Shows `choice` as the answer given: selected, marked, explained. `quiet` restores a saved answer without announcing it. */
  show(choice: string, quiet?: boolean): void;
  /** Back to unanswered. */
  clear(): void;
}

function mount(form: HTMLFormElement, options: CheckOptions): [string, MountedCheck] | undefined {
  const key = form.dataset['check'];
  const answer = form.dataset['answer'];
  const status = form.querySelector<HTMLElement>('[data-check-feedback]');
  const explanation = form.querySelector<HTMLDetailsElement>('[data-check-explanation]');
  const button = form.querySelector<HTMLButtonElement>('[data-check-submit]');
  if (key === undefined || answer === undefined || !status || !explanation || !button) return undefined;
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const question = { choices: radios.map((radio) => radio.value), answer };
  button.hidden = false;
  explanation.hidden = true;

  const check: MountedCheck = {
    show(choice, quiet = false) {
      // Compared as values, never put into a selector: choices are content, and content is text.
      for (const radio of radios) radio.checked = radio.value === choice;
      // A page restoring ten saved answers should not read out ten "Correct."s.
      if (quiet) status.removeAttribute('role');
      status.textContent = feedback(question, choice);
      if (quiet) requestAnimationFrame(() => status.setAttribute('role', 'status'));
      form.dataset['state'] = choice === answer ? 'correct' : 'incorrect';
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

/** Mounts every knowledge check under `root`, keyed by question (see quiz.ts `checkKey`). */
export function mountKnowledgeChecks(root: ParentNode, options: CheckOptions): Map<string, MountedCheck> {
  return new Map(
    [...root.querySelectorAll<HTMLFormElement>('form[data-check]')]
      .map((form) => mount(form, options))
      .filter((entry) => entry !== undefined),
  );
}
