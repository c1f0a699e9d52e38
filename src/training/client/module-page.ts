// A training module page: knowledge checks a trainee can try as often as they like, in this
// browser's own order (no trainee is known here, see seed.ts).
import { browserSeed } from '../seed.ts';
import { mountKnowledgeChecks } from './knowledge-check.ts';
import { browserStorage } from './storage.ts';

mountKnowledgeChecks(document, { lock: false, seed: browserSeed(browserStorage()) });
