// /training/: the audience filter and the Assign builder.
import { mountAssignBuilder } from './assign-builder.ts';
import { mountAudienceFilter } from './audience-filter.ts';
import { readCatalog } from './training-data.ts';

mountAudienceFilter(document);
mountAssignBuilder(document, readCatalog(document));
