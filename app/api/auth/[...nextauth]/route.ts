/**
 * next-auth v4 endpoints (/api/auth/*): sign-in by e-mail link, session, sign-out, CSRF.
 * proxy.ts has already dropped the values next-auth cannot parse (lib/http/auth-input.ts); what
 * still throws inside next-auth is a client's malformed request, answered as next-auth answers
 * a failed sign-in (its error page, here /signin?error=…) or, for its JSON endpoints, 400:
 * never a 500 (issue 12 item 8). The client logger endpoint (_log) is not used by this portal.
 */
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { confirmationUrl } from "@/lib/auth/sign-in-link";

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
  try {
    return await handler(request, context);
  } catch (error) {
    console.error("[auth] refused a malformed request", request.method, new URL(request.url).pathname, error instanceof Error ? error.message : error);
    const wantsJson = action === "session" || action === "csrf" || action === "providers" || (request.headers.get("content-type") ?? "").includes("json");
    if (wantsJson) return Response.json({ error: "Bad request" }, { status: 400, headers: { "Cache-Control": "no-store" } });
    const base = (process.env.NEXTAUTH_URL || new URL(request.url).origin).replace(/\/$/, "");
    return Response.redirect(`${base}/signin?error=Verification`, 303);
  }
}

export { guarded as GET, guarded as POST };
