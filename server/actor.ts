import type { Role } from '../common/roles.ts';

/**
 * Who is acting: what a domain service needs to know about the caller (rights, scope,
 * the audit trail's address), without HTTP. The request's actor is set once by the
 * authentication middleware (`c.var.actor`, null when anonymous); a test or a script
 * builds one directly.
 */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  /** The Bapas a researcher or supervisor belongs to. */
  bapasCode: string | null;
  kanwil: string | null;
  /** The client address, for the audit trail. */
  ip: string | null;
}

/** The actor of a signed-in user. */
export function actorOf(u: { id: number; username: string; role: Role; bapas_code: string | null; kanwil: string | null }, ip: string | null): Actor {
  return { userId: u.id, username: u.username, role: u.role, bapasCode: u.bapas_code, kanwil: u.kanwil, ip };
}
