/**
 * May this request see the development mailbox (every e-mail, sign-in links included)? Only when
 * it is configured (lib/env.ts devMailboxConfigured: DEV_MAILBOX=on, not production, no SMTP),
 * the server listens on loopback only, and the client is on loopback. The last two come from the
 * stamps of lib/http/request-stamp.ts; missing stamps mean no.
 */
import { devMailboxConfigured } from "@/lib/env";
import { isLoopback } from "./client-address";
import { CLIENT_HEADER, LISTENER_HEADER } from "./stamp-headers";

type HeaderSource = { get(name: string): string | null };

export function devMailboxOpenTo(headers: HeaderSource): boolean {
  return devMailboxConfigured() && headers.get(LISTENER_HEADER) === "loopback" && isLoopback(headers.get(CLIENT_HEADER) ?? undefined);
}
