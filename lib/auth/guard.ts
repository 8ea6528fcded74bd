/**
 * Page guards: the one place pages ask "who is this, and may they be here?".
 * Anonymous visitors go to sign-in (and come back); signed-in people without the permission
 * get a 404 (fail closed, existence not revealed). Services check again on every call.
 */
import "server-only";
import { notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import { getActor } from "./actor";
import { can, type Actor, type Permission } from "./permissions";

export type UserActor = Extract<Actor, { kind: "user" }>;

export async function requireUser(locale: string, returnTo: string): Promise<UserActor> {
  const actor = await getActor();
  // `return`: TypeScript narrows on a never-returning call only when declared with a type.
  if (actor.kind !== "user") return redirect({ href: { pathname: "/signin", query: { callbackUrl: returnTo } }, locale });
  return actor;
}

export async function requirePermission(permission: Permission, locale: string, returnTo: string): Promise<UserActor> {
  const actor = await requireUser(locale, returnTo);
  if (!can(actor, permission)) notFound();
  return actor;
}
