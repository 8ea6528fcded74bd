/** The privacy page (text in messages: legal.privacy), linked from every page's footer. */
import { setRequestLocale } from "next-intl/server";
import { LegalPage, legalMetadata } from "@/components/legal/legal-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return legalMetadata("privacy", (await params).locale);
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <LegalPage page="privacy" />;
}
