// .github/workflows/build-sharded.yml cannot run here; this reads it and checks that its shards
// and its merge agree, and that the commands it calls exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string;
  strategy?: { matrix: { shard: number[] } };
  steps: Step[];
}
const workflow = parse(readFileSync('.github/workflows/build-sharded.yml', 'utf8')) as { jobs: Record<string, Job> };
const { shard, merge } = workflow.jobs;
const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
const shards = shard?.strategy?.matrix.shard ?? [];

describe('the sharded build workflow', () => {
  it('runs shards 1 to n, each once, as a matrix', () => {
    expect(shards.length).toBeGreaterThan(1);
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
  });

  it('builds each matrix entry as its own slice of that many, and uploads it', () => {
    expect(runs(shard)).toContain(`npm run build -- --shard \${{ matrix.shard }}/${shards.length} --out shard-\${{ matrix.shard }}`);
    expect(shard?.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });

  it('merges after every shard, passing every shard folder once', () => {
    expect(merge?.needs).toBe('shard');
    expect(merge?.steps.some((step) => step.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    const command = runs(merge).find((run) => run.includes('--merge'));
    expect(command).toBe(`npm run build -- --merge ${shards.map((n) => `shard-${n}`).join(' ')} --out dist`);
  });

  it('uses Node 22 and the npm scripts the project has', () => {
    for (const job of [shard, merge]) {
      expect(job?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
      expect(runs(job)).toContain('npm ci');
    }
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build']).toBe('node scripts/build.ts');
    const build = readFileSync('scripts/build.ts', 'utf8');
    for (const option of ['shard:', 'merge:', 'out:']) expect(build).toContain(option);
  });
});
