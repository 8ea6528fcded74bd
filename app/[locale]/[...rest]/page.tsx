import { notFound, permanentRedirect } from "next/navigation";
import { referenceForDocumentNumber } from "@/lib/loaders/public-contribution-view";
import { titled } from "@/i18n/metadata";

/**
 * Any unknown path under a locale renders the localised 404 page. One exception: a document
 * number typed or pasted with its slashes unencoded (/en/contributions/CWG-WSIS&SDG/WSIS20/5)
 * reaches here as several segments; when it names a published contribution it redirects to
 * that contribution's permanent address.
 */
export const generateMetadata = titled("notFound", "heading");

export default async function CatchAll({ params }: { params: Promise<{ locale: string; rest: string[] }> }) {
  const { locale, rest } = await params;
  if (rest.length > 2 && rest[0] === "contributions") {
    const target = await referenceForDocumentNumber(rest.slice(1));
    if (target) permanentRedirect(`/${locale}/contributions/${encodeURIComponent(target)}`);
  }
  notFound();
}
