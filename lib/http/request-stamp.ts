/**
 * Stamps every incoming request, before Next.js sees it, with facts only the connection knows:
 * `x-portal-client` (the client's address, lib/http/client-address.ts) and
 * `x-portal-listener` ("loopback" when the server listens on a loopback address only, else
 * "network"). Whatever a client sent under those names is replaced, and `X-Forwarded-*` headers
 * from a peer that is not a trusted proxy are removed (Next.js then derives them from the
 * connection and the Host header), so neither the development mailbox, the rate limits nor
 * the server actions' origin check believe a forged header.
 *
 * Next.js gives route handlers and pages no access to the socket, hence this wrap of the
 * servers' `emit("request")`; installed once per process by instrumentation-node.ts. Without it
 * the stamps are missing and every consumer fails closed (unknown client, not loopback).
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { clientAddress, isLoopback, isTrusted, parseTrustedProxies, type TrustedProxies } from "./client-address";
import { CLIENT_HEADER, LISTENER_HEADER, READ_PRIMARY_HEADER } from "./stamp-headers";
import { HSTS, PERMISSIONS_POLICY, servedOverHttps } from "./security-headers";
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

const INSTALLED = Symbol.for("wsis.requestStamp");
const ANSWER = Symbol.for("wsis.requestStamp.answer");
/** Answers a stamped request before Next sees it (true), or leaves it to Next (false). */
export type EarlyAnswer = (req: http.IncomingMessage, res: http.ServerResponse, server: http.Server) => boolean;

let parsed: { spec: string; proxies: TrustedProxies } | undefined;
function trusted(spec: string): TrustedProxies {
  if (parsed?.spec !== spec) parsed = { spec, proxies: parseTrustedProxies(spec) };
  return parsed.proxies;
}

export function stampRequest(req: http.IncomingMessage, listening: AddressInfo | string | null, trustedSpec = process.env.TRUSTED_PROXIES ?? ""): void {
  const proxies = trusted(trustedSpec);
  const peer = req.socket?.remoteAddress;
  const forwardedFor = req.headers["x-forwarded-for"];
  const client = clientAddress(peer, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, proxies);
  if (!isTrusted(proxies, peer)) for (const h of FORWARDED) delete req.headers[h];
  req.headers[CLIENT_HEADER] = client;
  delete req.headers[READ_PRIMARY_HEADER];
  const local = listening && typeof listening === "object" ? listening.address : undefined;
  req.headers[LISTENER_HEADER] = isLoopback(local) ? "loopback" : "network";
}

/** Headers for every response that depend on the run-time environment (issue 12 item 6). */
export function setResponseHeaders(res: http.ServerResponse): void {
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  if (servedOverHttps()) res.setHeader("Strict-Transport-Security", HSTS);
}

/** `answer`: what instrumentation-node.ts does before Next (the route handlers' compression, the public list's page cache). */
export function installRequestStamp(answer?: EarlyAnswer): void {
  const g = globalThis as Record<symbol, unknown>;
  if (answer) g[ANSWER] = answer;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  // Fail at start-up, with the variable's name, rather than on the first request.
  parseTrustedProxies(process.env.TRUSTED_PROXIES);
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
    Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        stampRequest(args[0] as http.IncomingMessage, this.address());
        setResponseHeaders(args[1] as http.ServerResponse);
        if ((g[ANSWER] as EarlyAnswer | undefined)?.(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, this)) return true;
      }
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
}
