/**
 * Renders a stale page again in the background: a GET to this very server with the page's URL
 * and inputs, and a one-time token (REFRESH_HEADER) that makes it a rendering to keep rather than
 * a visitor to answer (answer.ts). Whatever goes wrong (no address, TLS, a timeout, an error
 * page), the stale page is dropped: the next visitor waits for Next, as on a miss.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { forget, keptPage, type Page } from "./store";

export const REFRESH_HEADER = "x-portal-page-refresh";
const TIMEOUT_MS = 10_000;

const store = globalThis as unknown as { wsisPageRefreshes?: Map<string, string> };
const refreshes = (store.wsisPageRefreshes ??= new Map());

/** The key a refresh token was issued for (once), or undefined. */
export function claimRefresh(token: string): string | undefined {
  const key = refreshes.get(token);
  refreshes.delete(token);
  return key;
}

export function renewInBackground(server: http.Server, key: string, page: Page): void {
  if (page.renewing) return;
  page.renewing = true;
  const token = randomUUID();
  const done = () => {
    refreshes.delete(token);
    if (keptPage(key) === page) forget(key); // not replaced by the new rendering
  };
  const address = server.address() as AddressInfo | string | null;
  // A TLS server would need its own client set-up: rare enough to render on the next visit.
  if (address === null || server instanceof https.Server) return done();
  refreshes.set(token, key);
  // A server listening on every address is reached on IPv4 loopback (IPv6 may be off).
  const target = typeof address === "string" ? { socketPath: address } : { host: /^(::|0\.0\.0\.0)$/.test(address.address) ? "127.0.0.1" : address.address, port: address.port };
  const req = http.get({ ...target, path: page.input.url, headers: { ...page.input.headers, "accept-encoding": "identity", [REFRESH_HEADER]: token }, timeout: TIMEOUT_MS, agent: false }, (res) => res.resume());
  req.on("timeout", () => req.destroy());
  req.on("error", () => {});
  req.on("close", done); // after the answer, an error or the timeout alike
}
