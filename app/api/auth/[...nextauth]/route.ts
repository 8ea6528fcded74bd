/** next-auth v4 endpoints (/api/auth/*): sign-in by e-mail link, session, sign-out, CSRF. */
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { authRequest } from "@/lib/auth/auth-request";

const handler = NextAuth(authOptions);

// The request's URL is kept for the callbacks (a new person's language comes from it).
function withRequest(req: Request, ctx: unknown) {
  return authRequest.run({ url: req.url }, () => handler(req, ctx));
}

export { withRequest as GET, withRequest as POST };
