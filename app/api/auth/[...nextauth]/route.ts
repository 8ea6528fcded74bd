/** next-auth v4 endpoints (/api/auth/*): sign-in by e-mail link, session, sign-out, CSRF. */
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
