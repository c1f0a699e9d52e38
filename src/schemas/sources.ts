import { z } from 'zod';
import { entryId } from './ids.ts';
import { boundedText } from './text.ts';

/** An official page a fact comes from: always https, so a reader lands on the publisher's own site. */
export function sourceLink() {
  return z.strictObject({
    title: boundedText(5, 160, "the page's title and publisher, e.g. Ofcom General Conditions, Condition C1").meta({
      description: "The page's title and who publishes it, as a reader would look for it. 5–160 characters.",
    }),
    url: z
      .url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        error: 'is not a full https address — copy the address of the official page, starting https://',
      })
      .meta({ description: 'Full https address of the official page (a regulator, the law itself, the service that runs the line).' }),
  });
}

/** One entry of a playbook's `sources`: where a fact on the page comes from, and where it holds. */
export function playbookSource() {
  return sourceLink().extend({
    supports: boundedText(10, 300, 'the fact on the page this source backs up').meta({
      description: 'The fact on the page this source backs up, in one sentence. 10–300 characters.',
    }),
    region: entryId('regions').optional().meta({
      description:
        'Id of a `content/regions/` entry when the fact holds only there (its markers on the page are `<Region code="…" />`). Leave it out for a fact that holds everywhere.',
    }),
  });
}

export type SourceLink = z.output<ReturnType<typeof sourceLink>>;
export type PlaybookSource = z.output<ReturnType<typeof playbookSource>>;
