/**
 * next-auth v4 endpoints (/api/auth/*): sign-in by e-mail link, session, sign-out, CSRF.
 * proxy.ts has already dropped the values next-auth cannot parse (lib/http/auth-input.ts); what
 * still throws inside next-auth is a client's malformed request, answered as next-auth answers
 * a failed sign-in (its error page, here /signin?error=…) or, for its JSON endpoints, 400:
 * never a 500 (issue 12 item 8). The client logger endpoint (_log) is not used by this portal.
 */
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { confirmationUrl, localeOfCallback } from "@/lib/auth/sign-in-link";
import { isSameOriginPost } from "@/lib/http/same-origin";
import { consume, mailboxKey } from "@/lib/rate-limit";
import { CLIENT_HEADER } from "@/lib/http/stamp-headers";
import { AppError } from "@/lib/errors";
import { authRequest } from "@/lib/auth/auth-request";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function guarded(request: Request, context: Context): Promise<Response> {
  const [action, provider] = (await context.params).nextauth ?? [];
  if (action === "_log") return new Response(null, { status: 204 });
  // A GET of the e-mail callback (an old link, a mail scanner) uses no token: it shows the
  // confirmation page, whose button POSTs here (lib/auth/sign-in-link.ts).
  if (request.method === "GET" && action === "callback" && provider === "email") {
    const base = (process.env.NEXTAUTH_URL || new URL(request.url).origin).replace(/\/$/, "");
    return Response.redirect(confirmationUrl(`${base}/api/auth/callback/email${new URL(request.url).search}`), 303);
  }
  // Login CSRF: the confirmation button is the only way to use a link's token; a POST from a
  // page elsewhere (which could sign this browser into the link's account) uses nothing.
  if (request.method === "POST" && action === "callback" && provider === "email" && !isSameOriginPost(request)) {
    const base = (process.env.NEXTAUTH_URL || new URL(request.url).origin).replace(/\/$/, "");
    const locale = localeOfCallback(new URL(request.url).searchParams.get("callbackUrl"));
    return new Response(null, { status: 303, headers: { Location: `${base}/${locale}/signin?error=CrossSite`, "Cache-Control": "no-store" } });
  }
  if (request.method === "POST" && action === "signin" && provider === "email") {
    const refused = await signInRateLimit(request);
    if (refused) return refused;
  }
  try {
    // The request's URL is kept for the callbacks (a new person's language comes from it).
    return await authRequest.run({ url: request.url }, () => handler(request, context));
  } catch (error) {
    console.error("[auth] refused a malformed request", request.method, new URL(request.url).pathname, error instanceof Error ? error.message : error);
    const wantsJson = action === "session" || action === "csrf" || action === "providers" || (request.headers.get("content-type") ?? "").includes("json");
    if (wantsJson) return Response.json({ error: "Bad request" }, { status: 400, headers: { "Cache-Control": "no-store" } });
    const base = (process.env.NEXTAUTH_URL || new URL(request.url).origin).replace(/\/$/, "");
    return Response.redirect(`${base}/signin?error=Verification`, 303);
  }
}

/**
 * Sign-in links are limited per mailbox (however its address is written), per client address and
 * overall (lib/rate-limit, issue 12 item 4). Refused: 429, in the shape next-auth's client reads
 * ({ url } with error=RateLimited), so the form says what happened.
 */
async function signInRateLimit(request: Request): Promise<Response | null> {
  const form = new URLSearchParams(await request.clone().text().catch(() => ""));
  const email = form.get("email") ?? "";
  try {
    await consume("signInOverall", "all");
    await consume("signInClient", request.headers.get(CLIENT_HEADER) ?? "unknown");
    if (email.includes("@")) await consume("signInMailbox", mailboxKey(email));
    return null;
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "RATE_LIMITED") throw e;
    const base = (process.env.NEXTAUTH_URL || new URL(request.url).origin).replace(/\/$/, "");
    return Response.json({ url: `${base}/signin?error=RateLimited` }, { status: 429, headers: { "Retry-After": String(e.params.seconds), "Cache-Control": "no-store" } });
  }
}

export { guarded as GET, guarded as POST };
