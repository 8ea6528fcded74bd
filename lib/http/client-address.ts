/**
 * Who is on the other end of a request, decided from the TCP connection rather than from what
 * the client wrote. `X-Forwarded-*` headers count only when the connection comes from a proxy
 * named in TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated): anyone else can write
 * them. Pure (node:net only), so tests call it without a server.
 */
import { BlockList, isIP } from "node:net";

export type TrustedProxies = { list: BlockList; empty: boolean };

/** Plain IPv4 for an IPv4-mapped IPv6 address (`::ffff:127.0.0.1` → `127.0.0.1`). */
export function plainAddress(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
}

function family(address: string): "ipv4" | "ipv6" | null {
  const v = isIP(address);
  return v === 4 ? "ipv4" : v === 6 ? "ipv6" : null;
}

/**
 * Parses TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/8, ::1"). `loopback` is a shorthand for
 * 127.0.0.0/8 and ::1.
 * @throws Error naming the entry that is neither an address nor a CIDR range.
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  let empty = true;
  for (const raw of (spec ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    empty = false;
    if (raw === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, bits] = raw.split("/");
    const f = family(plainAddress(address));
    if (!f) throw new Error(`"${raw}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(plainAddress(address), f);
    else {
      const prefix = Number(bits);
      if (!/^\d{1,3}$/.test(bits) || prefix > (f === "ipv4" ? 32 : 128)) throw new Error(`"${raw}" has an invalid prefix length`);
      list.addSubnet(plainAddress(address), prefix, f);
    }
  }
  return { list, empty };
}

export function isTrusted(proxies: TrustedProxies, address: string | undefined): boolean {
  if (!address || proxies.empty) return false;
  const a = plainAddress(address);
  const f = family(a);
  return f !== null && proxies.list.check(a, f);
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = plainAddress(address);
  return a === "::1" || (family(a) === "ipv4" && a.startsWith("127."));
}

/**
 * The client's address: the connection's peer, or, when that peer is a trusted proxy, the
 * right-most address of X-Forwarded-For that is not itself a trusted proxy (the left part of the
 * header is whatever the client claimed). Never throws; a malformed entry ends the walk.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, proxies: TrustedProxies): string {
  let client = plainAddress(peer ?? "");
  if (!isTrusted(proxies, client) || !forwardedFor) return client;
  const hops = forwardedFor.split(",").map((s) => plainAddress(s)).reverse();
  for (const hop of hops) {
    if (!family(hop)) break;
    client = hop;
    if (!isTrusted(proxies, hop)) break;
  }
  return client;
}
