/**
 * A minimal keep-alive HTTP/1.1 client for latency measurements, in the manner of wrk:
 * one socket, a GET at a time, the answer read to its last byte (Content-Length or
 * chunked). Node's own clients cost more than the server work being measured on a small
 * answer (http.request about 0.3 ms a request here, fetch about 0.6 ms), and in one
 * process that time is counted as if the server had spent it.
 */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  bytes: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** One keep-alive connection to a loopback server; requests go one at a time. */
export class RawClient {
  private socket: Socket | undefined;
  private pending: { resolve: (a: RawAnswer) => void; reject: (e: Error) => void } | undefined;
  private buf: Buffer = Buffer.alloc(0);
  private head: { status: number; length: number; chunked: boolean } | undefined;
  /** Body bytes announced by the chunks so far, and what is left of the current chunk (with its CRLF). */
  private received = 0;
  private chunkLeft = 0;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** Sends `GET path` with the given headers and resolves once the whole answer is in. */
  get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
    if (this.pending) return Promise.reject(new Error('one request at a time'));
    const lines = [`GET ${path} HTTP/1.1`, `host: ${this.host}:${this.port}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    const req = `${lines.join('\r\n')}\r\n\r\n`;
    return new Promise<RawAnswer>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.buf = Buffer.alloc(0);
      this.head = undefined;
      this.received = 0;
      this.chunkLeft = 0;
      this.connection().write(req);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private connection(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const s = connect({ host: this.host, port: this.port, noDelay: true });
    s.on('data', (d) => this.onData(d));
    s.on('error', (e) => this.fail(e));
    s.on('close', () => this.fail(new Error('connection closed')));
    this.socket = s;
    return s;
  }

  private fail(e: Error): void {
    const p = this.pending;
    this.pending = undefined;
    this.socket = undefined;
    p?.reject(e);
  }

  private onData(d: Buffer): void {
    if (this.head && !this.head.chunked) {
      // Content-Length: count the bytes, keep none.
      this.received += d.length;
      if (this.received >= this.head.length) this.done(this.head.status, this.received);
      return;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    if (!this.head) {
      const end = this.buf.indexOf(CRLF2);
      if (end < 0) return;
      const text = this.buf.subarray(0, end).toString('latin1');
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(text);
      const chunked = /\r\ntransfer-encoding:[^\r]*chunked/i.test(text);
      const status = Number(text.slice(9, 12));
      if (status === 204 || status === 304) {
        this.done(status, 0);
        return;
      }
      if (!chunked && !length) {
        this.fail(new Error('answer without a length'));
        return;
      }
      this.head = { status, length: length ? Number(length[1]) : -1, chunked };
      const rest = this.buf.subarray(end + 4);
      this.buf = Buffer.alloc(0);
      if (!chunked) {
        this.onData(rest);
        return;
      }
      this.buf = rest;
    }
    // Chunked: skip each chunk (size line, data, CRLF) until the zero-size one.
    for (;;) {
      if (this.chunkLeft > 0) {
        const take = Math.min(this.chunkLeft, this.buf.length);
        this.chunkLeft -= take;
        this.buf = this.buf.subarray(take);
        if (this.chunkLeft > 0) return;
      }
      const eol = this.buf.indexOf('\r\n');
      if (eol < 0) return;
      const line = this.buf.subarray(0, eol).toString('latin1');
      const size = parseInt(line, 16);
      if (!/^[0-9a-f]+(;|$)/i.test(line) || Number.isNaN(size)) {
        this.fail(new Error(`bad chunk size: ${line}`));
        return;
      }
      if (size === 0) {
        // The last chunk: optional trailer lines, then an empty line.
        if (this.buf.indexOf(CRLF2, eol) < 0) return;
        this.done(this.head.status, this.received);
        return;
      }
      this.buf = this.buf.subarray(eol + 2);
      this.chunkLeft = size + 2;
      this.received += size;
    }
  }

  private done(status: number, bytes: number): void {
    const p = this.pending;
    this.pending = undefined;
    p?.resolve({ status, bytes });
  }
}
