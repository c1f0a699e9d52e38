import { z } from 'zod';
import { entryId, ID_PATTERN } from './ids.ts';
import { boundedText } from './text.ts';

/** One entry of `content/safety.yaml`: a kind of safety case and the team that takes it at once. */
export function safetyCaseSchema() {
  return z.strictObject({
    id: z
      .string()
      .regex(ID_PATTERN, { error: 'is not a valid id — use lowercase words joined by hyphens, e.g. self-harm' })
      .meta({ description: 'Id used by `<SafetyRoute case="…" />`, e.g. `self-harm`; lowercase-hyphenated.' }),
    name: boundedText(5, 80, 'the case as an agent would describe it').meta({
      description: 'The case as an agent would describe it, e.g. `A caller who may harm themselves`. 5–80 characters.',
    }),
    team: entryId('teams').meta({
      description:
        'Id of the team that takes the case at once. `npm run check` refuses a team whose `safetyLine` is not answered live around the clock.',
    }),
    crisisLine: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .meta({ description: "Whether the route gives each region's crisis line as well as its emergency number. Default: false." }),
  });
}

export type SafetyCase = z.output<ReturnType<typeof safetyCaseSchema>>;
