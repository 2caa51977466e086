/**
 * Occupancy endpoints through HTTP against the same SQL run directly on DuckDB in the
 * same process (the limit), and against a bare node:http server running the same
 * queries (a peer without Hono, zod or our middleware).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { DuckDBConnection } from '@duckdb/node-api';
import { createApp } from '../server/app.ts';
import type { Config } from '../server/config.ts';
import type { Db, Params } from '../server/db/duckdb.ts';
import type { Services } from '../server/services.ts';
import { compare } from './measure.ts';

export interface EndpointResult {
  name: string;
  path: string;
  queries: number;
  directMs: number;
  httpMs: number;
  peerMs: number;
  ratio: number;
  peerRatio: number;
  pass: boolean;
}

const LIMIT_RATIO = 1.3;
const LIMIT_MS = 150;

/**
 * Records the SQL an endpoint runs on every call: one call first to fill the server's
 * caches (snapshot dates, Kanwil names, which are read once), then one with tracing on.
 */
async function record(db: Db, url: string, init: RequestInit): Promise<{ sql: string; params?: Params }[]> {
  await (await fetch(url, init)).arrayBuffer();
  const seen: { sql: string; params?: Params }[] = [];
  db.trace = (sql, params) => seen.push({ sql, params });
  const res = await fetch(url, init);
  await res.arrayBuffer();
  db.trace = undefined;
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return seen;
}

/** Runs recorded statements on a raw connection, materialising rows as the app does. */
async function replay(conn: DuckDBConnection, stmts: { sql: string; params?: Params }[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const s of stmts) out.push((await conn.runAndReadAll(s.sql, s.params)).getRowObjectsJson());
  return out;
}

export async function benchEndpoints(
  config: Config,
  services: Services,
  token: string,
  paths: [string, string][],
  runs: number,
): Promise<EndpointResult[]> {
  const db = services.db;
  const { app } = createApp({ config, services, version: 'bench' });
  const auth = { headers: { authorization: `Bearer ${token}` } };
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const conn = await db.instance.connect();
  const peerConn = await db.instance.connect();
  let peerStmts: { sql: string; params?: Params }[] = [];
  const peer = createServer(async (_req, res) => {
    const rows = await replay(peerConn, peerStmts);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(rows));
  });
  await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
  const peerUrl = `http://127.0.0.1:${(peer.address() as AddressInfo).port}/`;

  const results: EndpointResult[] = [];
  try {
    for (const [name, path] of paths) {
      const stmts = await record(db, base + path, auth);
      peerStmts = stmts;
      const m = await compare(
        {
          direct: () => replay(conn, stmts),
          http: async () => (await fetch(base + path, auth)).arrayBuffer(),
          peer: async () => (await fetch(peerUrl)).arrayBuffer(),
        },
        runs,
      );
      const ratio = m.http / m.direct;
      results.push({
        name,
        path,
        queries: stmts.length,
        directMs: m.direct,
        httpMs: m.http,
        peerMs: m.peer,
        ratio,
        peerRatio: m.peer / m.direct,
        pass: ratio <= LIMIT_RATIO && m.http < LIMIT_MS,
      });
      const r = results.at(-1)!;
      console.log(`${name.padEnd(28)} direct ${r.directMs.toFixed(2)} ms  http ${r.httpMs.toFixed(2)} ms  ×${ratio.toFixed(2)}  peer ×${r.peerRatio.toFixed(2)}  ${r.pass ? 'ok' : 'OVER'}`);
    }
  } finally {
    conn.closeSync();
    peerConn.closeSync();
    server.close();
    peer.close();
  }
  return results;
}

export { LIMIT_MS, LIMIT_RATIO };
