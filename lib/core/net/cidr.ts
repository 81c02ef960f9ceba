/** An IPv4 network as an inclusive range of 32-bit addresses. */
export type Cidr = { text: string; base: number; prefix: number; first: number; last: number };

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Parses "10.16.0.0/14". Returns null for anything that is not a canonical IPv4 CIDR, including
 * a network address with host bits set ("10.16.0.1/14"), because Kubernetes rejects those for
 * pod and service ranges.
 */
export function parseCidr(text: string): Cidr | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!match) return null;
  const octets = match.slice(1, 5);
  if (!octets.every((o) => OCTET.test(o))) return null;
  const prefix = Number(match[5]);
  if (prefix > 32) return null;
  const base = octets.reduce((acc, o) => acc * 256 + Number(o), 0);
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) return null;
  return { text, base, prefix, first: base, last: base + size - 1 };
}

/** True when the two ranges share at least one address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Number of addresses in the range. */
export function cidrSize(c: Cidr): number {
  return c.last - c.first + 1;
}
