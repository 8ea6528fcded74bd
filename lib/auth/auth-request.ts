/**
 * The URL of the next-auth request being handled (set by app/api/auth/[...nextauth]/route.ts),
 * for next-auth callbacks that are not given it: createUser needs the sign-in link's
 * callbackUrl to know which language the new person signed in from.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

export const authRequest = new AsyncLocalStorage<{ url: string }>();
