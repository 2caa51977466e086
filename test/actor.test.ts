import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, actorOf } from '../server/actor.ts';
import { boot, type Booted } from '../server/boot.ts';
import { testConfig } from '../server/config.ts';
import { ADMIN_PASSWORD, FIXTURE_SEED, ROOT } from './helpers/app.ts';
import { CASE_INPUT } from './helpers/litmas.ts';
import { assessmentSchema, factsSchema, requestSchema } from '../common/litmas/facts.ts';

/** A case as the route hands it to the service: the API's body, validated. */
const input = {
  kind: 'diversi' as const,
  title: null,
  request: requestSchema.parse(CASE_INPUT.request),
  facts: factsSchema.parse(CASE_INPUT.facts),
  assessment: assessmentSchema.parse(CASE_INPUT.assessment),
};

// The domain is callable without HTTP: services take an Actor, not a request, so a test
// or a script drives them directly, with the same rights and the same audit trail.
let b: Booted;
let admin: Actor;
beforeAll(async () => {
  b = await boot(testConfig({ rootDir: ROOT, seedDir: FIXTURE_SEED, adminPassword: ADMIN_PASSWORD }));
  admin = actorOf((await b.services.users.byUsername('admin'))!, '192.0.2.10');
});
afterAll(() => b.close());

describe('services with an actor, no HTTP', () => {
  it('creates users and litmas cases, scoped and audited as through the API', async () => {
    const s = b.services;
    const pkUser = await s.userAdmin.create(admin, {
      username: 'pk.skrip',
      display_name: 'PK dari skrip',
      role: 'researcher',
      bapas_code: 'JKT-BAPAS-D',
      password: 'pk-skrip-password-1',
    });
    const pk = actorOf(pkUser, null);
    const created = await s.litmas.svc.create(pk, input);
    expect(created).toMatchObject({ bapas_code: 'JKT-BAPAS-D', pk_user_id: pkUser.id, status: 'draft' });

    // Another Bapas's researcher does not see it: the scope is the actor's.
    const other = { ...pk, userId: 999, username: 'pk.lain', bapasCode: 'GTO-BAPAS-F' };
    await expect(s.litmas.svc.view(other, created.id)).rejects.toMatchObject({ status: 404 });

    const trail = await s.audit.query({ limit: 10, offset: 0 });
    expect(trail.rows.find((r) => r.action === 'user.create')).toMatchObject({ username: 'admin', ip: '192.0.2.10', target: 'user:pk.skrip' });
    expect(trail.rows.find((r) => r.action === 'litmas.create')).toMatchObject({ username: 'pk.skrip', role: 'researcher', target: `case:${created.id}` });
  });

  it('refuses what the actor may not do', async () => {
    await expect(b.services.userAdmin.update(admin, admin.userId, { active: false })).rejects.toMatchObject({ status: 409 });
    const planner = { ...admin, userId: 4242, username: 'planner.x', role: 'planner' as const };
    await expect(b.services.litmas.svc.create(planner, input)).rejects.toMatchObject({ status: 403 });
  });
});
