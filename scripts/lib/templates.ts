// Starting points for `npm run new`. Each template passes `npm run check` with no errors; every
// part a contributor still has to write carries a TODO marker, which the check lists as a warning
// (content/todo) until it is gone. Values are written with the yaml library, so any title is safe.
import { stringify } from 'yaml';

/** A YAML scalar on one line: plain when that is safe, quoted when the text needs it (colons, #, quotes…). */
export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export interface PlaybookTemplateInput {
  title: string;
  /** YYYY-MM-DD */
  today: string;
  /** Id of an existing team in content/teams/. */
  owner: string;
  /** Id of an existing category in content/categories/. */
  category: string;
}

export function playbookFrontmatter({ title, today, owner, category }: PlaybookTemplateInput): string {
  return `---
title: ${yamlScalar(title)}
summary: TODO one sentence that tells an agent whether this is the right page.
category: ${category} # TODO the category this belongs to (a file name in content/categories/)
tags: [draft] # TODO 1–12 lowercase words agents would search for
audience: [agent] # any of new-hire, agent, senior, supervisor
confidence: wip # wip until the playbook has worked on real calls
owner: ${owner} # TODO the team that keeps this page correct (a file name in content/teams/)
lastReviewed: ${today}
reviewEvery: 90
whenToUse: TODO the situation this playbook is for, in one or two sentences.
firstMove: TODO the very first thing the agent does.
firstWords: TODO the first thing to say to the customer, word for word.
customerSays: # TODO 2–15 phrases callers really use, lowercase
  - TODO a phrase a caller really uses
  - TODO another phrase a caller really uses
related: []
escalateTo: ${owner} # TODO the team this usually escalates to, or delete the line
verification: none # TODO account (standard check) or high-risk (strong check) if the call reads or changes an account; then open the first step with <Verify />
---
`;
}

export function playbookBody({ owner }: Pick<PlaybookTemplateInput, 'owner'>): string {
  return `
TODO one or two sentences on why this situation matters and what a good outcome looks like.

## Steps

<Step title="First step">

<Do>
TODO the first thing the agent does: tools, notes, checks.
</Do>

<Say>
TODO the words to say to the customer, as you would say them.
</Say>

</Step>

<Step title="Second step">

<Do>
TODO the next action.
</Do>

<Say>
TODO what to say while you do it.
</Say>

<Decision question="Is the problem solved?">
<Branch when="Yes" resolved>
TODO how to close the call.
</Branch>
<Branch when="Not yet" goto="step-first-step">
TODO what to try again.
</Branch>
<Branch when="It cannot be solved on this call" escalate="${owner}">
TODO what to hand over.
</Branch>
</Decision>

</Step>

## Escalate when

<Escalate team="${owner}">

- TODO when to hand this over, one situation per line.

</Escalate>
`;
}

/** A new playbook: valid frontmatter, the required sections and TODOs where the writing goes. */
export function playbookTemplate(input: PlaybookTemplateInput): string {
  return `${playbookFrontmatter(input)}${playbookBody(input)}`;
}

export interface ModuleTemplateInput {
  title: string;
  /** Id of an existing, not archived playbook, the module's first reading. */
  playbook: string;
}

/** A new training module (content/modules/<id>.yaml): one reading, one knowledge check, TODOs to fill. */
export function moduleTemplate({ title, playbook }: ModuleTemplateInput): string {
  return `title: ${yamlScalar(title)}
summary: TODO one sentence on what the module teaches.
objectives: # TODO 1–8 things the trainee can do afterwards
  - TODO something the trainee can do afterwards
estimatedMinutes: 30 # TODO the minutes a trainee needs, 5–480
audience: [new-hire] # any of new-hire, agent, senior, supervisor
prerequisites: [] # ids of modules to finish first
steps: # playbooks to read, in order
  - playbook: ${playbook} # TODO the playbook to read (a file name in content/playbooks/)
    focus: TODO what the trainee should notice in this playbook.
checks: # knowledge checks; the answer is copied exactly from the choices
  - question: TODO the question, as a trainee reads it?
    choices: # three or more; each wrong one says why a trainee might pick it
      - TODO the right answer
      - text: TODO a wrong but believable answer
        why: TODO why a trainee might pick it, and why it is wrong.
      - text: TODO another wrong but believable answer
        why: TODO why a trainee might pick it, and why it is wrong.
    answer: TODO the right answer
    explanation: TODO why that answer is right.
passMark: 80 # percent of the questions to get right to pass, 50–100
roleplays: [] # practice calls: persona, openingLine, situation, goals, rubric, playbook
`;
}
