import type { CatalogModule, TrainingCatalog } from '../../../src/training/catalog.ts';

/** Two small modules and a path, shaped as the build embeds them (src/training/catalog.ts). */
export const CALLS: CatalogModule = {
  id: 'calls',
  title: 'Taking calls',
  minutes: 20,
  prerequisites: [],
  steps: [{ playbook: 'greeting', title: 'Greeting' }],
  checks: [
    { question: 'What do you say first?', choices: ['Your name', 'Nothing', 'The weather'], answer: 'Your name' },
    { question: 'When do you verify?', choices: ['Never', 'Before the account', 'After the change'], answer: 'Before the account' },
  ],
  passMark: 50,
};

export const FEES: CatalogModule = {
  id: 'fees',
  title: 'Fees',
  minutes: 30,
  prerequisites: ['calls'],
  steps: [
    { playbook: 'greeting', title: 'Greeting' },
    { playbook: 'fee-waiver', title: 'Fee waiver' },
  ],
  checks: [{ question: 'Who may waive a fee?', choices: ['Anyone', 'A supervisor', 'The caller'], answer: 'A supervisor' }],
  passMark: 100,
};

export const CATALOG: TrainingCatalog = {
  modules: [FEES, CALLS],
  paths: [{ id: 'week-1', title: 'Week 1', modules: ['calls', 'fees'] }],
};
