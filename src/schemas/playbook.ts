import { z } from 'zod';
import { isoDay } from './dates.ts';
import { entryId, ID_PATTERN } from './ids.ts';
import { audience } from './roles.ts';
import { playbookSource } from './sources.ts';
import { boundedText } from './text.ts';
import { verificationLevel } from './verification.ts';

/** KCS article states: draft, published but unproven, proven, retired. */
export const CONFIDENCE_LEVELS = ['wip', 'not-validated', 'validated', 'archived'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

const DEFAULT_REVIEW_DAYS = 90;

function confidence() {
  return z.enum(CONFIDENCE_LEVELS, {
    error: (issue) =>
      `"${String(issue.input)}" is not a KCS state — use one of: ${CONFIDENCE_LEVELS.join(', ')} (validated once the playbook has worked on real calls)`,
  });
}

function tags() {
  return z
    .array(
      z.string().regex(/^[a-z0-9][a-z0-9 '-]{0,39}$/, {
        error: (issue) =>
          `tag "${String(issue.input)}" is not a valid tag — use lowercase letters, digits, spaces or hyphens, at most 40 characters`,
      }),
      { error: 'must be a list — write it as [porting, rejected port]' },
    )
    .min(1, { error: 'is empty — add at least one tag agents would search for' })
    .max(12, { error: 'has more than 12 tags — keep the 12 an agent is most likely to type' });
}

function customerSays() {
  return z
    .array(boundedText(6, 120, 'a phrase a caller really says'), {
      error: 'must be a list — put each phrase a caller uses on its own line starting with "- "',
    })
    .min(2, { error: 'needs at least 2 phrases — write down what callers actually say when they need this playbook' })
    .max(15, { error: 'has more than 15 phrases — keep the 15 most common' });
}

/**
 * Reasons a contact-centre desktop (a CRM) files a case under, each the last part of a stable
 * address `/go/<reason>/` that opens this playbook. Ids as in the URL: lowercase words joined by
 * hyphens. Two playbooks claiming one reason is refused across files by contact/duplicate-reason.
 */
function contactReasons() {
  return (
    z
      .array(
        z
          .string({ error: 'must be text — write a reason as lowercase words joined by hyphens, such as number-port-rejected' })
          .regex(ID_PATTERN, {
            error: (issue) =>
              `reason "${String(issue.input)}" is not a valid contact reason — use lowercase letters and digits joined by single hyphens, such as number-port-rejected`,
          })
          .max(60, {
            error: (issue) => `reason "${String(issue.input)}" is over 60 characters — shorten it to the words a CRM case reason uses`,
          }),
        { error: 'must be a list — write it as [number-port-rejected, port-out-failed]' },
      )
      .min(1, { error: 'is empty — add at least one reason, or leave contactReasons out' })
      // A refinement, not .max(10): zod's length checks also measure a single word written in
      // place of the list, which would add "more than 10 reasons" to "must be a list".
      .refine((reasons) => reasons.length <= 10, { error: 'has more than 10 reasons — keep the 10 a CRM actually files cases under' })
      .refine((reasons) => new Set(reasons).size === reasons.length, {
        error: 'lists a reason twice — keep each reason once',
      })
  );
}

/**
 * The first words in a written channel. Written register differs from spoken: no "I can hear",
 * no "on the phone" (the check's channel/register rule reads these too).
 */
function writtenFirstWords(channel: 'chat' | 'email') {
  return boundedText(10, 400, `the first message to send by ${channel}, word for word`);
}

/** Frontmatter of a playbook (`content/playbooks/<id>.mdx`); `npm run check` and Astro's content layer both use it. */
export function playbookSchema() {
  return z.strictObject({
    title: boundedText(3, 80, 'a short title in sentence case').meta({
      description: 'Page heading and first search-result line. 3–80 characters, sentence case.',
    }),
    summary: boundedText(20, 200, 'one sentence that tells an agent whether this is the right page').meta({
      description: 'One sentence shown under the title in search results. 20–200 characters.',
    }),
    category: entryId('categories').meta({
      description: 'Id of a `content/categories/` entry; used for the category page and the search filter.',
    }),
    tags: tags().meta({ description: 'Words agents search for; 1–12, lowercase.' }),
    audience: audience().meta({ description: 'Who the page is written for; also a search filter.' }),
    confidence: confidence().meta({
      description: 'KCS state. `archived` pages are published with a notice but never shown in search.',
    }),
    owner: entryId('teams').meta({
      description: 'Id of the `content/teams/` entry that keeps this page correct and reviews it.',
    }),
    lastReviewed: isoDay().meta({ description: 'Day the owner last checked the page against current policy, YYYY-MM-DD.' }),
    reviewEvery: z
      .int({ error: 'must be a whole number of days — write a number such as 90' })
      .min(7, { error: 'is under 7 days — reviews that often are not realistic; use 7 or more' })
      .max(730, { error: 'is over 730 days — review at least every two years' })
      .default(DEFAULT_REVIEW_DAYS)
      .meta({
        description: 'Days between reviews; 7–730, default 90. After `lastReviewed + reviewEvery` the page shows "review overdue".',
      }),
    whenToUse: boundedText(20, 240, 'the situation this playbook is for').meta({
      description: 'At-a-glance: the situation this page is for. 20–240 characters.',
    }),
    firstMove: boundedText(10, 200, 'the first action to take').meta({
      description: 'At-a-glance: the first thing the agent does. 10–200 characters.',
    }),
    firstWords: boundedText(10, 240, 'the first thing to say, word for word').meta({
      description: 'At-a-glance: the first words to say, word for word. 10–240 characters; shown in search results.',
    }),
    firstWordsChat: writtenFirstWords('chat').optional().meta({
      description:
        'The first words as written in a chat, when they differ from the spoken `firstWords` (no "I can hear…"). 10–400 characters. Optional: without it the chat channel shows `firstWords`.',
    }),
    firstWordsEmail: writtenFirstWords('email').optional().meta({
      description:
        'The first words as written in an email reply. 10–400 characters. Optional: without it the email channel shows the chat wording, else `firstWords`.',
    }),
    customerSays: customerSays().meta({
      description: 'Phrases callers really use (2–15). Weighted above body text in search.',
    }),
    related: z
      .array(entryId('playbooks'))
      .max(8, { error: 'lists more than 8 related playbooks — keep the closest 8' })
      .default([])
      .meta({ description: 'Ids of other playbooks to read next. Default: none.' }),
    escalateTo: entryId('teams').optional().meta({ description: 'Id of the team this situation usually escalates to. Optional.' }),
    contactReasons: contactReasons().optional().meta({
      description:
        'Case reasons a CRM files contacts under (`number-port-rejected`, `fee-dispute`), 1–10, lowercase words joined by hyphens. Each gives the stable address `/go/<reason>/`, which opens this playbook, and a row of `/go/manifest.json`. A reason belongs to one playbook. Optional.',
    }),
    verification: verificationLevel().meta({
      description:
        'What the agent must know about the caller before acting: `none` (the call never reads or changes an account), `account` (the standard check) or `high-risk` (the strong check: SIM, number transfer, contact details, locks). For `account` and `high-risk`, `<Verify />` opens the step that checks the caller, before any step that reads or changes the account.',
    }),
    sources: z
      .array(playbookSource(), { error: 'must be a list — start each source with "- title: …" on its own line' })
      .max(12, { error: 'lists more than 12 sources — keep the ones that back a fact on this page' })
      .default([])
      .meta({
        description:
          'Where the facts on the page come from (rules, rights, deadlines), shown at the foot of the page. A fact that holds only in one country gives that `region`. Default: none.',
      }),
  });
}

export type PlaybookData = z.output<ReturnType<typeof playbookSchema>>;
