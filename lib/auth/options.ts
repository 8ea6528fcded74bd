/**
 * next-auth v4 options: passwordless sign-in by e-mail (magic link), database sessions through
 * the Prisma adapter. The sign-in e-mail goes through the outbox like every other e-mail, so
 * without SMTP_URL it is readable at /dev/mailbox (development and test only).
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { nudgeDelivery } from "@/lib/email/worker";
import { routing } from "@/i18n/routing";
import { normaliseSignInEmail } from "./sign-in-email";
import { confirmationUrl } from "./sign-in-link";
import { assertSignInAllowed } from "./sign-in-limit";
import { env } from "@/lib/env";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSignInAllowed } from "./oidc";
import { authRequest } from "./auth-request";


/** Deactivated by an admin (or a deleted account): no sign-in. Unknown people may sign in. */
async function isBarredFromSignIn(email: string | null, id?: string): Promise<boolean> {
  const or = [...(id ? [{ id }] : []), ...(email ? [{ email: email.toLowerCase() }] : [])];
  if (!or.length) return false;
  const barred = await db.user.count({ where: { OR: or, AND: [{ OR: [{ deactivatedAt: { not: null } }, { deletedAt: { not: null } }] }] } });
  return barred > 0;
}


/** The interface language of the page a sign-in link leads back to (its callbackUrl), if any. */
function callbackLocale(url: string): string | null {
  const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
  const segment = callback.replace(/^https?:\/\/[^/]+/, "").split("/")[1];
  return (routing.locales as readonly string[]).includes(segment) ? segment : null;
}

/** Language of the sign-in e-mail: the user's preference, else the page they came from. */
async function signInLocale(email: string, url: string): Promise<string> {
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });
  if (user) return user.locale;
  return callbackLocale(url) ?? routing.defaultLocale;
}

export const authOptions: NextAuthOptions = {
  // The adapter's types name the classic @prisma/client; the generated client is compatible.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  adapter: PrismaAdapter(db as any),
  secret: process.env.NEXTAUTH_SECRET,
  // Secure (and __Secure-/__Host- prefixed) cookies whenever the portal is served over HTTPS,
  // also behind a proxy that speaks plain HTTP to us (issue 12 item 6).
  useSecureCookies: /^https:\/\//i.test(process.env.NEXTAUTH_URL ?? ""),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", verifyRequest: "/signin", error: "/signin" },
  providers: [
    EmailProvider({
      // Never used: sendVerificationRequest below writes to the outbox instead.
      server: "smtp://localhost:25",
      from: "no-reply@example.org",
      maxAge: 24 * 60 * 60,
      normalizeIdentifier: normaliseSignInEmail,
      async sendVerificationRequest({ identifier, url }) {
        await assertSignInAllowed(db, identifier, env().SIGN_IN_LIMIT);
        // A deactivated person gets no link, and the page answers as for anyone else (the
        // answer does not reveal which addresses are deactivated).
        if (await isBarredFromSignIn(identifier)) return;
        const locale = await signInLocale(identifier, url);
        // The e-mail opens a confirmation page; the token is used only when the person presses its
        // button (lib/auth/sign-in-link.ts: mail scanners open links too).
        const link = confirmationUrl(url, locale);
        await db.$transaction((tx) => enqueueEmail(tx, { to: identifier, locale, kind: "signIn", params: { url: link }, link }));
        nudgeDelivery();
      },
    }),
    ...[oidcProvider()].filter((p) => p !== null),
  ],
  events: {
    // A person's first sign-in creates them: their preferred language (e-mails) is the one of
    // the page they signed in from, carried by the link's callbackUrl.
    async createUser({ user }) {
      const url = authRequest.getStore()?.url;
      const locale = url ? callbackLocale(url) : null;
      if (locale) await db.user.update({ where: { id: user.id }, data: { locale } });
    },
  },
  callbacks: {
    // Every way in (an e-mail link, an identity provider) ends here: deactivated people are
    // refused, whatever they hold.
    async signIn({ user, account, profile, email }) {
      // Asking for an e-mail link: answered alike for everyone (sendVerificationRequest drops it).
      if (email?.verificationRequest) return true;
      if (account?.provider === OIDC_PROVIDER_ID && !oidcSignInAllowed(profile)) return false;
      return !(await isBarredFromSignIn(user.email ?? null, user.id));
    },
    session({ session, user }) {
      if (session.user) session.user.id = user.id;
      return session;
    },
  },
  logger: {
    error: (code, metadata) => console.error("[auth]", code, metadata),
    warn: () => {},
    debug: () => {},
  },
};

