import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

/** Serves an app on a random loopback port (real HTTP, for streaming and aborts). */
export async function listen(app: Hono<any>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        (server as any).closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

export interface SseEvent {
  event: string;
  data: any;
}

/** Reads a text/event-stream body into events; `onEvent` may stop early by returning true. */
export async function readSse(res: Response, onEvent?: (e: SseEvent) => unknown): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data === undefined) continue;
      const e = { event, data: JSON.parse(data) };
      events.push(e);
      if (onEvent?.(e)) {
        await reader.cancel();
        return events;
      }
    }
  }
  return events;
}
