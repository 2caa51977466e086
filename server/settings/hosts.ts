import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Loopback and private networks (RFC 1918, IPv6 unique local): where a self-hosted LLM lives. */
const PRIVATE = new BlockList();
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

/** Whether one address is loopback or private (an IPv4-mapped IPv6 address by its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type HostCheck =
  | { ok: true; addresses: string[] }
  | { ok: false; reason: 'public'; addresses: string[] }
  | { ok: false; reason: 'unresolved'; addresses: [] };

/** The host name of a URL host (`name:port`, `[::1]:8080`). */
export function hostName(host: string): string {
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (v6) return v6[1];
  return host.replace(/:\d+$/, '');
}

/**
 * Resolves a host (as in a URL: `name:port`) and says whether every address it has is
 * loopback or private. One public address is enough to refuse it.
 */
export async function checkPrivateHost(host: string): Promise<HostCheck> {
  const name = hostName(host.trim().toLowerCase());
  let addresses: string[];
  try {
    addresses = isIP(name) ? [name] : (await lookup(name, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return { ok: false, reason: 'unresolved', addresses: [] };
  }
  if (addresses.length === 0) return { ok: false, reason: 'unresolved', addresses: [] };
  return addresses.every(isPrivateAddress) ? { ok: true, addresses } : { ok: false, reason: 'public', addresses };
}
