/**
 * A consultation's public page (/consultations/[slug]) and its contribution form
 * (/consultations/[slug]/contribute): the consultation, its window's state now, and what this
 * person may do (sign in, contribute, or ask to join an organisation first).
 */
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { UserActor } from "@/lib/auth/guard";
import { getConsultationBySlug } from "@/lib/services/consultations/get-consultations";
import { listSubmittingOrganisations } from "@/lib/services/organisations/list-actor-organisations";
import { attachmentLimits } from "@/lib/services/attachments/limits";
import { baselineVersion } from "@/lib/services/proposals/get-baseline";
import { windowState } from "@/lib/rules/window";

export async function loadConsultationView(actor: Actor, slug: string, now = new Date()) {
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) return null;
  const state = windowState(consultation, now);
  const open = state === "open";
  return {
    consultation,
    now,
    state,
    /** While open: "signIn" (anonymous), "contribute" (may submit for an organisation) or "affiliate" (signed in, no organisation yet). */
    next: !open ? null : actor.kind !== "user" ? ("signIn" as const) : can(actor, "contribution.create") ? ("contribute" as const) : ("affiliate" as const),
  };
}

export async function loadContributeView(actor: UserActor, slug: string, now = new Date()) {
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) return null;
  const [organisations, baseline] = await Promise.all([listSubmittingOrganisations(actor), baselineVersion()]);
  return { consultation, now, state: windowState(consultation, now), organisations, baseline, attachmentLimits: attachmentLimits() };
}
