import { Hono, type MiddlewareHandler } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { allow } from '../http/permission.ts';
import { type AppEnv, signedIn } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import { draftSaveSchema } from '../../common/litmas/draft.ts';
import { assessmentSchema, factsSchema, requestSchema } from '../../common/litmas/facts.ts';
import { KIND_KEYS } from '../../common/litmas/kinds.ts';
import type { LitmasApi } from './api.ts';
import { idParam, parseJson, parseQuery } from '../http/validate.ts';

const createBody = z.strictObject({
  kind: z.enum(KIND_KEYS),
  title: z.string().trim().max(200).nullable().optional(),
  request: requestSchema.default({}),
  facts: factsSchema.default(factsSchema.parse({})),
  assessment: assessmentSchema.default(assessmentSchema.parse({})),
});
const patchBody = z.strictObject({
  revision: z.number().int().min(1),
  title: z.string().trim().min(1).max(200).optional(),
  request: requestSchema.optional(),
  facts: factsSchema.optional(),
  assessment: assessmentSchema.optional(),
});
const commentBody = z.strictObject({ comment: z.string().trim().max(4000).nullable().optional() });
const returnBody = z.strictObject({ comment: z.string().trim().min(1, 'say what must change').max(4000) });
const approveBody = z.strictObject({
  comment: z.string().trim().max(4000).nullable().optional(),
  version: z.number().int().min(1).optional(),
});
// One flag, with its own reason: there is no "acknowledge all".
const ackBody = z.strictObject({
  flag_id: z.string().min(1).max(400),
  reason: z.string().trim().min(10, 'say why the passage may stand as written').max(1000),
});
const noteBody = z.strictObject({ text: z.string().trim().max(4000).nullable() });
const listQuery = z.strictObject({ mine: z.enum(['1', 'true']).optional(), status: z.enum(['draft', 'submitted', 'returned', 'final']).optional() });
const diffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

function auditRefusals(api: LitmasApi): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    // Hono has already turned a thrown error into the response; it keeps the error in c.error.
    const e = c.error;
    const actor = c.get('actor');
    if (e instanceof ApiError && (e.status === 403 || e.status === 404) && actor) {
      await api.recordRefusal(actor, `case:${c.req.param('id')}`, { method: c.req.method, path: c.req.path, status: e.status });
    }
  };
}

/** `/api/litmas`: cases, drafting (SSE), review workflow, documents. */
export function litmasRoutes(api: LitmasApi) {
  const read = allow('litmas:read');
  const write = allow('litmas:write');
  const review = allow('litmas:review');
  const litmas = new Hono<AppEnv>()
    // A refused or missing case is on record too: who tried which case.
    .use('/cases/:id/*', auditRefusals(api)) // matches /cases/:id itself too
    .get('/meta', read, async (c) => c.json(await api.meta()))
    .get('/cases', read, async (c) => {
      const q = parseQuery(c, listQuery);
      return c.json({ rows: await api.svc.cases.list(signedIn(c), { mine: !!q.mine, status: q.status }) });
    })
    .post('/cases', write, async (c) => {
      const b = await parseJson(c, createBody);
      return c.json({ ok: true as const, case: await api.svc.create(signedIn(c), b) }, 201);
    })
    .get('/cases/:id', read, async (c) => c.json(await api.svc.view(signedIn(c), idParam(c))))
    .patch('/cases/:id', write, async (c) => {
      const { revision, ...patch } = await parseJson(c, patchBody);
      return c.json({ ok: true as const, case: await api.svc.update(signedIn(c), idParam(c), revision, patch) });
    })
    .post('/cases/:id/generate', write, async (c) => {
      const id = idParam(c);
      const actor = signedIn(c);
      const rec = await api.checkGenerate(actor, id); // refuse before the stream starts, with a normal error
      return streamSSE(c, async (stream) => {
        const ctrl = new AbortController();
        stream.onAbort(() => ctrl.abort());
        await api.generate(actor, rec, ctrl.signal, async (e) => {
          if (!stream.aborted && !stream.closed) await stream.writeSSE({ event: e.type, data: JSON.stringify(e) });
        });
      });
    })
    .put('/cases/:id/draft', read, async (c) => {
      const b = await parseJson(c, draftSaveSchema);
      return c.json({ ok: true as const, draft: await api.svc.saveDraft(signedIn(c), idParam(c), b) });
    })
    .get('/cases/:id/drafts/:version', read, async (c) => c.json(await api.svc.version(signedIn(c), idParam(c), idParam(c, 'version'))))
    .get('/cases/:id/diff', read, async (c) => {
      const q = parseQuery(c, diffQuery);
      return c.json(await api.svc.diff(signedIn(c), idParam(c), q.from, q.to));
    })
    .post('/cases/:id/submit', write, async (c) => {
      const b = await parseJson(c, commentBody);
      await api.svc.submit(signedIn(c), idParam(c), b.comment ?? null);
      return c.json({ ok: true as const });
    })
    .post('/cases/:id/return', review, async (c) => {
      const b = await parseJson(c, returnBody);
      await api.svc.returnCase(signedIn(c), idParam(c), b.comment);
      return c.json({ ok: true as const });
    })
    .post('/cases/:id/approve', review, async (c) => {
      const b = await parseJson(c, approveBody);
      await api.svc.approve(signedIn(c), idParam(c), b.comment ?? null, b.version);
      return c.json({ ok: true as const });
    })
    .post('/cases/:id/acknowledge', review, async (c) => {
      const b = await parseJson(c, ackBody);
      return c.json({ ok: true as const, draft: await api.svc.acknowledge(signedIn(c), idParam(c), b.flag_id, b.reason) });
    })
    .put('/cases/:id/supervisor-note', review, async (c) => {
      const b = await parseJson(c, noteBody);
      return c.json({ ok: true as const, draft: await api.svc.supervisorNote(signedIn(c), idParam(c), b.text) });
    })
    .get('/cases/:id/document.docx', read, async (c) => {
      const { name, buffer } = await api.docx(signedIn(c), idParam(c));
      c.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      c.header('content-disposition', `attachment; filename="${name}"`);
      c.header('cache-control', 'no-store');
      return c.body(new Uint8Array(buffer));
    })
    .get('/cases/:id/print', read, async (c) => {
      c.header('cache-control', 'no-store');
      return c.html(await api.printHtml(signedIn(c), idParam(c)));
    })
    .get('/cases/:id/generations/:gid/sent', read, async (c) => {
      const id = idParam(c);
      await api.svc.cases.get(signedIn(c), id);
      return c.json(await api.sent(signedIn(c), id, idParam(c, 'gid')));
    })
    .get('/generations', allow('litmas:oversight'), async (c) => c.json({ rows: await api.allGenerations() }))
    .get('/generations/:gid/sent', allow('litmas:oversight'), async (c) => c.json(await api.sent(signedIn(c), null, idParam(c, 'gid'))));
  return new Hono<AppEnv>().route('/litmas', litmas);
}
