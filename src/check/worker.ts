// Worker thread for the parallel check: runs the per-file stage on its share of the playbooks.
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlaybookFiles, checkYamlFiles } from './check-content.ts';
import type { SharedFiles } from './parallel.ts';
import type { SourceFile } from './source.ts';

const { shared, playbooks } = workerData as { shared: SharedFiles; playbooks: SourceFile[] };
const yaml = checkYamlFiles({ ...shared, categories: [], modules: [], paths: [] });
parentPort?.postMessage(checkPlaybookFiles(playbooks, yaml));
