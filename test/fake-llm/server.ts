/**
 * A fake OpenAI-compatible server for tests: the real `openai` SDK talks to it over
 * loopback. It answers chat completions as JSON or as a stream, plays scripted
 * failures, and records every request it receives (to prove what left the server).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { type: 'answer'; content: string | ((body: any) => string); model?: string; chunks?: number; delayMs?: number }
  | { type: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { type: 'hang' }
  /** Streams the first `chunks` pieces of `content`, then sends nothing more and keeps the connection open. */
  | { type: 'stall'; content: string; chunks?: number }
  /** A stream that never ends: one whitespace piece every `everyMs` (never silent, never done). */
  | { type: 'drip'; everyMs: number }
  | { type: 'broken-stream'; content: string }
  | { type: 'cut'; content: string };

export interface Received {
  path: string;
  /** The `x-request-id` this server answered with. */
  requestId: string;
  headers: IncomingMessage['headers'];
  body: any;
  aborted: boolean;
  firstChunkAt: number | null;
  receivedAt: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeLlm {
  readonly requests: Received[] = [];
  private script: Behaviour[] = [];
  private fallback: Behaviour = { type: 'answer', content: '{}' };
  private server = createServer((req, res) => void this.handle(req, res));
  private served = 0;
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  /** Behaviours for the next requests, in order; then `fallback` for every later one. */
  play(...steps: Behaviour[]): this {
    this.script.push(...steps);
    return this;
  }

  setDefault(b: Behaviour): this {
    this.fallback = b;
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.script = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const rec: Received = {
      path: req.url ?? '',
      requestId: `req-fake-${++this.served}`,
      headers: req.headers,
      body: raw ? JSON.parse(raw) : null,
      aborted: false,
      firstChunkAt: null,
      receivedAt: performance.now(),
    };
    this.requests.push(rec);
    res.on('close', () => {
      if (!res.writableFinished) rec.aborted = true;
    });
    if (!req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    // Every answer names itself, as OpenAI's and vLLM's do.
    res.setHeader('x-request-id', rec.requestId);
    const b = this.script.shift() ?? this.fallback;
    const model = 'fake-model-1';
    if (b.type === 'status') {
      res.writeHead(b.status, { 'content-type': 'application/json', ...b.headers });
      res.end(JSON.stringify(b.body ?? { error: { message: `scripted ${b.status}`, type: 'scripted' } }));
      return;
    }
    if (b.type === 'hang') return; // never answers; the client's timeout or abort ends it
    const piece = (delta: Record<string, unknown>, finish: string | null = null) =>
      `data: ${JSON.stringify({ id: 'chunk-fake', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    if (b.type === 'drip') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      while (!res.destroyed) {
        res.write(piece({ content: ' ' }));
        rec.firstChunkAt ??= performance.now();
        await sleep(b.everyMs);
      }
      return;
    }
    if (b.type === 'stall') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const n = b.chunks ?? 3;
      const size = Math.max(1, Math.ceil(b.content.length / 12));
      for (let i = 0; i < n && i * size < b.content.length; i++) res.write(piece({ content: b.content.slice(i * size, (i + 1) * size) }));
      rec.firstChunkAt ??= performance.now();
      return; // then silence, connection open: the client's stall limit must end it
    }
    const content = b.type === 'answer' && typeof b.content === 'function' ? b.content(rec.body) : (b.content as string);
    if (!rec.body?.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'cmpl-fake',
          object: 'chat.completion',
          created: 0,
          model: (b.type === 'answer' && b.model) || model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const n = b.type === 'answer' ? (b.chunks ?? 12) : 6;
    const size = Math.max(1, Math.ceil(content.length / n));
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      `data: ${JSON.stringify({ id: 'chunk-fake', object: 'chat.completion.chunk', created: 0, model: (b.type === 'answer' && b.model) || model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    for (let i = 0; i < content.length; i += size) {
      if (res.destroyed) return;
      if (b.type !== 'answer' && i >= content.length / 2) {
        // Let what was written reach the client first: the cut comes mid-stream.
        if (b.type === 'cut') await sleep(50).then(() => res.socket?.destroy());
        else res.end('data: {"id": "broken", "choices": [ {"delta": \n\n');
        return;
      }
      res.write(chunk({ content: content.slice(i, i + size) }));
      rec.firstChunkAt ??= performance.now();
      if (b.type === 'answer' && b.delayMs) await sleep(b.delayMs);
    }
    res.write(chunk({}, 'stop'));
    if (rec.body.stream_options?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id: 'chunk-fake', object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { prompt_tokens: 1234, completion_tokens: 567, total_tokens: 1801 } })}\n\n`,
      );
    }
    res.end('data: [DONE]\n\n');
  }
}
