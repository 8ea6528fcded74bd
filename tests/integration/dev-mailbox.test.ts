/**
 * Issue 12 item 1: the development mailbox fails closed. It shows every e-mail (sign-in links
 * included), so it opens only when switched on (DEV_MAILBOX=on), outside production, without
 * SMTP, on a server listening on loopback only, to a client on loopback; forged headers count
 * for nothing (the stamps come from the connection, lib/http/request-stamp.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadDevMailboxView } from "@/lib/loaders/dev-mailbox-view";
import { reloadEnv } from "@/lib/env";
import { installRequestStamp } from "@/lib/http/request-stamp";
import { CLIENT_HEADER, LISTENER_HEADER } from "@/lib/http/stamp-headers";
import { clientAddress, parseTrustedProxies } from "@/lib/http/client-address";
import { db, resetDatabase } from "../support/db";

const saved = { ...process.env };
function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  reloadEnv();
}
afterEach(() => {
  process.env = { ...saved };
  reloadEnv();
});

const loopbackRequest = new Headers({ [CLIENT_HEADER]: "127.0.0.1", [LISTENER_HEADER]: "loopback" });

beforeAll(async () => {
  await resetDatabase();
  await db.outboundEmail.create({ data: { to: "admin@example.org", locale: "en", kind: "signIn", subject: "Sign in", text: "link", link: "http://localhost/x" } });
});

describe("the development mailbox", () => {
  it("is closed when not explicitly switched on (the state npm start used to run in)", async () => {
    setEnv({ DEV_MAILBOX: undefined, SMTP_URL: undefined, PORTAL_ENV: "development" });
    await expect(loadDevMailboxView(loopbackRequest)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("opens when switched on, to a loopback client of a loopback listener", async () => {
    setEnv({ DEV_MAILBOX: "on", SMTP_URL: undefined, PORTAL_ENV: "development" });
    expect((await loadDevMailboxView(loopbackRequest)).length).toBe(1);
    expect((await loadDevMailboxView(new Headers({ [CLIENT_HEADER]: "::1", [LISTENER_HEADER]: "loopback" }))).length).toBe(1);
  });

  it("stays closed to other clients, on a server listening beyond loopback, with SMTP, and without stamps", async () => {
    setEnv({ DEV_MAILBOX: "on", SMTP_URL: undefined, PORTAL_ENV: "development" });
    await expect(loadDevMailboxView(new Headers({ [CLIENT_HEADER]: "203.0.113.7", [LISTENER_HEADER]: "loopback" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadDevMailboxView(new Headers({ [CLIENT_HEADER]: "127.0.0.1", [LISTENER_HEADER]: "network" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadDevMailboxView(new Headers())).rejects.toMatchObject({ code: "NOT_FOUND" });
    setEnv({ DEV_MAILBOX: "on", SMTP_URL: "smtp://localhost:2525" });
    await expect(loadDevMailboxView(loopbackRequest)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to be switched on in production (the environment check fails)", async () => {
    setEnv({ DEV_MAILBOX: "on", PORTAL_ENV: "production", SMTP_URL: "smtp://localhost:2525", NEXTAUTH_SECRET: "x".repeat(32) });
    await expect(loadDevMailboxView(loopbackRequest)).rejects.toThrow(/DEV_MAILBOX/);
  });
});

describe("request stamps from the connection", () => {
  const servers: http.Server[] = [];
  const seen: http.IncomingHttpHeaders[] = [];
  beforeAll(() => installRequestStamp());
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  async function serve(host: string): Promise<number> {
    const server = http.createServer((req, res) => {
      seen.push({ ...req.headers });
      res.end("ok");
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, host, r));
    return (server.address() as AddressInfo).port;
  }

  it("replaces forged stamps and drops X-Forwarded-* from an untrusted peer", async () => {
    delete process.env.TRUSTED_PROXIES;
    const port = await serve("127.0.0.1");
    await fetch(`http://127.0.0.1:${port}/`, { headers: { [CLIENT_HEADER]: "203.0.113.1", [LISTENER_HEADER]: "loopback", "X-Forwarded-For": "198.51.100.2", "X-Forwarded-Host": "evil.example" } });
    const h = seen.at(-1)!;
    expect(h[CLIENT_HEADER]).toBe("127.0.0.1");
    expect(h[LISTENER_HEADER]).toBe("loopback");
    expect(h["x-forwarded-host"]).toBeUndefined();
    expect(h["x-forwarded-for"]).toBeUndefined();
  });

  it("believes X-Forwarded-For from a trusted proxy only", async () => {
    process.env.TRUSTED_PROXIES = "loopback";
    const port = await serve("127.0.0.1");
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": "198.51.100.2, 203.0.113.9", "X-Forwarded-Host": "portal.example" } });
    expect(seen.at(-1)![CLIENT_HEADER]).toBe("203.0.113.9");
    expect(seen.at(-1)!["x-forwarded-host"]).toBe("portal.example");
  });

  it("says 'network' for a server listening on every interface", async () => {
    delete process.env.TRUSTED_PROXIES;
    const port = await serve("0.0.0.0");
    await fetch(`http://127.0.0.1:${port}/`);
    expect(seen.at(-1)![LISTENER_HEADER]).toBe("network");
  });

  it("walks X-Forwarded-For from the right, skipping trusted hops", () => {
    const proxies = parseTrustedProxies("10.0.0.0/8, ::1");
    expect(clientAddress("10.1.1.1", "1.2.3.4, 5.6.7.8, 10.2.2.2", proxies)).toBe("5.6.7.8");
    expect(clientAddress("192.0.2.1", "1.2.3.4", proxies)).toBe("192.0.2.1");
    expect(clientAddress("::ffff:10.1.1.1", "garbage, 5.6.7.8", proxies)).toBe("5.6.7.8");
    expect(clientAddress("10.1.1.1", "nonsense", proxies)).toBe("10.1.1.1");
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/prefix/);
  });
});
