// Worker thread for the parallel check: runs the per-file stage on its share of the playbooks.
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlaybookFiles, checkYamlFiles } from './check-content.ts';
import type { SourceFile } from './source.ts';

const { teams, values, playbooks } = workerData as { teams: SourceFile[]; values: SourceFile | undefined; playbooks: SourceFile[] };
const yaml = checkYamlFiles({ teams, categories: [], modules: [], paths: [], ...(values ? { values } : {}) });
parentPort?.postMessage(checkPlaybookFiles(playbooks, yaml.teams, yaml.values));
