import { generatePassword } from './passwords.ts';
import type { UserStore } from './users.ts';

/**
 * Makes sure an admin exists: creates `admin` with the configured password, or with a
 * generated one that is returned so the caller prints it once.
 */
export async function ensureAdmin(users: UserStore, configured: string): Promise<{ created: boolean; generated?: string }> {
  if (await users.hasActiveAdmin()) return { created: false };
  const password = configured || generatePassword();
  const existing = await users.byUsername('admin');
  if (existing) {
    await users.update(existing.id, { role: 'admin', active: true });
    await users.setPassword(existing.id, password);
  } else {
    await users.create({ username: 'admin', display_name: 'Administrator', role: 'admin', password });
  }
  return { created: true, generated: configured ? undefined : password };
}
