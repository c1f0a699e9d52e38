// Stand-ins for an LMS, for the package tests. SCORM: a page that provides the SCORM API from
// scorm-again (the run-time an LMS would give) and opens the package in a frame; what the API
// commits is kept in the page's localStorage, as an LMS keeps it on its server, and loaded back
// into a new API when the page is opened again. cmi5: a small HTTP server that plays the LMS and
// the LRS: it hands out the launch link, the one-use credentials and the launch data, keeps state
// documents, and records every xAPI statement it receives.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';

const require = createRequire(import.meta.url);

/** Runs the real command, as a trainer would, and returns the zip's path and what it printed. */
export function exportPackage(site: string, args: string[], out: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/export-scorm.ts', '--site', site, '--out', out, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Unzips a package into `folder`. */
export function unpack(zip: string, folder: string): string[] {
  const files = unzipSync(readFileSync(zip));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  return Object.keys(files);
}

const LMS_SCRIPT = (format: 'scorm12' | 'scorm2004') => `
const key = 'lms-${format}';
const Api = ${format === 'scorm12' ? 'Scorm12API' : 'Scorm2004API'};
const api = new Api({ autocommit: false, logLevel: 5 });
const saved = localStorage.getItem(key);
if (saved) api.loadFromJSON(JSON.parse(saved));
else api.loadFromJSON(${format === 'scorm12' ? "{ core: { student_id: 'trainee-42', student_name: 'Lee, Sam' } }" : "{ learner_id: 'trainee-42', learner_name: 'Sam Lee' }"});
api.on('${format === 'scorm12' ? 'LMSCommit' : 'Commit'}', () => localStorage.setItem(key, JSON.stringify(api.renderCMIToJSONObject())));
window.${format === 'scorm12' ? 'API' : 'API_1484_11'} = api;
`;

/**
 * A folder an LMS page is served from: `lms-<format>.html` opens `<format>/index.html` (the
 * unpacked package) in a frame under the scorm-again API.
 */
export function scormLmsFolder(packages: Partial<Record<'scorm12' | 'scorm2004', string>>): string {
  const folder = mkdtempSync(join(tmpdir(), 'frontline-lms-'));
  const dist = dirname(require.resolve('scorm-again/scorm12/min'));
  for (const [format, zip] of Object.entries(packages) as ['scorm12' | 'scorm2004', string][]) {
    cpSync(join(dist, `${format}.min.js`), join(folder, `${format}.min.js`));
    writeFileSync(join(folder, `lms-${format}.js`), LMS_SCRIPT(format));
    writeFileSync(
      join(folder, `lms-${format}.html`),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stand-in LMS</title><script src="${format}.min.js"></script><script src="lms-${format}.js"></script></head><body><iframe id="sco" title="Course" src="${format}/index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`,
    );
    unpack(zip, join(folder, format));
  }
  return folder;
}

export interface Statement {
  verb: { id: string };
  result?: { score?: { scaled?: number }; success?: boolean; completion?: boolean };
}

export interface StandInLrs {
  url: string;
  statements: Statement[];
  /** Verbs received, by their last path segment ("initialized", "completed"…). */
  verbs: () => string[];
  /** A launch link as an LMS makes one: a fresh fetch URL each time, the same registration. */
  launchUrl: (au: string) => string;
  close: () => Promise<void>;
}

const json = (response: ServerResponse, status: number, body?: unknown) => {
  response.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag',
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
};

const read = (request: IncomingMessage) =>
  new Promise<string>((done) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => done(body));
  });

/**
 * The LMS and LRS in one loopback server. It serves the unpacked package from `folder` (the AU
 * is on another origin from the LRS in a real LMS too), records "launched" when it makes a
 * launch link, as the cmi5 LMS must, and lets each fetch URL be used once.
 */
export async function standInLrs(folder: string): Promise<StandInLrs> {
  const statements: Statement[] = [];
  const states = new Map<string, string>();
  const fetchUrls = new Set<string>();
  const registration = randomUUID();
  const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'trainee-42' }, name: 'Sam Lee' };
  let base = '';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', base);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type, x-experience-api-version, if-match, if-none-match',
          'access-control-allow-methods': 'GET, PUT, POST, DELETE',
        });
        response.end();
        return;
      }
      if (url.pathname.startsWith('/fetch/')) {
        if (request.method !== 'POST' || !fetchUrls.delete(url.pathname))
          return json(response, 400, { 'error-code': '2', 'error-text': 'used' });
        return json(response, 200, { 'auth-token': Buffer.from('au:secret').toString('base64') });
      }
      if (url.pathname === '/xapi/statements') {
        const body = JSON.parse(await read(request)) as Statement | Statement[];
        statements.push(...(Array.isArray(body) ? body : [body]));
        return json(response, 200, [randomUUID()]);
      }
      if (url.pathname === '/xapi/activities/state') {
        const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('registration')}`;
        if (request.method === 'GET') {
          const stored = states.get(key);
          return stored === undefined ? json(response, 404) : json(response, 200, JSON.parse(stored));
        }
        states.set(key, await read(request));
        return json(response, 204);
      }
      if (url.pathname === '/xapi/agents/profile') return json(response, 404);
      const file = join(folder, decodeURIComponent(url.pathname));
      try {
        const body = readFileSync(file);
        const type = file.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.css')
              ? 'text/css'
              : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const activityId = 'https://frontline.example.org/training/lms/test/au';
  states.set(
    `LMS.LaunchData|${registration}`,
    JSON.stringify({
      contextTemplate: {
        contextActivities: { grouping: [{ id: activityId }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() },
      },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
    }),
  );
  return {
    url: base,
    statements,
    verbs: () => statements.map((statement) => statement.verb.id.split('/').pop() ?? ''),
    launchUrl: (au) => {
      const fetchPath = `/fetch/${randomUUID()}`;
      fetchUrls.add(fetchPath);
      statements.push({ verb: { id: 'http://adlnet.gov/expapi/verbs/launched' } });
      const params = new URLSearchParams({
        endpoint: `${base}/xapi/`,
        fetch: `${base}${fetchPath}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return `${base}/${au}?${params.toString()}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
