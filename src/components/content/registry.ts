import Avoid from './Avoid.astro';
import Branch from './Branch.astro';
import Decision from './Decision.astro';
import Do from './Do.astro';
import Escalate from './Escalate.astro';
import IdentityChecks from './IdentityChecks.astro';
import Limit from './Limit.astro';
import Note from './Note.astro';
import Region from './Region.astro';
import SafetyRoute from './SafetyRoute.astro';
import Say from './Say.astro';
import Sla from './Sla.astro';
import Step from './Step.astro';
import Value from './Value.astro';
import Verify from './Verify.astro';

/**
 * The only components content may use, passed to `<Content components={…} />` so MDX files never
 * import anything. `npm run check` rejects any other tag (see src/check/rules/mdx-safety.ts).
 */
export const contentComponents = { Avoid, Branch, Decision, Do, Escalate, IdentityChecks, Limit, Note, Region, SafetyRoute, Say, Sla, Step, Value, Verify };
