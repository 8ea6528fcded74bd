/**
 * The <title> of a contribution's own pages (/my/contributions/…, /secretariat/contributions/…):
 * an optional heading, the contribution's title isolated (FSI…PDI, so a right-to-left title does
 * not reorder the tab's text) and its reference number. Read through the caller's scope, like
 * the page itself: someone who may not see it gets the site's default title.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { getContribution } from "@/lib/services/contributions/get-contribution";

export function contributionTitle(heading?: { namespace: string; key: string }) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
    const { locale, id } = await params;
    const actor = await getActor();
    const c = actor.kind === "user" ? await getContribution(actor, id).catch(() => null) : null;
    if (!c) return {};
    const prefix = heading ? `${(await getTranslations({ locale, namespace: heading.namespace }))(heading.key)}: ` : "";
    const ref = c.referenceNumber ? ` (${c.referenceNumber})` : "";
    return { title: `${prefix}\u2068${c.title || "—"}\u2069${ref}` };
  };
}
