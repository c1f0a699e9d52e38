import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { moduleSchema, type ModuleData } from '../../../src/schemas/module.ts';

/** A knowledge check on the page, found by words in its question. */
export function check(page: Page, question: RegExp | string) {
  return page.locator('form[data-check]', { has: page.locator('legend', { hasText: question }) });
}

/** Chooses `choice` on the question and checks the answer. */
export async function answer(page: Page, question: RegExp | string, choice: string): Promise<void> {
  const form = check(page, question);
  await form.getByLabel(choice, { exact: true }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
}

/** A real module, read as the site reads it. */
export function contentModule(id: string): ModuleData {
  return moduleSchema().parse(parse(readFileSync(`content/modules/${id}.yaml`, 'utf8')));
}

/** The choices of each question on the page, in the order shown, keyed by the question. */
export async function shownOrders(page: Page): Promise<Record<string, string[]>> {
  return page
    .locator('form[data-check]')
    .evaluateAll((forms) =>
      Object.fromEntries(
        forms.map((form) => [
          form.querySelector('legend')?.textContent ?? '',
          [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((radio) => radio.value),
        ]),
      ),
    );
}
