/**
 * Occupancy endpoints through HTTP against the same SQL run directly on DuckDB in the
 * same process (the limit), and against a bare node:http server running the same
 * queries (a peer without Hono, zod or our middleware). The HTTP client is the lean
 * `RawClient`; Node's fetch is timed too, to show what a heavier client adds.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/http/log.ts';
import type { Config } from '../server/config.ts';
import { materialise, type Db, type Params, type Shape } from '../server/db/duckdb.ts';
import type { Services } from '../server/module.ts';
import { RawClient } from './client.ts';
import { compareRuns, median, ratioInterval } from './measure.ts';

export interface EndpointResult {
  name: string;
  path: string;
  queries: number;
  directMs: number;
  httpMs: number;
  fetchMs: number;
  peerMs: number;
  ratio: number;
  /** 90% bootstrap interval of the ratio. */
  interval: [number, number];
  peerRatio: number;
  /** For an endpoint that also writes (an export's audit row): the direct time of its reads alone. */
  readsOnlyMs?: number;
  pass: boolean;
}

interface Statement {
  /** Which database: the analytics one, or the application one (the audit trail). */
  db: 'db' | 'appDb';
  sql: string;
  params?: Params;
  shape: Shape;
}

type Conns = Record<Statement['db'], DuckDBConnection>;

const LIMIT_RATIO = 1.3;
const LIMIT_MS = 150;

/** What Chromium sends with a same-origin fetch, so that header parsing costs what it does in use. */
const BROWSER_HEADERS = {
  connection: 'keep-alive',
  'sec-ch-ua': '"Chromium";v="156", "Not-A.Brand";v="24"',
  'sec-ch-ua-mobile': '?0',
  'sec-ch-ua-platform': '"Linux"',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  accept: '*/*',
  'sec-fetch-site': 'same-origin',
  'sec-fetch-mode': 'cors',
  'sec-fetch-dest': 'empty',
  referer: 'http://127.0.0.1/hunian',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'accept-language': 'id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7',
};

/**
 * Records the SQL an endpoint runs on every call, on both databases (an export also
 * writes its audit row): one call first to fill the server's caches (snapshot dates,
 * Kanwil names, which are read once), then two with tracing on, keeping the shorter
 * trace (a token's last use is written at most once a minute: not the endpoint's work).
 */
async function record(dbs: Record<Statement['db'], Db>, client: RawClient, path: string, headers: Record<string, string>): Promise<Statement[]> {
  await ok(client, path, headers);
  const traces: Statement[][] = [];
  for (let i = 0; i < 2; i++) {
    const seen: Statement[] = [];
    for (const [name, db] of Object.entries(dbs)) db.trace = (sql, params, shape) => seen.push({ db: name as Statement['db'], sql, params, shape });
    try {
      await ok(client, path, headers);
    } finally {
      for (const db of Object.values(dbs)) db.trace = undefined;
    }
    traces.push(seen);
  }
  return traces[0].length <= traces[1].length ? traces[0] : traces[1];
}

/** Runs recorded statements on raw connections, materialising each result as the app does. */
async function replay(conns: Conns, stmts: Statement[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const s of stmts) {
    if (s.shape === 'none') {
      await conns[s.db].run(s.sql, s.params);
      continue;
    }
    out.push(materialise(await conns[s.db].runAndReadAll(s.sql, s.params), s.shape));
  }
  return out;
}

/** GETs a path with the lean client; anything but 200 is an error. */
async function ok(client: RawClient, path: string, headers?: Record<string, string>): Promise<void> {
  const r = await client.get(path, headers);
  if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
}

export async function benchEndpoints(config: Config, services: Services, token: string, paths: [string, string][], runs: number): Promise<EndpointResult[]> {
  const dbs = { db: services.db, appDb: services.appDb };
  // Raw connections set up as the pool's are.
  const raw = async (d: Db) => {
    const c = await d.instance.connect();
    await c.run("SET TimeZone = 'UTC'");
    return c;
  };
  const connect = async (): Promise<Conns> => ({ db: await raw(dbs.db), appDb: await raw(dbs.appDb) });
  // The request log is on, as in production, written to a stream that drops it instead of the terminal.
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const { app } = createApp({ config: { ...config, log: 'info' }, services, version: 'bench', log: createLogger('info', sink) });
  const headers = { ...BROWSER_HEADERS, authorization: `Bearer ${token}` };
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const conn = await connect();
  const peerConn = await connect();
  let peerStmts: Statement[] = [];
  const peer = createServer(async (_req, res) => {
    const rows = await replay(peerConn, peerStmts);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(rows));
  });
  await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
  const appClient = new RawClient('127.0.0.1', port);
  const peerClient = new RawClient('127.0.0.1', (peer.address() as AddressInfo).port);

  const results: EndpointResult[] = [];
  try {
    // Warm the JIT on every path first, so that the first endpoint measured is not the one that pays for it.
    for (let i = 0; i < 40; i++) for (const [, path] of paths) await ok(appClient, path, headers);
    for (const [name, path] of paths) {
      // Each endpoint starts from a settled heap, not amid the previous one's garbage (`npm run bench` exposes gc).
      (globalThis as { gc?: () => void }).gc?.();
      await new Promise((r) => setTimeout(r, 100));
      const stmts = await record(dbs, appClient, path, headers);
      peerStmts = stmts;
      const reads = stmts.filter((st) => st.shape !== 'none');
      const runsOf = await compareRuns(
        {
          direct: () => replay(conn, stmts),
          http: () => ok(appClient, path, headers),
          fetch: async () => (await fetch(base + path, { headers: { authorization: headers.authorization } })).arrayBuffer(),
          peer: () => ok(peerClient, '/', headers),
          ...(reads.length < stmts.length ? { reads: () => replay(conn, reads) } : {}),
        },
        runs,
      );
      const m = Object.fromEntries(Object.entries(runsOf).map(([k, xs]) => [k, median(xs)]));
      const ratio = m.http / m.direct;
      const r: EndpointResult = {
        name,
        path,
        queries: stmts.length,
        directMs: m.direct,
        httpMs: m.http,
        fetchMs: m.fetch,
        peerMs: m.peer,
        ratio,
        interval: ratioInterval(runsOf.http, runsOf.direct),
        peerRatio: m.peer / m.direct,
        readsOnlyMs: m.reads,
        pass: ratio <= LIMIT_RATIO && m.http < LIMIT_MS,
      };
      results.push(r);
      console.log(
        `${name.padEnd(36)} direct ${r.directMs.toFixed(2)} ms  http ${r.httpMs.toFixed(2)} ms  ×${ratio.toFixed(2)} ` +
          `[${r.interval.map((x) => x.toFixed(2)).join('–')}]  ` +
          `(fetch ×${(r.fetchMs / r.directMs).toFixed(2)}, peer ×${r.peerRatio.toFixed(2)})  ${r.pass ? 'ok' : 'OVER'}`,
      );
    }
  } finally {
    appClient.close();
    peerClient.close();
    for (const c of [...Object.values(conn), ...Object.values(peerConn)]) c.closeSync();
    server.close();
    peer.close();
  }
  return results;
}

export { LIMIT_MS, LIMIT_RATIO };
