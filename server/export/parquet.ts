import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db, Params } from '../db/duckdb.ts';

/**
 * A query's result as a streamed Parquet file: DuckDB writes it with
 * `COPY (query) TO '<temp file>' (FORMAT parquet)` (its own writer, column types kept),
 * then the file is streamed out and deleted once the stream ends, fails or is cancelled
 * (the client went away). `query` is one SELECT with `$name` parameters; the file is made
 * in a fresh folder under `tmpDir` (the system's temporary folder by default).
 */
export async function parquetStream(db: Db, query: string, params: Params = {}, opts: { tmpDir?: string } = {}): Promise<ReadableStream<Uint8Array>> {
  const dir = await mkdtemp(join(opts.tmpDir ?? tmpdir(), 'lentera-export-'));
  const file = join(dir, 'export.parquet');
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    // The path is ours (a fresh temporary folder), never user text: quoting it is enough.
    await db.exec(`COPY (${query}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`, params);
  } catch (e) {
    await cleanup();
    throw e;
  }
  const source = createReadStream(file);
  // Removes the file once, whichever comes first: the end, an error, a cancel. The stream
  // only reports its end after that, so nothing is left behind once a download is over.
  let removed: Promise<void> | undefined;
  const finish = () => {
    removed ??= (async () => {
      source.destroy();
      await cleanup();
    })();
    return removed;
  };
  const web = Readable.toWeb(source) as ReadableStream<Uint8Array>;
  // Wrapped so that a cancel (client gone) also removes the file, whatever the stream had read.
  const reader = web.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      try {
        const r = await reader.read();
        if (r.done) {
          await finish();
          ctrl.close();
        } else ctrl.enqueue(r.value);
      } catch (e) {
        await finish();
        ctrl.error(e);
      }
    },
    async cancel(reason) {
      await reader.cancel(reason).catch(() => undefined);
      await finish();
    },
  });
}
