// A training module page: knowledge checks a trainee can try as often as they like.
import { mountKnowledgeChecks } from './knowledge-check.ts';

mountKnowledgeChecks(document, { lock: false });
