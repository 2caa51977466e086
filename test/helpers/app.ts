import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Role } from '../../common/roles.ts';
import { boot } from '../../server/boot.ts';
import { testConfig, type Config } from '../../server/config.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_SEED = join(ROOT, 'test', 'fixtures', 'seed');
export const ORIGIN = 'http://localhost';
export const ADMIN_PASSWORD = 'admin-password-123';
/** Every fixture user's password is `<username>-password-123`. */
export const passwordOf = (username: string) => `${username}-password-123`;

export interface Res {
  status: number;
  body: any;
  headers: Headers;
  text: string;
}

export interface ReqOptions {
  as?: Role | 'anonymous' | (string & {}) | { cookie: string } | { token: string };
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A real app on real in-memory DuckDBs seeded from the hand-computed fixture, with one
 * signed-in user per role (sessions made through the real login endpoint).
 */
export async function fixtureApp(overrides: Partial<Config> = {}) {
  const config = testConfig({ rootDir: ROOT, seedDir: FIXTURE_SEED, dbConnections: 2, adminPassword: ADMIN_PASSWORD, ...overrides });
  const booted = await boot(config);
  const built = createApp({ config, services: booted.services, version: 'test' });
  const cookies = new Map<string, string>();

  const req = async (method: string, path: string, o: ReqOptions = {}): Promise<Res> => {
    const headers: Record<string, string> = { ...o.headers };
    const as = o.as ?? 'planner';
    if (typeof as === 'object' && 'token' in as) headers.authorization = `Bearer ${as.token}`;
    else if (typeof as === 'object') headers.cookie = as.cookie;
    else if (as !== 'anonymous') {
      if (!cookies.has(as)) cookies.set(as, await login(as));
      headers.cookie = cookies.get(as)!;
    }
    if (method !== 'GET' && !('origin' in headers)) headers.origin = ORIGIN;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await built.app.request(path, {
      method,
      headers,
      body: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body),
    });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body, headers: res.headers, text };
  };

  /** Signs a user in and returns the `cookie` header value of a new session (not the cached one). */
  async function login(username: string, password = username === 'admin' ? ADMIN_PASSWORD : passwordOf(username)) {
    const res = await built.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ username, password }),
    });
    const set = res.headers.get('set-cookie');
    if (res.status !== 200 || !set) throw new Error(`login of ${username} failed: ${res.status} ${await res.text()}`);
    return set.split(';')[0];
  }

  // One user per role; usernames equal role names.
  const { users } = booted.services;
  for (const role of ['planner', 'analyst', 'researcher', 'supervisor'] as const) {
    const bapas = role === 'researcher' || role === 'supervisor' ? 'JKT-BAPAS-D' : null;
    await users.create({ username: role, display_name: `Test ${role}`, role, bapas_code: bapas, password: passwordOf(role) });
  }

  return {
    ...built,
    config,
    services: booted.services,
    db: booted.services.db,
    get: (path: string, o?: ReqOptions) => req('GET', path, o),
    req,
    login,
    close: booted.close,
  };
}

/** Asserts the one error shape of the API and returns its body. */
export function expectError(res: { status: number; body: any }, status: number) {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ ok: false, status, error: expect.any(String) });
  expect(Object.keys(res.body).every((k) => ['ok', 'status', 'error', 'details'].includes(k))).toBe(true);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  return res.body;
}

/** The fields named in a 400's `details.issues`. */
export function issueFields(body: any): string[] {
  return (body.details?.issues ?? []).map((i: { field: string }) => i.field);
}
