// The benchmark's lean HTTP client must read every answer to its last byte, or its
// latencies would be too short: Content-Length, chunked (chunks ending like the last
// one), empty bodies, and several requests on one keep-alive connection.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from '../bench/client.ts';

let server: Server;
let client: RawClient;
const connections = new Set<unknown>();

beforeAll(async () => {
  server = createServer((req, res) => {
    connections.add(req.socket);
    if (req.url === '/length') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5' });
      return res.end('hello');
    }
    if (req.url === '/empty') {
      res.writeHead(204);
      return res.end();
    }
    if (req.url === '/auth') {
      res.writeHead(req.headers.authorization === 'Bearer x' ? 200 : 401, { 'content-length': '0' });
      return res.end();
    }
    if (req.url === '/trailer') {
      res.writeHead(200, { 'content-type': 'text/plain', trailer: 'x-rows' });
      res.write('abc');
      res.addTrailers({ 'x-rows': '1' });
      return res.end();
    }
    // Chunked, with chunk data that ends like the terminating chunk, then a late chunk.
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.write('a,0\r\n\r\n');
    res.write('b'.repeat(70_000));
    setTimeout(() => res.end('c,0\r\n'), 30);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  client = new RawClient('127.0.0.1', (server.address() as AddressInfo).port);
});

afterAll(() => {
  client.close();
  server.close();
});

describe('RawClient', () => {
  it('reads a Content-Length answer', async () => {
    expect(await client.get('/length')).toEqual({ status: 200, bytes: 5 });
  });

  it('reads a chunked answer to its zero-size chunk, not to data that looks like it', async () => {
    expect(await client.get('/chunked')).toEqual({ status: 200, bytes: 7 + 70_000 + 5 });
  });

  it('reads a chunked answer with trailers, and the next answer on the same connection', async () => {
    expect(await client.get('/trailer')).toEqual({ status: 200, bytes: 3 });
    expect(await client.get('/length')).toEqual({ status: 200, bytes: 5 });
  });

  it('reads answers without a body and sends the given headers', async () => {
    expect(await client.get('/empty')).toEqual({ status: 204, bytes: 0 });
    expect((await client.get('/auth', { authorization: 'Bearer x' })).status).toBe(200);
    expect((await client.get('/auth')).status).toBe(401);
  });

  it('keeps one connection for every request', async () => {
    // Requests of its own (the other tests may run after it, in any order).
    for (const path of ['/length', '/chunked', '/empty', '/trailer', '/length']) await client.get(path);
    expect(connections.size).toBe(1);
  });
});
