import { audit } from './audit/index.ts';
import { auth } from './auth/index.ts';
import { exportModule } from './export/index.ts';
import { health } from './health/index.ts';
import { litmas } from './litmas/index.ts';
import { llm } from './llm/index.ts';
import { occupancy } from './occupancy/index.ts';
import { registry } from './registry/index.ts';
import { remission } from './remission/index.ts';
import { settings } from './settings/index.ts';
import { umkm } from './umkm/index.ts';

/**
 * Every module of the server, in the order they are built: a module's service may use
 * the services of the modules above it. boot.ts runs their migrations, builds their
 * services and runs their seeds in this order; app.ts mounts their routes. A new
 * module is its folder plus one line here (docs/ARCHITECTURE.md).
 */
export const MODULES = [exportModule, registry, occupancy, remission, umkm, audit, auth, llm, settings, litmas, health];
