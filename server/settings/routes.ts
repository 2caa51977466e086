import { Hono } from 'hono';
import { z } from 'zod';
import { type AppEnv, signedIn } from '../http/env.ts';
import { allow } from '../http/permission.ts';
import { parseJson } from '../http/validate.ts';
import type { Settings } from './service.ts';

const llmBody = z.strictObject({
  clear_text_hosts: z
    .array(
      z.strictObject({
        host: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[a-z0-9.\-[\]:]+$/i, 'a host as in a URL: name or address, and a port'),
        legal_basis: z.string().trim().min(5, 'name the legal basis or DPIA reference').max(500),
      }),
    )
    .max(20),
});

/** `/api/settings`: the admin's settings (which LLM hosts may receive clear text, on what legal basis). */
export function settingsRoutes(settings: Settings) {
  const routes = new Hono<AppEnv>()
    .get('/llm', allow('settings:manage'), async (c) => c.json(await settings.llm()))
    .put('/llm', allow('settings:manage'), async (c) => {
      const b = await parseJson(c, llmBody);
      return c.json({ ok: true as const, ...(await settings.setClearTextHosts(signedIn(c), b.clear_text_hosts)) });
    });
  return new Hono<AppEnv>().route('/settings', routes);
}
