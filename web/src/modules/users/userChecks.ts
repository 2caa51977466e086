// What the user forms check before sending (the server checks the same again).
import { BAPAS_ROLES, type Role } from '../../lib/authTypes.ts';
import { MIN_PASSWORD } from '../auth/rules.ts';
import { t } from './i18n.ts';

const USERNAME = /^[a-z0-9._-]{3,40}$/;

/** Field → message for the fields given (a field left undefined is not checked). */
export function checkUser(u: { username?: string; display_name?: string; role?: Role; bapas_code?: string; password?: string }): Record<string, string> {
  const out: Record<string, string> = {};
  if (u.username !== undefined) {
    const name = u.username.trim().toLowerCase();
    if (!name) out.username = t('form.required');
    else if (!USERNAME.test(name)) out.username = t('issue.username.invalid_format');
  }
  if (u.display_name !== undefined && !u.display_name.trim()) out.display_name = t('form.required');
  if (u.role && BAPAS_ROLES.includes(u.role) && !u.bapas_code) out.bapas_code = t('issue.bapas_code.required');
  if (u.password !== undefined) {
    if (!u.password) out.password = t('form.required');
    else if (u.password.length < MIN_PASSWORD) out.password = t('issue.password.too_small');
  }
  return out;
}
