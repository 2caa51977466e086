import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { boot } from '../server/boot.ts';
import { testConfig } from '../server/config.ts';
import { expectError, fixtureApp, FIXTURE_SEED, issueFields, passwordOf, ROOT } from './helpers/app.ts';

let t: Awaited<ReturnType<typeof fixtureApp>>;
beforeAll(async () => {
  t = await fixtureApp();
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

const loginRaw = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.req('POST', '/api/auth/login', { as: 'anonymous', body: { username, password }, headers });

/** The audit rows of an action, newest first, read through the admin's API. */
async function audit(action: string, user?: string) {
  const q = new URLSearchParams({ action, ...(user && { user }) });
  const r = await t.get(`/api/audit?${q}`, { as: 'admin' });
  expect(r.status).toBe(200);
  return r.body.rows as any[];
}

describe('sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and tells who signed in', async () => {
    const r = await loginRaw('planner', passwordOf('planner'));
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ username: 'planner', role: 'planner', permissions: ['signed-in', 'dashboard:read'] });
    expect(r.body.user.password_hash).toBeUndefined();
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^lentera_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP, LENTERA_SECURE_COOKIES unset
    const me = await t.get('/api/auth/me', { as: { cookie: cookie.split(';')[0] } });
    expect(me.body.user.username).toBe('planner');
    const rows = await audit('auth.login', 'planner');
    expect(rows[0]).toMatchObject({ action: 'auth.login', outcome: 'success', role: 'planner' });
  });

  it('marks the cookie Secure when configured', async () => {
    const s = await fixtureApp({ secureCookies: true });
    try {
      const r = await s.req('POST', '/api/auth/login', { as: 'anonymous', body: { username: 'analyst', password: passwordOf('analyst') } });
      expect(r.headers.get('set-cookie')).toMatch(/Secure/);
    } finally {
      s.close();
    }
  });

  it('answers a wrong password and an unknown user alike, and audits both', async () => {
    const wrong = await loginRaw('analyst', 'not-the-password');
    const unknown = await loginRaw('nobody-here', 'not-the-password');
    expectError(wrong, 401);
    expectError(unknown, 401);
    expect(wrong.body.error).toBe(unknown.body.error);
    expect((await audit('auth.login', 'analyst'))[0]).toMatchObject({ outcome: 'failure' });
    expect((await audit('auth.login', 'nobody-here'))[0]).toMatchObject({ outcome: 'failure', user_id: null });
    // The password is never written anywhere the admin can read.
    expect(JSON.stringify(await audit('auth.login'))).not.toContain('not-the-password');
  });

  it('refuses a malformed body with 400 naming the field', async () => {
    expect(issueFields(expectError(await loginRaw('', 'x'), 400))).toContain('username');
    const notJson = await t.req('POST', '/api/auth/login', { as: 'anonymous', body: '{nope' });
    expect(issueFields(expectError(notJson, 400))).toEqual(['(body)']);
  });

  it('slows down, then locks, repeated failures for a user, without telling whether it exists', async () => {
    const s = await fixtureApp({ loginMaxFailures: 3, loginLockMinutes: 15 });
    try {
      const raw = (u: string, p: string) => s.req('POST', '/api/auth/login', { as: 'anonymous', body: { username: u, password: p } });
      for (const name of ['supervisor', 'ghost-user']) {
        const started = Date.now();
        for (let i = 0; i < 3; i++) expectError(await raw(name, `wrong-${i}-password`), 401);
        expect(Date.now() - started).toBeGreaterThanOrEqual(250 + 500 - 50); // delays 0, 250, 500 ms
        const locked = await raw(name, name === 'supervisor' ? passwordOf('supervisor') : 'whatever');
        expectError(locked, 429);
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
      }
      // Attempts made at once all count: of 8 parallel wrong guesses, only 3 get checked.
      const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => raw('analyst', `burst-${i}-password`)));
      expect(burst.filter((r) => r.status === 401)).toHaveLength(3);
      expect(burst.filter((r) => r.status === 429)).toHaveLength(5);
      // Other users are not locked by these (6 + 3 failures from one address < 3 × 5).
      expect((await raw('planner', passwordOf('planner'))).status).toBe(200);
      // Past the per-address threshold the address itself is locked, whoever it names.
      for (let i = 0; i < 6; i++) await raw(`spray-${i}`, 'wrong-password');
      expectError(await raw('researcher', passwordOf('researcher')), 429);
      const denied = await s.services.audit.query({ user: 'supervisor', action: 'auth.login', limit: 1, offset: 0 });
      expect(denied.rows[0]).toMatchObject({ outcome: 'denied' });
    } finally {
      s.close();
    }
  });
});

describe('sessions', () => {
  it('logout ends the session at once', async () => {
    const cookie = await t.login('analyst');
    expect((await t.get('/api/auth/me', { as: { cookie } })).status).toBe(200);
    expect((await t.req('POST', '/api/auth/logout', { as: { cookie } })).status).toBe(200);
    expectError(await t.get('/api/auth/me', { as: { cookie } }), 401);
    expect((await audit('auth.logout', 'analyst'))[0]).toMatchObject({ outcome: 'success' });
  });

  it('expires after the idle timeout and after the absolute lifetime', async () => {
    const idle = await t.login('planner');
    const busy = await t.login('planner');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    // Busy: a request every 20 minutes keeps it alive past the idle timeout (30).
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(20 * 60_000);
      expect((await t.get('/api/auth/me', { as: { cookie: busy } })).status).toBe(200);
    }
    expectError(await t.get('/api/auth/me', { as: { cookie: idle } }), 401); // 60 minutes idle
    for (let i = 0; i < 40; i++) {
      vi.advanceTimersByTime(20 * 60_000);
      if ((await t.get('/api/auth/me', { as: { cookie: busy } })).status !== 200) break;
    }
    // 12 hours after sign-in the busy session has ended too.
    expectError(await t.get('/api/auth/me', { as: { cookie: busy } }), 401);
  });

  it('a changed password ends the other sessions and keeps this one', async () => {
    const other = await t.login('researcher');
    const mine = await t.login('researcher');
    const bad = await t.req('POST', '/api/auth/password', {
      as: { cookie: mine },
      body: { current_password: 'wrong-one-x', new_password: 'a-brand-new-password' },
    });
    expect(issueFields(expectError(bad, 400))).toEqual(['current_password']);
    const short = await t.req('POST', '/api/auth/password', {
      as: { cookie: mine },
      body: { current_password: passwordOf('researcher'), new_password: 'short' },
    });
    expect(issueFields(expectError(short, 400))).toEqual(['new_password']);
    const ok = await t.req('POST', '/api/auth/password', {
      as: { cookie: mine },
      body: { current_password: passwordOf('researcher'), new_password: 'a-brand-new-password' },
    });
    expect(ok.status).toBe(200);
    expect((await t.get('/api/auth/me', { as: { cookie: mine } })).status).toBe(200);
    expectError(await t.get('/api/auth/me', { as: { cookie: other } }), 401);
    expectError(await loginRaw('researcher', passwordOf('researcher')), 401);
    expect((await loginRaw('researcher', 'a-brand-new-password')).status).toBe(200);
    // Guessing the current password is throttled like a login (5 failures here).
    for (let i = 0; i < 5; i++) {
      await t.req('POST', '/api/auth/password', { as: { cookie: mine }, body: { current_password: `guess-${i}-xxxx`, new_password: 'another-new-password' } });
    }
    expectError(
      await t.req('POST', '/api/auth/password', {
        as: { cookie: mine },
        body: { current_password: 'a-brand-new-password', new_password: 'another-new-password' },
      }),
      429,
    );
    const rows = await audit('auth.password_change', 'researcher');
    expect(rows.map((r) => r.outcome)).toEqual(['denied', ...Array(5).fill('failure'), 'success', 'failure']);
  });
});

describe('CSRF: the Origin check', () => {
  it('refuses state changes with a session cookie from another origin or with no origin', async () => {
    const cookie = await t.login('analyst');
    const evil = await t.req('POST', '/api/auth/tokens', { as: { cookie }, body: { name: 'x' }, headers: { origin: 'https://evil.example' } });
    expectError(evil, 403);
    const none = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(none.status).toBe(403);
    const viaReferer = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', referer: 'http://localhost/akun' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(viaReferer.status).toBe(201);
    // A cross-site login attempt (login CSRF) is refused too.
    expectError(await loginRaw('analyst', passwordOf('analyst'), { origin: 'https://evil.example' }), 403);
  });

  it('accepts the configured public origin behind a proxy', async () => {
    const s = await fixtureApp({ publicOrigin: 'https://lentera.example.go.id' });
    try {
      const cookie = await s.login('analyst').catch(() => '');
      expect(cookie).toBe(''); // our test origin is not the public one
      const r = await s.req('POST', '/api/auth/login', {
        as: 'anonymous',
        body: { username: 'analyst', password: passwordOf('analyst') },
        headers: { origin: 'https://lentera.example.go.id' },
      });
      expect(r.status).toBe(200);
    } finally {
      s.close();
    }
  });
});

describe('API tokens', () => {
  it('are shown once, work as Bearer (exempt from the Origin check), and can be revoked', async () => {
    const created = await t.req('POST', '/api/auth/tokens', { as: 'analyst', body: { name: 'notebook' } });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^lnt_/);
    const list = await t.get('/api/auth/tokens', { as: 'analyst' });
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.rows.at(-1)).toMatchObject({ name: 'notebook', prefix: token.slice(0, 8), revoked_at: null });
    const viaToken = await t.get('/api/occupancy/summary', { as: { token } });
    expect(viaToken.status).toBe(200);
    const post = await t.req('POST', '/api/auth/tokens', { as: { token }, body: { name: 'second' }, headers: { origin: 'https://evil.example' } });
    expect(post.status).toBe(201);
    const del = await t.req('DELETE', `/api/auth/tokens/${created.body.info.id}`, { as: 'analyst' });
    expect(del.status).toBe(200);
    expectError(await t.get('/api/occupancy/summary', { as: { token } }), 401);
    expectError(await t.get('/api/occupancy/summary', { as: { token: 'lnt_made-up' } }), 401);
    const rows = await audit('token', 'analyst');
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['token.create', 'token.revoke']));
  });

  it('die with a password reset or a deactivation', async () => {
    const u = await t.req('POST', '/api/users', {
      as: 'admin',
      body: { username: 'tok.user', display_name: 'T', role: 'analyst', password: 'tok-password-123' },
    });
    const cookie = await t.login('tok.user', 'tok-password-123');
    const a = (await t.req('POST', '/api/auth/tokens', { as: { cookie }, body: { name: 'a' } })).body.token;
    expect((await t.get('/api/occupancy/summary', { as: { token: a } })).status).toBe(200);
    await t.req('POST', `/api/users/${u.body.user.id}/password`, { as: 'admin', body: { password: 'tok-password-456' } });
    expectError(await t.get('/api/occupancy/summary', { as: { token: a } }), 401);
    const cookie2 = await t.login('tok.user', 'tok-password-456');
    const b = (await t.req('POST', '/api/auth/tokens', { as: { cookie: cookie2 }, body: { name: 'b' } })).body.token;
    await t.req('PATCH', `/api/users/${u.body.user.id}`, { as: 'admin', body: { active: false } });
    await t.req('PATCH', `/api/users/${u.body.user.id}`, { as: 'admin', body: { active: true } });
    expectError(await t.get('/api/occupancy/summary', { as: { token: b } }), 401); // not revived
  });

  it('carry the role of their user', async () => {
    const created = await t.req('POST', '/api/auth/tokens', { as: 'supervisor', body: { name: 'x' } });
    expectError(await t.get('/api/occupancy/summary', { as: { token: created.body.token } }), 403);
  });
});

describe('user management', () => {
  it('lets the admin create, edit, reset and deactivate users, each audited', async () => {
    const noBapas = await t.req('POST', '/api/users', {
      as: 'admin',
      body: { username: 'pk.budi', display_name: 'Budi', role: 'researcher', password: 'budi-password-123' },
    });
    expect(issueFields(expectError(noBapas, 400))).toEqual(['bapas_code']);
    const notBapas = await t.req('POST', '/api/users', {
      as: 'admin',
      body: { username: 'pk.budi', display_name: 'Budi', role: 'researcher', bapas_code: 'RIAU-LAPAS-A', password: 'budi-password-123' },
    });
    expect(issueFields(expectError(notBapas, 400))).toEqual(['bapas_code']);
    const short = await t.req('POST', '/api/users', { as: 'admin', body: { username: 'pk.budi', display_name: 'Budi', role: 'planner', password: 'short' } });
    expect(issueFields(expectError(short, 400))).toEqual(['password']);
    const ok = await t.req('POST', '/api/users', {
      as: 'admin',
      body: { username: 'PK.Budi', display_name: 'Budi', role: 'researcher', bapas_code: 'JKT-BAPAS-D', password: 'budi-password-123' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({ username: 'pk.budi', role: 'researcher', bapas_code: 'JKT-BAPAS-D', active: true });
    const dup = await t.req('POST', '/api/users', {
      as: 'admin',
      body: { username: 'pk.budi', display_name: 'B', role: 'planner', password: 'budi-password-123' },
    });
    expectError(dup, 409);
    const id = ok.body.user.id;

    const session = await t.login('pk.budi', 'budi-password-123');
    const edited = await t.req('PATCH', `/api/users/${id}`, { as: 'admin', body: { role: 'planner', bapas_code: null } });
    expect(edited.body.user).toMatchObject({ role: 'planner', bapas_code: null });
    expectError(await t.get('/api/auth/me', { as: { cookie: session } }), 401); // role change ends sessions

    expect((await t.req('POST', `/api/users/${id}/password`, { as: 'admin', body: { password: 'reset-password-456' } })).status).toBe(200);
    const again = await t.login('pk.budi', 'reset-password-456');
    const off = await t.req('PATCH', `/api/users/${id}`, { as: 'admin', body: { active: false } });
    expect(off.body.user.active).toBe(false);
    expectError(await t.get('/api/auth/me', { as: { cookie: again } }), 401); // deactivation ends sessions
    expectError(await loginRaw('pk.budi', 'reset-password-456'), 401);

    const list = await t.get('/api/users', { as: 'admin' });
    expect(JSON.stringify(list.body)).not.toMatch(/password_hash|scrypt\$/);
    const actions = (await audit('user')).filter((r) => r.target === 'user:pk.budi').map((r) => r.action);
    expect(actions).toEqual(['user.update', 'user.password_reset', 'user.update', 'user.create']);
  });

  it('keeps the admin from locking themselves out', async () => {
    const me = (await t.get('/api/auth/me', { as: 'admin' })).body.user;
    expectError(await t.req('PATCH', `/api/users/${me.id}`, { as: 'admin', body: { active: false } }), 409);
    expectError(await t.req('PATCH', `/api/users/${me.id}`, { as: 'admin', body: { role: 'planner' } }), 409);
  });

  it('lists the Bapas a researcher can belong to', async () => {
    const r = await t.get('/api/users/bapas', { as: 'admin' });
    expect(r.body.rows).toEqual([
      { upt_code: 'JKT-BAPAS-D', name: 'Bapas Kelas I Jakarta Pusat', kanwil: 'DKI Jakarta' },
      { upt_code: 'GTO-BAPAS-F', name: 'Bapas Kelas II Gorontalo', kanwil: 'Gorontalo' },
    ]);
  });
});

describe('audit trail', () => {
  it('filters by user, action and date, and exports CSV (audited)', async () => {
    // Its own sign-ins, whatever ran before: six of them, on today's trail.
    for (let i = 0; i < 6; i++) await t.login('analyst');
    const today = new Date().toISOString().slice(0, 10);
    const r = await t.get(`/api/audit?action=auth.login&from=${today}&to=${today}&limit=5`, { as: 'admin' });
    expect(r.body.total).toBeGreaterThanOrEqual(6);
    expect(r.body.rows).toHaveLength(5);
    expect(r.body.rows.every((x: any) => x.action === 'auth.login')).toBe(true);
    const none = await t.get('/api/audit?from=2001-01-01&to=2001-01-02', { as: 'admin' });
    expect(none.body).toEqual({ total: 0, rows: [] });
    const csv = await t.get('/api/audit/export?action=auth.login', { as: 'admin' });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('id,at,username,role,action,target,outcome,ip,details');
    expect((await audit('audit.export'))[0]).toMatchObject({ username: 'admin', outcome: 'success' });
    expect(issueFields(expectError(await t.get('/api/audit?from=yesterday', { as: 'admin' }), 400))).toEqual(['from']);
  });

  it('records occupancy exports', async () => {
    await t.get('/api/occupancy/export?dataset=kanwil&format=csv', { as: 'planner' });
    expect((await audit('occupancy.export', 'planner'))[0]).toMatchObject({ target: 'kanwil.csv', outcome: 'success' });
  });
});

describe('first start', () => {
  it('creates admin with a generated password when none is configured, once', async () => {
    const config = testConfig({ rootDir: ROOT, seedDir: FIXTURE_SEED, adminPassword: '' });
    const b = await boot(config);
    try {
      expect(b.admin.created).toBe(true);
      expect(b.admin.generated).toMatch(/^[\w-]{20,}$/);
      const found = await b.services.users.byUsername('admin');
      expect(found?.role).toBe('admin');
    } finally {
      b.close();
    }
  });
});

describe('secure headers', () => {
  it('sends a CSP of own scripts only, frame denial, nosniff and a referrer policy', async () => {
    const r = await t.get('/api/health', { as: 'anonymous' });
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('same-origin');
  });
});
