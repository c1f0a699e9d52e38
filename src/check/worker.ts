// Worker thread for the parallel check: runs the per-file stage on its share of the playbooks.
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlaybookFiles, checkSharedFiles } from './check-content.ts';
import type { SourceFile } from './source.ts';

const { teams, playbooks } = workerData as { teams: SourceFile[]; playbooks: SourceFile[] };
const shared = checkSharedFiles({ teams, categories: [] });
parentPort?.postMessage(checkPlaybookFiles(playbooks, shared.teams));
