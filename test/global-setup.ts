import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the web app once before the suite, so parallel test files never race to build it. */
export default function setup() {
  execFileSync('npx', ['tsx', join(import.meta.dirname, '..', 'scripts', 'ensure-build.ts')], { stdio: 'inherit' });
}
